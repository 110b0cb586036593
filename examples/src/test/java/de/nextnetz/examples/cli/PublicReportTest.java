package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.seeds.NextSeeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 5 Abs. 1 lit. c DSGVO: what the office publishes holds no personal name. */
class PublicReportTest {

  private static List<String> personalNames() {
    Association next = NextSeeds.association();
    List<String> names = new ArrayList<>();
    next.getBoard().getSeats().forEach(seat -> names.add(seat.getPerson().getName()));
    next.getMembers().forEach(member -> member.getPerson().map(Person::getName).ifPresent(names::add));
    next.getCommunities().forEach(community -> community.getLeads().forEach(lead -> names.add(lead.getName())));
    next.getPatron().ifPresent(patron -> names.add(patron.getPerson().getName()));
    next.getApplications().forEach(application -> names.add(application.getApplicantName()));
    return names;
  }

  @Test
  @DisplayName("next report --public (and --format json, --lang de): no personal name of the data set; the figures stay")
  void a_public_report_names_nobody() {
    String report = next("report", "--year", "2024").out();
    assertThat(report).contains("Dr. Alfred Kranstedt (chair)");

    for (String[] args : List.of(new String[] {"report", "--year", "2024", "--public"},
        new String[] {"report", "--year", "2024", "--public", "--lang", "de"},
        new String[] {"report", "--year", "2024", "--public", "--format", "json"},
        new String[] {"check", "--public", "--as-of", "2026-11-22"},
        new String[] {"check", "--public", "--as-of", "2026-11-22", "--format", "json"})) {
      String published = next(args).out();
      assertThat(personalNames()).as(String.join(" ", args)).allSatisfy(name -> assertThat(published).doesNotContain(name));
    }
    String published = next("report", "--year", "2024", "--public").out();
    assertThat(published).contains("Person ").contains("Members on 31 December 2024: 115 (37 institutional, 78 personal)");
  }

  @Test
  @DisplayName("--public gives the same findings; --keep publishes a chosen organisation by name")
  void the_check_finds_the_same_and_keep_keeps() {
    NextCliTest.Run plain = next("check", "--as-of", "2026-11-22");
    NextCliTest.Run published = next("check", "--public", "--as-of", "2026-11-22");
    assertThat(published.code()).isEqualTo(plain.code()).isEqualTo(1);
    assertThat(published.out().lines().filter(line -> line.startsWith("Result:")))
        .isEqualTo(plain.out().lines().filter(line -> line.startsWith("Result:")).toList());

    String kept = next("check", "--public", "--keep", "wiesbaden", "--as-of", "2026-11-22", "--format", "json").out();
    assertThat(kept).doesNotContain("Kranstedt");
  }

  @Test
  @DisplayName("--keep changes what is published: Wiesbaden's fee finding names Wiesbaden only when it is kept")
  void keep_publishes_a_chosen_organisation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws java.io.IOException {
    var json = de.nextnetz.json.NextJson.standard();
    var next = de.nextnetz.domain.ImmutableAssociation.copyOf(NextSeeds.association());
    var wiesbaden = next.findMember("wiesbaden").orElseThrow();
    var changed = next.withMembers(next.getMembers().stream().map(member -> member.getId().equals("wiesbaden")
        ? de.nextnetz.domain.membership.ImmutableMember.copyOf(member).withAnnualFee(de.nextnetz.domain.base.Money.euros("900.00"))
            .withCostShares(java.util.List.of())
        : member).toList());
    java.nio.file.Path file = folder.resolve("fee.json");
    json.writeAssociation(changed, file);

    String hidden = next("check", file.toString(), "--public", "--as-of", "2025-01-15").out();
    String kept = next("check", file.toString(), "--public", "--keep", "wiesbaden", "--as-of", "2025-01-15").out();

    assertThat(wiesbaden.getKind().name()).isEqualTo("ASSOCIATED");
    assertThat(kept).contains("[FEE_AMOUNT_MISMATCH] /members/115/annualFee").contains("Member wiesbaden (associated)");
    assertThat(hidden).contains("[FEE_AMOUNT_MISMATCH] /members/115/annualFee").doesNotContain("wiesbaden");
  }
}
