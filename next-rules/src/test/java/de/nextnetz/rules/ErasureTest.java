package de.nextnetz.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.Erasure;
import de.nextnetz.rules.law.HoldingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Art. 17 DSGVO: erasing a former member keeps every other member's findings and the association's figures, and
 * leaves the name and the IBAN only where the law keeps them (the steps say KEPT or RESTRICTED).
 */
class ErasureTest {

  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();
  private static final Association MUSTER = Musterverein.association();

  /** The association with one member leaving on a day (kept as it is where the member left earlier). */
  private static Association leaving(Association association, int index, LocalDate exit) {
    List<Member> members = new ArrayList<>(association.getMembers());
    Member member = members.get(index);
    if (member.getEnd().isEmpty() || member.getEnd().get().isAfter(exit)) {
      LocalDate end = exit.isBefore(member.getStart()) ? member.getStart() : exit;
      members.set(index, ImmutableMember.copyOf(member).withEnd(end));
    }
    return ImmutableAssociation.copyOf(association).withMembers(members);
  }

  /**
   * Every finding and deadline not about the member (not at the member's place), with the member's name, surname and
   * id in neutral form; an outcome's status may change where its only finding was about the member.
   */
  private static List<String> othersFindings(Association association, int index, LocalDate day) {
    Member member = association.getMembers().get(index);
    String path = "/members/" + index;
    CheckReport report = ENGINE.check(association, day);
    String full = member.getName();
    int space = full.lastIndexOf(' ');
    Pattern name = Pattern.compile(Pattern.quote(full)
        + (space > 0 ? "|(?<!\\p{L})" + Pattern.quote(full.substring(space + 1)) + "(?!\\p{L})" : ""));
    Pattern id = Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(member.getId()) + "(?![A-Za-z0-9._-])");
    List<String> lines = new ArrayList<>();
    for (Outcome outcome : report.outcomes()) {
      for (Finding finding : outcome.findings()) {
        if (finding.path().equals(path) || finding.path().startsWith(path + "/")) {
          continue;
        }
        String text = finding.message().render(Locale.ENGLISH);
        text = id.matcher(name.matcher(text).replaceAll("#NAME")).replaceAll("#ID");
        lines.add(finding.ruleId().value() + " " + finding.severity() + " " + finding.path() + " " + text);
      }
      for (Deadline deadline : outcome.deadlines()) {
        if (!deadline.path().equals(path) && !deadline.path().startsWith(path + "/")) {
          lines.add(deadline.ruleId().value() + " " + deadline.path() + " " + deadline.dueBy());
        }
      }
    }
    return lines;
  }

  /** Erases one member and checks the three properties. */
  private static void erasesCleanly(Association source, int index, LocalDate exit, LocalDate day) {
    Association before = leaving(source, index, exit);
    Member member = before.getMembers().get(index);
    if (!day.isAfter(member.getEnd().orElseThrow()) || member.getErasedOn().isPresent()) {
      return;
    }
    Erasure erasure = Erasure.of(before, member.getId(), day);
    Association after = erasure.document();
    String label = member.getId() + " left " + member.getEnd().orElseThrow() + ", erased " + day;

    assertThat(DomainValidator.standard().validate(after)).as(label).isEmpty();
    assertThat(after.getMembers()).as(label).hasSameSizeAs(before.getMembers());
    List<String> was = othersFindings(before, index, day);
    List<String> is = othersFindings(after, index, day);
    List<String> lost = new ArrayList<>(was);
    lost.removeAll(is);
    List<String> gained = new ArrayList<>(is);
    gained.removeAll(was);
    assertThat(lost).as(label + ": findings lost").isEmpty();
    assertThat(gained).as(label + ": findings gained").isEmpty();
    assertThat(is).as(label).isEqualTo(was);

    String written = after.toString();
    boolean nameKept = erasure.steps().stream().anyMatch(step -> step.kind() == HoldingKind.MEMBERSHIP
        && step.action() != Erasure.Action.PSEUDONYMISED);
    boolean ibanKept = erasure.steps().stream().anyMatch(step -> step.kind() == HoldingKind.MANDATE
        && step.action() == Erasure.Action.KEPT);
    member.getPerson().ifPresent(person ->
        assertThat(written.contains(person.getName())).as(label + ": the name").isEqualTo(nameKept));
    member.getMandate().ifPresent(mandate -> assertThat(after.getMembers().stream()
        .flatMap(other -> other.getMandate().stream())
        .anyMatch(other -> other.getIban().electronic().equals(mandate.getIban().electronic())))
        .as(label + ": the IBAN").isEqualTo(ibanKept));
    if (!nameKept && member.getPerson().isPresent()) {
      Matcher id = Pattern.compile("[=\\[ ]" + Pattern.quote(member.getId()) + "[,\\]}]").matcher(written);
      assertThat(id.find()).as(label + ": the id").isFalse();
      assertThat(after.getMembers().get(index).getErasedOn()).contains(day);
    }
  }

  @Test
  @DisplayName("Art. 17 DSGVO: erasing any member of the Musterverein on the day after the exit, after the grace"
      + " days and after every period keeps everyone else's findings; name and IBAN stay only where kept by law")
  void every_member_of_the_musterverein() {
    for (int i = 0; i < MUSTER.getMembers().size(); i++) {
      LocalDate exit = LocalDate.of(2026, 6, 30);
      for (LocalDate day : List.of(exit.plusDays(1), exit.plusDays(31), LocalDate.of(2035, 1, 1),
          LocalDate.of(2037, 1, 1))) {
        erasesCleanly(MUSTER, i, exit, day);
      }
    }
  }

  @Test
  @DisplayName("Art. 17 DSGVO: erasing any member of NExT after every period keeps everyone else's findings and"
      + " leaves no trace of the name")
  void every_member_of_next() {
    Association next = NextSeeds.association();
    for (int i = 0; i < next.getMembers().size(); i++) {
      erasesCleanly(next, i, LocalDate.of(2024, 12, 31), LocalDate.of(2035, 6, 1));
    }
  }

  @Test
  @DisplayName("A member is not erased while a member; an erased member not twice; a wrong id is named")
  void refusals() {
    assertThatThrownBy(() -> Erasure.of(MUSTER, "m01", LocalDate.of(2026, 12, 7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Art. 6 Abs. 1 lit. b DSGVO");
    assertThatThrownBy(() -> Erasure.of(MUSTER, "m99", LocalDate.of(2026, 12, 7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no member has the id m99");
    Erasure once = Erasure.of(MUSTER, "m05", LocalDate.of(2036, 1, 1));
    assertThat(once.memberIdAfter()).startsWith("erased-");
    assertThatThrownBy(() -> Erasure.of(once.document(), once.memberIdAfter(), LocalDate.of(2036, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was erased on 2036-01-01");
    Erasure early = Erasure.of(MUSTER, "m05", LocalDate.of(2026, 1, 5));
    assertThat(early.changed()).isFalse();
    assertThat(early.document()).isEqualTo(MUSTER);
    assertThat(early.steps()).filteredOn(step -> step.kind() == HoldingKind.CONTACT).singleElement()
        .satisfies(step -> assertThat(step.keepUntil()).contains(LocalDate.of(2026, 1, 30)));
    assertThat(Optional.of(once.document().getMembers().get(4).getName())).get().asString().startsWith("Person ");
  }

  @FuzzTest
  void erasure_keeps_everyone_elses_findings(FuzzedDataProvider data) {
    int index = data.consumeInt(0, MUSTER.getMembers().size() - 1);
    LocalDate exit = LocalDate.of(2024, 1, 1).plusDays(data.consumeInt(0, 3 * 365));
    LocalDate day = exit.plusDays(data.consumeInt(1, 13 * 365));
    erasesCleanly(MUSTER, index, exit, day);
  }
}
