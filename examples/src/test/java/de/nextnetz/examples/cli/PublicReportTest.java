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
    next.getEvents().forEach(event -> names.addAll(event.getInvitedGuests()));
    return names;
  }

  @Test
  @DisplayName("next report --public (and --format json, --lang de): no personal name of the data set; the figures stay")
  void a_public_report_names_nobody() {
    String report = next("report", "--year", "2024").out();
    assertThat(report).contains("Dr. Alfred Kranstedt (chair)");
    assertThat(personalNames()).contains("Ralph Brinkhaus", "Svenja Hahn", "Arne Semsrott", "Matthias Punz");

    for (String[] args : List.of(new String[] {"report", "--year", "2024", "--public"},
        new String[] {"report", "--year", "2024", "--public", "--lang", "de"},
        new String[] {"report", "--year", "2024", "--public", "--format", "json"},
        new String[] {"report", "--year", "2024", "--public", "--format", "html", "--lang", "de"},
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
    assertThat(kept).contains("[FEE_AMOUNT_MISMATCH] Landeshauptstadt Wiesbaden\n").contains("Member wiesbaden (associated)");
    // The place in words is the published document's: a pseudonym, never the name.
    assertThat(hidden).contains("[FEE_AMOUNT_MISMATCH] ").doesNotContain("wiesbaden")
        .doesNotContain("Landeshauptstadt Wiesbaden");
  }

  /** Each finding as rule, severity and place; each outcome as rule and status; the summary. */
  private static List<String> findings(String json) {
    tools.jackson.databind.JsonNode report = new tools.jackson.databind.ObjectMapper().readTree(json);
    List<String> lines = new ArrayList<>();
    lines.add(report.get("summary").toString());
    report.get("outcomes").forEach(outcome -> lines.add(outcome.get("rule").asString() + " "
        + outcome.get("status").asString() + " missing " + outcome.get("missingFacts").size()
        + " deadlines " + outcome.get("deadlines").size()));
    report.get("findings").forEach(finding -> lines.add(finding.get("rule").asString() + " "
        + finding.get("severity").asString() + " " + finding.get("path").asString()));
    return lines;
  }

  @Test
  @DisplayName("--public publishes the findings the document has: NExT, the Musterverein and next init's document"
      + " give the same rules, statuses, findings and places (Art. 5 Abs. 1 lit. d DSGVO, accuracy)")
  void public_findings_are_the_findings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    java.nio.file.Path init = folder.resolve("verein.json");
    assertThat(next("init", init.toString(), "--seat", "Wiesbaden", "--founded", "2019-03-01").code()).isZero();
    for (String[] document : List.of(new String[] {}, new String[] {DataSet.MUSTERVEREIN},
        new String[] {init.toString()})) {
      for (String day : List.of("2024-12-31", "2026-11-22")) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(document));
        args.addAll(List.of("--as-of", day, "--format", "json"));
        NextCliTest.Run plain = next(args.toArray(String[]::new));
        args.add("--public");
        NextCliTest.Run published = next(args.toArray(String[]::new));
        assertThat(published.code()).as(args.toString()).isEqualTo(plain.code());
        assertThat(findings(published.out())).as(args.toString()).isEqualTo(findings(plain.out()));
      }
    }
    NextCliTest.Run musterverein = next("check", DataSet.MUSTERVEREIN, "--as-of", "2026-11-22", "--public");
    assertThat(musterverein.out()).contains("23 errors").doesNotContain("Anna Adler").doesNotContain("Hans Hahn");
    assertThat(musterverein.out().lines().filter(line -> line.matches(".*\\bm\\d\\d\\b.*")).toList())
        .as("no original member id").isEmpty();
  }

  @Test
  @DisplayName("Art. 4 Nr. 5 DSGVO: the office's key (--key-file or NEXT_PSEUDONYM_KEY) gives the same pseudonyms"
      + " in every run; without one they differ; a short or missing key is refused")
  void the_key_makes_pseudonyms_stable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws java.io.IOException {
    java.nio.file.Path key = java.nio.file.Files.writeString(folder.resolve("office.key"), "Vereinsgeheimnis-2026-xyz\n");
    String once = next("report", "--year", "2024", "--public", "--key-file", key.toString()).out();
    String twice = next("report", "--year", "2024", "--public", "--key-file", key.toString()).out();
    String fromEnvironment = NextCliTest.nextWithEnvironment(java.util.Map.of("NEXT_PSEUDONYM_KEY",
        "Vereinsgeheimnis-2026-xyz"), "report", "--year", "2024", "--public").out();
    assertThat(once).contains("Person ").isEqualTo(twice).isEqualTo(fromEnvironment);
    assertThat(next("report", "--year", "2024", "--public").out()).isNotEqualTo(once);

    java.nio.file.Path shortKey = java.nio.file.Files.writeString(folder.resolve("short.key"), "kurz");
    NextCliTest.Run refused = next("check", "--public", "--key-file", shortKey.toString(), "--lang", "de");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("short.key: ein Pseudonymschlüssel braucht mindestens 16 Bytes");
    NextCliTest.Run environment = NextCliTest.nextWithEnvironment(java.util.Map.of("NEXT_PSEUDONYM_KEY", "kurz"),
        "check", "--public");
    assertThat(environment.code()).isEqualTo(2);
    assertThat(environment.err()).contains("NEXT_PSEUDONYM_KEY: a pseudonym key needs at least 16 bytes")
        .doesNotContain("kurz");
    NextCliTest.Run missing = next("check", "--public", "--key-file", folder.resolve("none.key").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.key: no such file");
  }
}
