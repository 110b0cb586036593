package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.membership.DataRequestKind;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.Holding;
import de.nextnetz.rules.law.HoldingKind;
import de.nextnetz.rules.law.MandateRetention;
import de.nextnetz.rules.law.PrivacyLaw;
import de.nextnetz.rules.law.RecordClass;
import de.nextnetz.rules.law.Retention;
import de.nextnetz.rules.law.RetentionPeriod;
import de.nextnetz.rules.law.RetentionPeriods;
import de.nextnetz.rules.law.RetentionSettings;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Personal data: § 147 AO retention, Art. 12, 17, 18 DSGVO, vectors 66–70 of the money-and-tax reference. */
class PrivacyLawTest {

  /** The Musterverein's chair, Anna Adler, leaving on 31 December 2026 (vector 66: last fee booked 31 March 2026). */
  private static Association adlerLeaves() {
    ImmutableAssociation musterverein = ImmutableAssociation.copyOf(Musterverein.association());
    List<de.nextnetz.domain.membership.Member> members = new ArrayList<>(musterverein.getMembers());
    members.set(0, ImmutableMember.copyOf(members.get(0)).withEnd(day("2026-12-31")));
    return musterverein.withMembers(members);
  }

  private static Map<HoldingKind, Optional<LocalDate>> holdings(Retention retention) {
    return retention.holdings().stream().collect(Collectors.toMap(Holding::kind, Holding::keepUntil));
  }

  @Nested
  @DisplayName("The law: § 147 AO periods, Art. 12 Abs. 3 DSGVO, § 676b BGB")
  class Law {

    @Test
    @DisplayName("Vector 66: exit 31 Dec 2026, fees booked in 2026 — vouchers to 2034, the journal to 2036, contact"
        + " data erasure due from 31 Jan 2027")
    void vector_66() {
      Retention retention = Retention.of(adlerLeaves(), 0, day("2027-01-31"));
      Map<HoldingKind, Optional<LocalDate>> kept = holdings(retention);
      assertThat(kept.get(HoldingKind.VOUCHERS)).contains(day("2034-12-31"));
      assertThat(kept.get(HoldingKind.JOURNAL)).contains(day("2036-12-31"));
      assertThat(kept.get(HoldingKind.CONTACT)).contains(day("2027-01-30"));
      assertThat(kept.get(HoldingKind.RECORDS)).isEmpty();
      assertThat(retention.dueForErasure(day("2027-01-30"))).isEmpty();
      assertThat(retention.dueForErasure(day("2027-01-31"))).extracting(Holding::kind).containsExactly(HoldingKind.CONTACT);
      assertThat(retention.isRestrictedOn(day("2027-01-31"))).isTrue();
      assertThat(retention.identityNeededUntil()).contains(day("2036-12-31"));
      assertThat(retention.dueForErasure(day("2037-01-01"))).extracting(Holding::kind)
          .contains(HoldingKind.MEMBERSHIP, HoldingKind.JOURNAL, HoldingKind.VOUCHERS, HoldingKind.MANDATE)
          .doesNotContain(HoldingKind.RECORDS);
    }

    @Test
    @DisplayName("Allowances paid to a member are book entries too: kept ten years from their year")
    void allowances_are_book_entries() {
      Retention dorn = Retention.of(Musterverein.association(), 3, day("2026-12-07"));
      assertThat(dorn.holdings()).filteredOn(holding -> holding.kind() == HoldingKind.JOURNAL).singleElement()
          .satisfies(journal -> {
            assertThat(journal.paths()).contains("/tax/allowances/0");
            assertThat(journal.keepUntil()).contains(day("2036-12-31"));
          });
    }

    @Test
    @DisplayName("Vectors 67, 68: a receipt copy of 20 Jan 2027 to 2035; vouchers of 2016 and 2017 ended 2024 and"
        + " 2025 (Art. 97 § 19a Abs. 2 EGAO); those of 2014 kept their ten years")
    void vectors_67_68() {
      RetentionPeriods periods = RetentionPeriods.DEFAULT;
      assertThat(periods.keepUntil(RecordClass.VOUCHERS, Year.of(2027))).isEqualTo(day("2035-12-31"));
      assertThat(periods.keepUntil(RecordClass.VOUCHERS, Year.of(2016))).isEqualTo(day("2024-12-31"));
      assertThat(periods.keepUntil(RecordClass.VOUCHERS, Year.of(2017))).isEqualTo(day("2025-12-31"));
      assertThat(periods.keepUntil(RecordClass.VOUCHERS, Year.of(2014))).isEqualTo(day("2024-12-31"));
      assertThat(periods.rowFor(RecordClass.VOUCHERS, Year.of(2014)).years()).isEqualTo(10);
      assertThat(periods.keepUntil(RecordClass.VOUCHERS, Year.of(2015))).isEqualTo(day("2023-12-31"));
      assertThat(periods.keepUntil(RecordClass.BOOKS, Year.of(2016))).isEqualTo(day("2026-12-31"));
      assertThat(periods.keepUntil(RecordClass.LETTERS, Year.of(2020))).isEqualTo(day("2026-12-31"));
    }

    @Test
    @DisplayName("Vector 69: a mandate last used 2 Mar 2026 proves a debit to 2 Apr 2027 (§ 676b Abs. 2 BGB), as a"
        + " voucher to 2034")
    void vector_69() {
      assertThat(PrivacyLaw.mandateProofUntil(day("2026-03-02"))).isEqualTo(day("2027-04-02"));
      assertThat(RetentionPeriods.DEFAULT.keepUntil(RecordClass.VOUCHERS, Year.of(2026))).isEqualTo(day("2034-12-31"));
    }

    @Test
    @DisplayName("Vector 70: a request of 31 Jan 2026 is answered by Mon 2 Mar 2026 (28 Feb a Saturday), extended by"
        + " 30 Apr 2026 (Art. 12 Abs. 3 DSGVO; Art. 3 VO 1182/71)")
    void vector_70() {
      PublicHolidays niedersachsen = PublicHolidays.of(de.nextnetz.domain.time.FederalState.NI);
      assertThat(PrivacyLaw.answerDue(day("2026-01-31"), niedersachsen)).isEqualTo(day("2026-03-02"));
      assertThat(PrivacyLaw.extendedAnswerDue(day("2026-01-31"), niedersachsen)).isEqualTo(day("2026-04-30"));
      DataRequest late = DataRequest.builder().id("r").memberId("m01").kind(DataRequestKind.ACCESS)
          .receivedOn(day("2026-01-31")).extendedOn(day("2026-03-03")).build();
      assertThat(PrivacyLaw.answerDue(late, niedersachsen)).as("an extension told after the month does not count")
          .isEqualTo(day("2026-03-02"));
      assertThat(PrivacyLaw.answerDue(late.toBuilder().extendedOn(day("2026-03-02")).build(), niedersachsen))
          .isEqualTo(day("2026-04-30"));
    }

    @Test
    @DisplayName("A new row of the law changes the period of the records it reaches, and only those")
    void a_new_row_changes_the_period() {
      RetentionPeriods shorter = RetentionPeriods.DEFAULT.with(new RetentionPeriod(RecordClass.BOOKS, 6,
          day("2030-01-01"), "a future law (test)", false));
      assertThat(shorter.keepUntil(RecordClass.BOOKS, Year.of(2026))).isEqualTo(day("2032-12-31"));
      assertThat(shorter.keepUntil(RecordClass.BOOKS, Year.of(2018))).isEqualTo(day("2028-12-31"));
    }
  }

  @Nested
  @DisplayName("The rules")
  class Rules {

    @Test
    @DisplayName("Art. 12 Abs. 3 DSGVO: Hans Hahn's access request of 1 Oct 2026 is unanswered after Mon 2 Nov 2026"
        + " (an ERROR); on 2 Nov it is a deadline; Eva Engel's erasure request was answered in time")
    void the_musterverein_requests() {
      Association musterverein = Musterverein.association();
      List<Finding> overdue = findings(musterverein, day("2026-11-22"), RuleId.of("DATA_REQUEST_OVERDUE"));
      assertThat(overdue).singleElement().satisfies(finding -> {
        assertThat(finding.path()).isEqualTo("/dataRequests/1");
        assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The request of Hans Hahn (access, received on"
            + " 1 October 2026) is unanswered after 2 November 2026, the last day to answer.");
        assertThat(finding.message().render(Locale.GERMAN)).isEqualTo("Der Antrag von Hans Hahn (Auskunft, eingegangen"
            + " am 1. Oktober 2026) ist nach dem 2. November 2026, dem letzten Tag für die Antwort, unbeantwortet.");
      });
      CheckReport onTheDay = Fixtures.check(musterverein, day("2026-11-02"));
      assertThat(onTheDay.outcome(RuleId.of("DATA_REQUEST_OVERDUE")).orElseThrow().findings()).isEmpty();
      assertThat(onTheDay.outcome(RuleId.of("DATA_REQUEST_OVERDUE")).orElseThrow().deadlines())
          .singleElement().satisfies(deadline -> assertThat(deadline.dueBy()).isEqualTo(day("2026-11-02")));
      assertThat(status(musterverein, day("2026-01-30"), RuleId.of("DATA_REQUEST_OVERDUE")))
          .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("Eva Engel left on 31 Dec 2025: her payment method goes after 30 days, her entry is restricted while"
        + " the books keep her name (§ 35 Abs. 3 BDSG), and the retention lists what is kept until when")
    void eva_engel() {
      Association musterverein = Musterverein.association();
      assertThat(findings(musterverein, day("2026-01-30"), RuleId.of("DATA_ERASURE_DUE"))).isEmpty();
      assertThat(findings(musterverein, day("2026-01-31"), RuleId.of("DATA_ERASURE_DUE"))).singleElement()
          .satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("/members/4");
            assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The data of Eva Engel are held past their"
                + " period since 31 January 2026: the contact data (Land, payment method, representatives); erase"
                + " them (next erase m05).");
          });
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("DATA_RESTRICTION_REQUIRED"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.GERMAN)).contains("bis zum 31. Dezember 2035"));
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("DATA_RETENTION_ACTIVE"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("Eva Engel left on"
              + " 31 December 2025; the association keeps the book entries of payments and allowances until 31 December 2035, the"
              + " vouchers and letters (payments, invoices, reminders, receipt copies) until 31 December 2033; the last of it may go after 31 December 2035."));
      assertThat(status(musterverein, day("2025-12-31"), RuleId.of("DATA_ERASURE_DUE"))).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(findings(musterverein, day("2036-01-01"), RuleId.of("DATA_ERASURE_DUE"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).contains("the member entry")
              .contains("the book entries of payments and allowances"));
    }

    @Test
    @DisplayName("Without books or mandate only the contact data are kept, for the grace days; afterwards the whole"
        + " entry may go")
    void only_contact_data() {
      Association noDues = ImmutableAssociation.copyOf(Musterverein.association()).withDues(Optional.empty());
      assertThat(findings(noDues, day("2026-01-05"), RuleId.of("DATA_RETENTION_ACTIVE"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("Eva Engel left on"
              + " 31 December 2025; the association keeps the contact data (Land, payment method, representatives)"
              + " until 30 January 2026; the last of it may go after 30 January 2026."));
      assertThat(findings(noDues, day("2026-01-05"), RuleId.of("DATA_RESTRICTION_REQUIRED"))).isEmpty();
      assertThat(findings(noDues, day("2026-01-31"), RuleId.of("DATA_ERASURE_DUE"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).contains("the member entry")
              .contains("the contact data"));
    }

    @Test
    @DisplayName("Every parameter changes an outcome: the grace days, the mandate's reading, a new row of the table")
    void every_parameter_changes_an_outcome() {
      Association adler = adlerLeaves();
      RuleId erasure = RuleId.of("DATA_ERASURE_DUE");
      RuleEngine<Association> standard = BuiltInRules.engine();
      assertThat(erasureWhat(standard, adler, "2027-01-31")).isEqualTo("[CONTACT]");
      RuleEngine<Association> patient = engineWith(BuiltInRules.dataRetention(RetentionSettings.DEFAULT.withGraceDays(60)));
      assertThat(erasureWhat(patient, adler, "2027-01-31")).isEqualTo("");
      RuleEngine<Association> refund = engineWith(BuiltInRules.dataRetention(
          RetentionSettings.DEFAULT.withMandates(MandateRetention.REFUND_PERIOD)));
      assertThat(erasureWhat(standard, adler, "2027-05-01")).isEqualTo("[CONTACT]");
      assertThat(erasureWhat(refund, adler, "2027-05-01")).isEqualTo("[CONTACT, MANDATE]");
      RuleEngine<Association> shortBooks = engineWith(BuiltInRules.dataRetention(RetentionSettings.DEFAULT.withPeriods(
          RetentionPeriods.DEFAULT.with(new RetentionPeriod(RecordClass.BOOKS, 8, day("2027-01-01"), "a future law (test)",
          false)))));
      assertThat(erasureWhat(standard, adler, "2035-01-01")).isEqualTo("[CONTACT, MANDATE, VOUCHERS]");
      assertThat(erasureWhat(shortBooks, adler, "2035-01-01"))
          .isEqualTo("[MEMBERSHIP, CONTACT, MANDATE, JOURNAL, VOUCHERS]");
      assertThat(erasure.value()).isEqualTo("DATA_ERASURE_DUE");
      assertThatThrownBy(() -> RetentionSettings.DEFAULT.withGraceDays(-1))
          .hasMessage("grace days must not be negative, but were -1");
    }

    private static RuleEngine<Association> engineWith(List<StatuteRule> replacements) {
      return RuleEngine.forAssociations().addRules(BuiltInRules.all()).replaceRules(replacements).build();
    }

    private static String erasureWhat(RuleEngine<Association> engine, Association association, String day) {
      return engine.check(association, day(day)).outcome(RuleId.of("DATA_ERASURE_DUE")).orElseThrow().findings()
          .stream().filter(finding -> finding.path().equals("/members/0"))
          .map(finding -> finding.facts().stream().filter(fact -> fact.name().equals("what"))
              .map(fact -> String.valueOf(fact.value())).findFirst().orElse(""))
          .findFirst().orElse("");
    }
  }
}
