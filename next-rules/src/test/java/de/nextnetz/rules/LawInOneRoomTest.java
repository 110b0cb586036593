package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.AssociationTemplate;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.law.LawChange;
import de.nextnetz.rules.law.LawChanges;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The law in one room: no association is hard-coded, dated law is data, the report asks the rule's law. */
class LawInOneRoomTest {

  private static final List<String> NEXT_WORDS = List.of("NExT", "Tätigkeitsbericht", "activity report", "Wiesbaden");

  @Test
  @DisplayName("§ 58 BGB, the Satzung as data: no rule of the catalogue cites NExT, its report or Wiesbaden")
  void the_catalogue_names_no_association() {
    List<Rule<?>> rules = new ArrayList<>(BuiltInRules.all());
    rules.addAll(BuiltInRules.portfolio());
    assertThat(rules).hasSizeGreaterThan(45).allSatisfy(rule ->
        assertThat(NEXT_WORDS).noneMatch(word -> rule.citation().toString().contains(word)
            || rule.citation().quote().orElse("").contains(word)));
  }

  @Test
  @DisplayName("§ 58 BGB, the Satzung as data: every finding and deadline of the Musterverein and of next init's document"
      + " from their founding to 2030 cites their own statute, never NExT's")
  void another_association_never_cites_next() {
    Association template = AssociationTemplate.of("Heimatverein Musterdorf", "Wiesbaden", day("2019-03-01"));
    Set<String> rulesSeen = new TreeSet<>();
    for (Association association : List.of(template, Musterverein.association())) {
      LocalDate first = association.getStatute().getVersions().stream().map(StatuteVersion::getValidFrom)
          .min(Comparator.naturalOrder()).orElseThrow();
      for (LocalDate asOf = first; asOf.isBefore(day("2031-01-01")); asOf = asOf.plusMonths(2)) {
        CheckReport report = Fixtures.check(association, asOf);
        for (Finding finding : report.findings()) {
          rulesSeen.add(finding.ruleId().value());
          assertThat(NEXT_WORDS).as("%s of %s as of %s: %s", finding.ruleId(), association.getName(), asOf,
              finding.citation()).noneMatch(word -> finding.citation().toString().contains(word)
                  || finding.citation().quote().orElse("").contains(word));
        }
        for (Deadline deadline : report.deadlines()) {
          assertThat(NEXT_WORDS).as("deadline %s of %s", deadline.ruleId(), association.getName())
              .noneMatch(word -> deadline.citation().toString().contains(word));
        }
      }
    }
    assertThat(rulesSeen).hasSizeGreaterThan(20);
  }

  @Test
  @DisplayName("Council resolution: another municipality's findings cite its own resolution, not Wiesbaden's")
  void another_municipality_cites_its_own_resolution() {
    MunicipalPortfolio wiesbaden = NextSeeds.wiesbadenPortfolio();
    MunicipalPortfolio musterstadt = de.nextnetz.domain.municipal.ImmutableMunicipalPortfolio.copyOf(wiesbaden).withMemberships(
        wiesbaden.getMemberships().stream().map(membership -> de.nextnetz.domain.municipal.ImmutableMunicipalMembership
            .copyOf(membership).withAnnualFee(de.nextnetz.domain.base.Money.euros("900.00"))
            .withResolution(membership.getResolution().map(resolution -> de.nextnetz.domain.municipal.ImmutableCouncilResolution
                .copyOf(resolution).withBody("Gemeinderat der Stadt Musterstadt").withNumber("17/2024")
                .withSubject("Beitritt der Stadt Musterstadt")))).toList());
    List<Finding> found = BuiltInRules.portfolioEngine().check(musterstadt, day("2025-01-01")).findings();
    assertThat(found).isNotEmpty().allSatisfy(finding ->
        assertThat(finding.citation() + " " + finding.citation().quote().orElse("")).doesNotContain("Wiesbaden")
            .doesNotContain("0057"));
    assertThat(found).anySatisfy(finding ->
        assertThat(finding.citation().toString()).contains("Beschluss Nr. 17/2024 der Gemeinderat der Stadt Musterstadt"));
  }

  @Test
  @DisplayName("Architecture: next-rules' main code (literals and Javadoc) never names NExT or Wiesbaden, and no string"
      + " literal names NExT's report")
  void no_association_in_the_rules_code() throws IOException {
    Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        for (String name : List.of("NExT", "Wiesbaden")) {
          if (text.contains(name)) {
            offending.add(file.getFileName() + " names " + name);
          }
        }
        String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        Matcher matcher = literal.matcher(code);
        while (matcher.find()) {
          String found = matcher.group();
          if (NEXT_WORDS.stream().anyMatch(found::contains)) {
            offending.add(file.getFileName() + ": " + found);
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.2: a community founded during the year, judged alike by the rule and the activity report")
  void the_report_and_the_rule_judge_a_new_community_alike() {
    for (int held = 0; held <= 2; held++) {
      ImmutableAssociation next = next();
      List<Community> communities = new ArrayList<>(next.getCommunities());
      communities.add(Community.builder().id("neu").name("Neue Community").foundingDate(day("2024-10-01")).build());
      List<Event> events = new ArrayList<>(next.getEvents());
      for (int i = 0; i < held; i++) {
        events.add(Event.builder().id("n" + i).date(day("2024-11-1" + i)).format(EventFormat.COMMUNITY_MEETING)
            .title("Treffen").communityId("neu").mode(EventMode.VIRTUAL).build());
      }
      Association founded = next.withCommunities(communities).withEvents(events);
      String path = "/communities/" + (communities.size() - 1);

      boolean ruleWarns = findings(founded, day("2025-01-01"), RuleId.of("COMMUNITY_MEETING_FREQUENCY")).stream()
          .anyMatch(finding -> finding.path().equals(path));
      CommunityMeetings reported = ActivityReport.of(founded, Year.of(2024)).getCommunityMeetings().stream()
          .filter(meetings -> meetings.communityId().equals("neu")).findFirst().orElseThrow();

      assertThat(reported.expected()).as("ceil(2 * 92 / 366) = 1").hasValueSatisfying(band ->
          assertThat(band.minimum()).isEqualTo(1));
      assertThat(reported.withinStatute()).as("%d meetings", held).isEqualTo(Optional.of(!ruleWarns));
      assertThat(ruleWarns).isEqualTo(held == 0);
    }
  }

  @Test
  @DisplayName("Dated law: hybrid assemblies from 21 Mar 2023, the COVID rule 28 Mar 2020 to 31 Aug 2022, Textform from 1 Jan 2025")
  void dated_law_is_a_table() {
    assertThat(LawChanges.HYBRID_ASSEMBLIES.inForceOn(day("2023-03-20"))).isFalse();
    assertThat(LawChanges.HYBRID_ASSEMBLIES.inForceOn(day("2023-03-21"))).isTrue();
    assertThat(LawChanges.COVID_ASSEMBLIES.inForceOn(day("2020-03-27"))).isFalse();
    assertThat(LawChanges.COVID_ASSEMBLIES.inForceOn(day("2020-03-28"))).isTrue();
    assertThat(LawChanges.COVID_ASSEMBLIES.inForceOn(day("2022-08-31"))).isTrue();
    assertThat(LawChanges.COVID_ASSEMBLIES.inForceOn(day("2022-09-01"))).isFalse();
    assertThat(LawChanges.CONSENT_TEXT_FORM.dayBefore()).isEqualTo(day("2024-12-31"));
    assertThat(LawChanges.day(day("2025-01-01"))).isEqualTo("1. Januar 2025");
    assertThat(LawChanges.all()).extracting(LawChange::from).isSorted();
    assertThat(LawChanges.all()).extracting(LawChange::id).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("§ 32 BGB, the version in force on the act's day: an assembly before the first Satzung version is"
      + " undecided and names the missing version, never judged by a later version")
  void an_assembly_before_the_first_version_is_undecided() {
    Association muster = Musterverein.association();
    LocalDate first = muster.getStatute().getVersions().stream().map(StatuteVersion::getValidFrom)
        .min(Comparator.naturalOrder()).orElseThrow();
    de.nextnetz.domain.event.GeneralAssembly early = de.nextnetz.domain.event.GeneralAssembly.builder().id("mv-early")
        .date(first.minusDays(10)).status(de.nextnetz.domain.event.AssemblyStatus.HELD)
        .format(de.nextnetz.domain.assembly.AssemblyFormat.VIRTUAL).build();
    List<de.nextnetz.domain.event.GeneralAssembly> assemblies = new ArrayList<>(muster.getGeneralAssemblies());
    assemblies.add(0, early);
    Association withEarly = muster.toBuilder().generalAssemblies(assemblies).build();

    Outcome outcome = Fixtures.check(withEarly, day("2026-01-01")).outcome(
        RuleId.of("MV_VIRTUAL_NOT_AUTHORISED")).orElseThrow();
    assertThat(outcome.missingFacts()).contains("/statute/versions (in force on " + first.minusDays(10) + ")");
    assertThat(outcome.findings()).noneMatch(finding -> finding.path().startsWith("/generalAssemblies/0/"));
  }
}
