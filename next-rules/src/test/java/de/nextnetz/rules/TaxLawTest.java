package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.tax.Allowance;
import de.nextnetz.domain.tax.AllowanceKind;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.NoticeKind;
import de.nextnetz.domain.tax.Reserve;
import de.nextnetz.domain.tax.ReserveKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxPurpose;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.AmountInWords;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThreshold;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.law.ThresholdKind;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.TaxElement;
import de.nextnetz.rules.law.ReceiptTemplate;
import de.nextnetz.rules.law.ReceiptIssue;
import de.nextnetz.domain.tax.Donation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The tax-privileged status: vectors 1–24 and 31 of the money-and-tax reference (sections 12.1 and 12.2). */
class TaxLawTest {

  private static Money euros(String amount) {
    return Money.euros(amount);
  }

  /** A year with all receipts in the ideeller Bereich, unless said otherwise. */
  private static TaxYear.Builder year(int year, String receipts) {
    return TaxYear.builder().year(Year.of(year)).ideal(euros(receipts)).assetManagement(euros("0.00"))
        .purposeBusiness(euros("0.00")).economicBusiness(euros("0.00"));
  }

  private static Association with(TaxProfile.Builder profile) {
    return ImmutableAssociation.copyOf(Musterverein.association()).withTax(profile.build());
  }

  private static TaxProfile.Builder profile() {
    return TaxProfile.builder().taxOffice("Finanzamt Beispielstadt")
        .addPurposes(TaxPurpose.of("Förderung der Heimatpflege", 22));
  }

  private static ExemptionNotice notice(NoticeKind kind, String date) {
    return ExemptionNotice.builder().kind(kind).date(day(date)).build();
  }

  @Nested
  @DisplayName("12.1 Tax status")
  class Status {

    @Test
    @DisplayName("Vector 1: Volks- und Berufsbildung is number 7 of § 52 Abs. 2 Satz 1 AO; a purpose without a"
        + " number is an ERROR")
    void vector_1() {
      Association next = NextSeeds.association();
      assertThat(next.getTax().orElseThrow().getPurposes().get(0).getCatalogueNumber()).contains(7);
      assertThat(findings(next, day("2026-12-07"), RuleId.of("TAX_PURPOSE_NOT_IN_CATALOGUE"))).isEmpty();
      Association without = with(profile().addPurposes(TaxPurpose.builder().text("Förderung des Kartenspiels").build()));
      assertThat(findings(without, day("2026-12-07"), RuleId.of("TAX_PURPOSE_NOT_IN_CATALOGUE"))).singleElement()
          .satisfies(finding -> assertThat(finding.path()).isEqualTo("/tax/purposes/1"));
    }

    @Test
    @DisplayName("Vectors 4, 5: receipts of 45,000.00 in 2025 and 100,000.00 in 2026 are exempt, a cent more is not"
        + " (§ 55 Abs. 1 Nr. 5 Satz 4 AO)")
    void vectors_4_5() {
      for (String[] vector : List.of(new String[] {"2025", "45000.00", "true"}, new String[] {"2025", "45000.01", "false"},
          new String[] {"2026", "100000.00", "true"}, new String[] {"2026", "100000.01", "false"})) {
        TaxYear figures = year(Integer.parseInt(vector[0]), vector[1]).build();
        assertThat(TaxLaw.isExemptYear(figures, TaxThresholds.DEFAULT)).as(String.join(" ", vector))
            .contains(Boolean.parseBoolean(vector[2]));
      }
      Association exempt = with(profile().addYears(year(2025, "45000.00").build()));
      assertThat(findings(exempt, day("2026-01-01"), RuleId.of("FUNDS_TIMELY_USE_EXEMPT"))).hasSize(1);
      Association duty = with(profile().addYears(year(2025, "45000.01").unused(euros("100.00")).build()));
      assertThat(Fixtures.check(duty, day("2026-01-01")).outcome(RuleId.of("FUNDS_NOT_USED_IN_TIME")).orElseThrow()
          .deadlines()).singleElement().satisfies(deadline -> assertThat(deadline.dueBy()).isEqualTo(day("2027-12-31")));
    }

    @Test
    @DisplayName("Vectors 6, 7, 7a: 2024 funds unused after 31 Dec 2026 are an ERROR; with 90,000 in 2026 the"
        + " transition is open (both readings); an exempt 2025 released them")
    void vectors_6_7() {
      TaxYear y2024 = year(2024, "120000.00").unused(euros("10000.00")).build();
      Association six = with(profile().addYears(y2024, year(2025, "120000.00").build(), year(2026, "120000.00").build()));
      assertThat(findings(six, day("2027-01-01"), RuleId.of("FUNDS_NOT_USED_IN_TIME"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("€10,000.00 of the"
              + " inflows of 2024 were neither used nor reserved by 31 December 2026; the tax office may set a period"
              + " to use them (§ 63 Abs. 4 AO)."));
      Association seven = with(profile().addYears(y2024, year(2025, "120000.00").build(), year(2026, "90000.00").build()));
      assertThat(findings(seven, day("2027-01-01"), RuleId.of("FUNDS_NOT_USED_IN_TIME"))).isEmpty();
      assertThat(findings(seven, day("2027-01-01"), RuleId.of("FUNDS_TRANSITION_2026_OPEN"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).contains("by 31 December 2026"));
      Association sevenA = with(profile().addYears(y2024, year(2025, "40000.00").build(), year(2026, "120000.00").build()));
      assertThat(findings(sevenA, day("2027-01-01"), RuleId.of("FUNDS_NOT_USED_IN_TIME"))).isEmpty();
      assertThat(findings(sevenA, day("2027-01-01"), RuleId.of("FUNDS_TRANSITION_2026_OPEN"))).isEmpty();
      assertThat(TaxLaw.timelyUse(sevenA.getTax().orElseThrow(), Year.of(2024), day("2027-01-01"), TaxThresholds.DEFAULT)
          .releasedBy()).contains(Year.of(2025));
      Association gap = with(profile().addYears(y2024, year(2026, "120000.00").build()));
      assertThat(Fixtures.check(gap, day("2027-01-01")).outcome(RuleId.of("FUNDS_NOT_USED_IN_TIME")).orElseThrow()
          .status()).isEqualTo(de.nextnetz.rules.Status.UNKNOWN);
    }

    @Test
    @DisplayName("Vectors 8, 9: the free reserve's limit is 1,000 + 12,500 = 13,500.00; a cent more is an ERROR; the"
        + " unused room of two years is caught up (§ 62 Abs. 1 Nr. 3 AO)")
    void vectors_8_9() {
      TaxYear figures = year(2026, "120000.00").assetManagementSurplus(euros("3000.00"))
          .purposeBusinessSurplus(euros("5000.00")).economicBusinessProfit(euros("0.00")).build();
      assertThat(TaxLaw.freeReserveLimit(figures)).contains(euros("13500.00"));
      for (String[] vector : List.of(new String[] {"13500.00", "0"}, new String[] {"13500.01", "1"})) {
        Association association = with(profile().addYears(figures).addReserves(Reserve.builder().id("r")
            .kind(ReserveKind.FREE).amount(euros(vector[0])).inflowYear(Year.of(2026)).resolvedOn(day("2026-12-01"))
            .build()));
        assertThat(findings(association, day("2026-12-07"), RuleId.of("RESERVE_FREE_LIMIT_EXCEEDED"))).as(vector[0])
            .hasSize(Integer.parseInt(vector[1]));
      }
      // Vector 9: room 13,500 (2024) and 10,000 (2025) unused; 2026 limit 2,000; 25,000 added in 2026 fits 25,500.
      TaxYear y2024 = year(2024, "120000.00").assetManagementSurplus(euros("3000.00"))
          .purposeBusinessSurplus(euros("5000.00")).economicBusinessProfit(euros("0.00")).build();
      TaxYear y2025 = year(2025, "95000.00").assetManagementSurplus(euros("1500.00"))
          .purposeBusinessSurplus(euros("0.00")).economicBusinessProfit(euros("0.00")).build();
      TaxYear y2026 = year(2026, "20000.00").assetManagementSurplus(euros("0.00"))
          .purposeBusinessSurplus(euros("0.00")).economicBusinessProfit(euros("0.00")).build();
      assertThat(TaxLaw.freeReserveLimit(y2025)).contains(euros("10000.00"));
      assertThat(TaxLaw.freeReserveLimit(y2026)).contains(euros("2000.00"));
      for (String[] vector : List.of(new String[] {"25500.00", "0"}, new String[] {"25500.01", "1"})) {
        Association association = with(profile().addYears(y2024, y2025, y2026).addReserves(Reserve.builder().id("r")
            .kind(ReserveKind.FREE).amount(euros(vector[0])).inflowYear(Year.of(2026)).resolvedOn(day("2026-12-01"))
            .build()));
        assertThat(findings(association, day("2026-12-07"), RuleId.of("RESERVE_FREE_LIMIT_EXCEEDED"))).as(vector[0])
            .hasSize(Integer.parseInt(vector[1]));
      }
    }

    @Test
    @DisplayName("Vector 10: a reserve for the inflows of 2024 resolved on 15 Jan 2027 is late (§ 62 Abs. 2 AO); a"
        + " reserve whose reason ended is dissolved")
    void vector_10() {
      Association late = with(profile().addReserves(Reserve.builder().id("projekt").kind(ReserveKind.PURPOSE)
          .amount(euros("5000.00")).inflowYear(Year.of(2024)).resolvedOn(day("2027-01-15"))
          .reasonEndedOn(day("2027-03-01")).build()));
      assertThat(findings(late, day("2027-01-15"), RuleId.of("RESERVE_FORMED_LATE"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The reserve projekt"
              + " for the inflows of 2024 was resolved on 15 January 2027, after 31 December 2026, the end of their"
              + " period of use."));
      assertThat(findings(late, day("2027-03-01"), RuleId.of("RESERVE_PURPOSE_LAPSED"))).isEmpty();
      assertThat(findings(late, day("2027-03-02"), RuleId.of("RESERVE_PURPOSE_LAPSED"))).hasSize(1);
    }

    @Test
    @DisplayName("Vectors 11, 12: economic businesses of 47,000 exceed the 45,000 of 2025 but not the 50,000 of 2026;"
        + " 50,000.01 does (§ 64 Abs. 3 AO)")
    void vectors_11_12() {
      for (String[] vector : List.of(new String[] {"2025", "47000.00", "1"}, new String[] {"2026", "47000.00", "0"},
          new String[] {"2026", "50000.00", "0"}, new String[] {"2026", "50000.01", "1"})) {
        Association association = with(profile().addYears(year(Integer.parseInt(vector[0]), "1000.00")
            .economicBusiness(euros(vector[1])).build()));
        assertThat(findings(association, day("2027-01-01"), RuleId.of("ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED")))
            .as(String.join(" ", vector)).hasSize(Integer.parseInt(vector[2]));
      }
    }

    @Test
    @DisplayName("Vectors 13, 14: a trainer paid 3,100 in 2025 goes 100 over, in 2026 not; a board member paid 900"
        + " goes over the Ehrenamt allowance in 2025, not in 2026; both allowances for one activity are an ERROR")
    void vectors_13_14() {
      for (String[] vector : List.of(new String[] {"UEBUNGSLEITER", "2025", "3100.00", "1"},
          new String[] {"UEBUNGSLEITER", "2026", "3100.00", "0"}, new String[] {"EHRENAMT", "2025", "900.00", "1"},
          new String[] {"EHRENAMT", "2026", "900.00", "0"})) {
        AllowanceKind kind = AllowanceKind.valueOf(vector[0]);
        Association association = with(profile().addAllowances(Allowance.builder().person("Petra Pauli").kind(kind)
            .year(Year.of(Integer.parseInt(vector[1]))).amount(euros(vector[2])).activity("Kurse").build()));
        RuleId rule = kind == AllowanceKind.UEBUNGSLEITER ? RuleId.of("ALLOWANCE_UEBUNGSLEITER_EXCEEDED") : RuleId.of("ALLOWANCE_EHRENAMT_EXCEEDED");
        assertThat(findings(association, day("2027-01-01"), rule)).as(String.join(" ", vector))
            .hasSize(Integer.parseInt(vector[3]));
      }
      Association trainer = with(profile().addAllowances(Allowance.builder().person("Petra Pauli")
          .kind(AllowanceKind.UEBUNGSLEITER).year(Year.of(2025)).amount(euros("3100.00")).activity("Kurse").build()));
      assertThat(findings(trainer, day("2027-01-01"), RuleId.of("ALLOWANCE_UEBUNGSLEITER_EXCEEDED")).get(0).message()
          .render(Locale.ENGLISH)).isEqualTo("Petra Pauli received €3,100.00 in 2025 under the trainer allowance,"
              + " €100.00 more than the tax-free €3,000.00; the rest is taxable.");
      Association both = with(profile().addAllowances(
          Allowance.builder().person("Petra Pauli").kind(AllowanceKind.UEBUNGSLEITER).year(Year.of(2026))
              .amount(euros("500.00")).activity("Kurse").build(),
          Allowance.builder().person("Petra Pauli").kind(AllowanceKind.EHRENAMT).year(Year.of(2026))
              .amount(euros("300.00")).activity("Kurse").build()));
      assertThat(findings(both, day("2027-01-01"), RuleId.of("ALLOWANCE_DOUBLE_CLAIM"))).hasSize(1);
      assertThat(TaxThresholds.DEFAULT.of(ThresholdKind.LIABILITY_PRIVILEGE, 2025).orElseThrow().amount())
          .isEqualTo(euros("840.00"));
      assertThat(TaxThresholds.DEFAULT.of(ThresholdKind.LIABILITY_PRIVILEGE, 2026).orElseThrow().amount())
          .as("§ 8 of the reference corrects statute-rules.md").isEqualTo(euros("3300.00"));
    }

    @Test
    @DisplayName("Vector 14, §§ 31a, 31b BGB: a board member paid 900 in 2025 loses the liability privilege (840),"
        + " in 2026 not (3,300); a member paid as a trainer too; someone outside the association is not judged")
    void vector_14_liability_privilege() {
      Association chair = with(profile().addAllowances(Allowance.builder().person("m01").kind(AllowanceKind.EHRENAMT)
              .year(Year.of(2025)).amount(euros("900.00")).activity("Vorstand").build(),
          Allowance.builder().person("m01").kind(AllowanceKind.EHRENAMT).year(Year.of(2026)).amount(euros("900.00"))
              .activity("Vorstand").build()));
      assertThat(findings(chair, day("2027-01-01"), RuleId.of("BOARD_LIABILITY_PRIVILEGE_LOST"))).singleElement()
          .satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("/tax/allowances/0");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.citation().source()).isEqualTo("§ 31a Abs. 1 Satz 1 BGB");
            assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("Anna Adler, a member of the board, was"
                + " paid €900.00 in 2025, €60.00 more than €840.00: toward the association the board member is liable"
                + " for slight negligence too, not only for intent and gross negligence.");
            assertThat(finding.message().render(Locale.GERMAN)).startsWith("Anna Adler, Mitglied des Vorstands,"
                + " erhielt 2025 900,00\u00a0€, 60,00\u00a0€ mehr als 840,00\u00a0€");
          });
      Association member = with(profile().addAllowances(Allowance.builder().person("m04")
          .kind(AllowanceKind.UEBUNGSLEITER).year(Year.of(2025)).amount(euros("3100.00")).activity("Kurse").build()));
      assertThat(findings(member, day("2027-01-01"), RuleId.of("BOARD_LIABILITY_PRIVILEGE_LOST"))).singleElement()
          .satisfies(finding -> assertThat(finding.citation().source()).isEqualTo("§ 31b Abs. 1 Satz 1 BGB"));
      Association outsider = with(profile().addAllowances(Allowance.builder().person("Petra Pauli")
          .kind(AllowanceKind.UEBUNGSLEITER).year(Year.of(2025)).amount(euros("3100.00")).activity("Kurse").build()));
      assertThat(findings(outsider, day("2027-01-01"), RuleId.of("BOARD_LIABILITY_PRIVILEGE_LOST"))).isEmpty();
      Association ownTable = ImmutableAssociation.copyOf(chair);
      RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRules(BuiltInRules.taxThresholds(TaxThresholds.DEFAULT.with(new TaxThreshold(
              ThresholdKind.LIABILITY_PRIVILEGE, 2025, 2025, euros("1000.00"), "user", false)))).build();
      assertThat(engine.check(ownTable, day("2027-01-01")).outcome(RuleId.of("BOARD_LIABILITY_PRIVILEGE_LOST"))
          .orElseThrow().findings()).as("a user's row of 1,000 for 2025").isEmpty();
    }

    @Test
    @DisplayName("MEMBER_FEE_AVERAGE_ABOVE_AEAO, AEAO zu § 52 Nr. 1.1: an average fee of 1,023.00 passes, 1,023.01 is an"
        + " INFO; the Musterverein's 60 EUR pass; NExT's unknown fees are named missing")
    void member_fee_average() {
      Association musterverein = Musterverein.association();
      assertThat(findings(musterverein, day("2026-12-07"), RuleId.of("MEMBER_FEE_AVERAGE_ABOVE_AEAO"))).isEmpty();
      // Twelve members on 7 Dec 2026: eleven at 1,023.00 and one at 1,023.00 or 1,023.12 (an average of 1,023.01).
      for (String[] vector : List.of(new String[] {"1023.00", "0"}, new String[] {"1023.12", "1"})) {
        Association high = DuesTest.withMember(DuesTest.withVersions(musterverein, v -> v.withFees(
            de.nextnetz.domain.statute.Fee.of(de.nextnetz.domain.base.MembershipKind.PERSONAL, euros("1023.00")))),
            "m01", m -> de.nextnetz.domain.membership.ImmutableMember.copyOf(m).withAnnualFee(euros(vector[0])));
        List<Finding> found = findings(high, day("2026-12-07"), RuleId.of("MEMBER_FEE_AVERAGE_ABOVE_AEAO"));
        assertThat(found).as(vector[0]).hasSize(Integer.parseInt(vector[1]));
        found.forEach(finding -> {
          assertThat(finding.path()).isEqualTo("/members");
          assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The 12 members pay €1,023.01 a year on"
              + " average in 2026, €0.01 more than the €1,023.00 of the AEAO zu § 52; the tax office may find that such"
              + " fees keep the general public out, though the instruction aims at clubs that serve their members.");
        });
      }
      // A user's row of 1,100.00 for 2026 (the amount is marked unverified) lets the same fees pass.
      Association over = DuesTest.withMember(DuesTest.withVersions(musterverein, v -> v.withFees(
          de.nextnetz.domain.statute.Fee.of(de.nextnetz.domain.base.MembershipKind.PERSONAL, euros("1023.00")))),
          "m01", m -> de.nextnetz.domain.membership.ImmutableMember.copyOf(m).withAnnualFee(euros("1023.12")));
      RuleEngine<Association> own = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRules(BuiltInRules.taxThresholds(TaxThresholds.DEFAULT.with(new TaxThreshold(
              ThresholdKind.MEMBER_FEE_AVERAGE, 2026, 2026, euros("1100.00"), "user", false)))).build();
      assertThat(own.check(over, day("2026-12-07")).outcome(RuleId.of("MEMBER_FEE_AVERAGE_ABOVE_AEAO")).orElseThrow()
          .findings()).isEmpty();
      Outcome next = Fixtures.check(NextSeeds.association(), day("2026-12-07"))
          .outcome(RuleId.of("MEMBER_FEE_AVERAGE_ABOVE_AEAO")).orElseThrow();
      assertThat(next.findings()).isEmpty();
      assertThat(next.missingFacts()).containsExactly("/statute/versions/0/fees");
    }

    /** The Musterverein whose versions state every element but those given, plus versions added. */
    private Association satzung(List<TaxElement> lacking, StatuteVersion... added) {
      Association musterverein = Musterverein.association();
      List<StatuteVersion> versions = new java.util.ArrayList<>();
      for (StatuteVersion version : musterverein.getStatute().getVersions()) {
        versions.add(ImmutableStatuteVersion.copyOf(version).withTaxClauses(version.getTaxClauses().stream()
            .filter(clause -> !lacking.contains(clause.getElement())).toList()));
      }
      versions.addAll(List.of(added));
      return ImmutableAssociation.copyOf(musterverein).withStatute(Statute.builder().versions(versions).build());
    }

    @Test
    @DisplayName("Vector 2, § 60 Abs. 1 Satz 2 AO with Anlage 1 § 3 Satz 2: a Satzung without \"Die Mitglieder"
        + " erhalten keine Zuwendungen aus Mitteln der Körperschaft\" is an ERROR; one that records no tax clause is"
        + " not judged but named")
    void vector_2() {
      Association musterverein = Musterverein.association();
      assertThat(findings(musterverein, day("2026-12-07"), RuleId.of("SATZUNG_TAX_CLAUSE_MISSING"))).isEmpty();
      Association lacking = satzung(List.of(TaxElement.NO_GRANTS_TO_MEMBERS));
      assertThat(findings(lacking, day("2026-12-07"), RuleId.of("SATZUNG_TAX_CLAUSE_MISSING"))).singleElement()
          .satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("/statute/versions/1/taxClauses");
            assertThat(finding.citation().source()).isEqualTo("§ 60 Abs. 1 Satz 2 AO; Anlage 1 § 3 Satz 2 AO");
            assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The Satzung in force since 2 June 2025"
                + " does not state that the members receive no grants from its funds; § 60 AO asks every Satzung of a"
                + " tax-privileged body to state it, as the Mustersatzung does.");
            assertThat(finding.message().render(Locale.GERMAN)).isEqualTo("Die seit dem 2. Juni 2025 geltende"
                + " Satzung legt nicht fest, dass die Mitglieder keine Zuwendungen aus seinen Mitteln erhalten; § 60 AO"
                + " verlangt das von jeder Satzung einer steuerbegünstigten Körperschaft, wie es die Mustersatzung"
                + " festlegt.");
          });
      assertThat(findings(satzung(List.of(TaxElement.values())), day("2026-12-07"),
          RuleId.of("SATZUNG_TAX_CLAUSE_MISSING"))).as("nothing recorded is not judged").isEmpty();
      Outcome next = Fixtures.check(NextSeeds.association(), day("2026-12-07"))
          .outcome(RuleId.of("SATZUNG_TAX_CLAUSE_MISSING")).orElseThrow();
      assertThat(next.findings()).isEmpty();
      assertThat(next.missingFacts()).containsExactly("/statute/versions/0/taxClauses");
    }

    @Test
    @DisplayName("Vector 3, § 60 Abs. 2 AO: the asset lock registered on 15 Jun 2026 does not cover 2026 (a WARNING),"
        + " it covers 2027; founded in the year, the period starts with the founding")
    void vector_3() {
      Association musterverein = Musterverein.association();
      StatuteVersion last = musterverein.getStatute().getVersions().get(1);
      StatuteVersion withLock = ImmutableStatuteVersion.copyOf(last).withValidFrom(day("2026-06-15"));
      Association association = satzung(List.of(TaxElement.ASSET_LOCK), withLock);
      assertThat(findings(association, day("2026-12-31"), RuleId.of("SATZUNG_TAX_CLAUSE_MISSING"))).isEmpty();
      assertThat(findings(association, day("2026-06-14"), RuleId.of("SATZUNG_TAX_CLAUSE_MISSING"))).hasSize(1);
      assertThat(findings(association, day("2026-12-31"), RuleId.of("SATZUNG_TAX_CLAUSE_NOT_WHOLE_PERIOD")))
          .singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("/statute/versions/2/taxClauses");
            assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The Satzung states that on dissolution"
                + " its assets go to a named body for tax-privileged use (§ 14 Abs. 3 der Satzung) only since 15 June"
                + " 2026; for corporation and trade tax it must do so during the whole assessment period, so 2026 is"
                + " not covered from 1 January 2026.");
            assertThat(finding.citation().source()).isEqualTo("§ 60 Abs. 2 AO");
          });
      assertThat(findings(association, day("2027-01-01"), RuleId.of("SATZUNG_TAX_CLAUSE_NOT_WHOLE_PERIOD"))).isEmpty();
      Association foundedLater = ImmutableAssociation.copyOf(association).withFoundingDate(day("2026-06-15"));
      assertThat(TaxLaw.assessmentPeriodStart(foundedLater, day("2026-12-31"))).isEqualTo(day("2026-06-15"));
      assertThat(findings(foundedLater, day("2026-12-31"), RuleId.of("SATZUNG_TAX_CLAUSE_NOT_WHOLE_PERIOD"))).isEmpty();
    }

    @Test
    @DisplayName("Vector 15: the return for 2025 is due 31 Jul 2026, with an adviser Mon 1 Mar 2027 (28 Feb a"
        + " Sunday, § 108 Abs. 3 AO); asked and unfiled after the day it is a WARNING")
    void vector_15() {
      PublicHolidays berlin = PublicHolidays.of(FederalState.BE);
      assertThat(TaxLaw.returnDue(Year.of(2025), false, berlin)).contains(day("2026-07-31"));
      assertThat(TaxLaw.returnDue(Year.of(2025), true, berlin)).contains(day("2027-03-01"));
      assertThat(TaxLaw.returnDue(Year.of(2024), true, berlin)).contains(day("2026-04-30"));
      assertThat(TaxLaw.returnDue(Year.of(2023), false, berlin)).isEmpty();
      Association asked = with(profile().addYears(year(2025, "1000.00").returnRequested(true).build()));
      assertThat(findings(asked, day("2026-07-31"), RuleId.of("TAX_RETURN_OVERDUE"))).isEmpty();
      assertThat(findings(asked, day("2026-08-01"), RuleId.of("TAX_RETURN_OVERDUE"))).hasSize(1);
      Association filed = with(profile().addYears(year(2025, "1000.00").returnRequested(true)
          .returnFiledOn(day("2026-07-20")).build()));
      assertThat(findings(filed, day("2026-08-01"), RuleId.of("TAX_RETURN_OVERDUE"))).isEmpty();
    }

    @Test
    @DisplayName("A new row of the threshold table changes the outcome (every parameter a user sets counts)")
    void thresholds_are_data() {
      Association association = with(profile().addYears(year(2026, "1000.00").economicBusiness(euros("47000.00"))
          .build()));
      TaxThresholds lower = TaxThresholds.DEFAULT.with(new TaxThreshold(ThresholdKind.ECONOMIC_BUSINESS, 2026, 9999,
          euros("40000.00"), "a correction (test)", false));
      RuleEngine.Builder<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all());
      BuiltInRules.taxThresholds(lower).forEach(engine::replaceRule);
      assertThat(findings(association, day("2027-01-01"), RuleId.of("ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED"))).isEmpty();
      assertThat(engine.build().check(association, day("2027-01-01")).outcome(RuleId.of("ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED"))
          .orElseThrow().findings()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("12.2 Receipts: the authority of § 63 Abs. 5 AO and the amount in words")
  class Receipts {

    @Test
    @DisplayName("Vectors 16–21: five years from an exemption notice, three from a § 60a determination where no"
        + " exemption notice was ever issued, to the day; 29 Feb 2024 ends on 28 Feb 2029")
    void vectors_16_to_21() {
      List<ExemptionNotice> fb2021 = List.of(notice(NoticeKind.EXEMPTION_NOTICE, "2021-11-30"));
      assertThat(TaxLaw.receiptAuthority(fb2021, day("2026-11-30")).allows(day("2026-11-30"))).isTrue();
      assertThat(TaxLaw.receiptAuthority(fb2021, day("2026-12-01")).allows(day("2026-12-01"))).isFalse();
      List<ExemptionNotice> fb2021April = List.of(notice(NoticeKind.EXEMPTION_NOTICE, "2021-04-01"));
      assertThat(TaxLaw.receiptAuthority(fb2021April, day("2026-04-02")).until()).contains(day("2026-04-01"));
      List<ExemptionNotice> only60a = List.of(notice(NoticeKind.STATUTE_DETERMINATION, "2024-06-10"));
      TaxLaw.Authority authority = TaxLaw.receiptAuthority(only60a, day("2027-06-11"));
      assertThat(authority.allows(day("2027-06-10"))).isTrue();
      assertThat(authority.allows(day("2027-06-11"))).isFalse();
      assertThat(authority.calendarYearsReading()).contains(day("2027-12-31"));
      List<ExemptionNotice> both = List.of(notice(NoticeKind.STATUTE_DETERMINATION, "2023-05-02"),
          notice(NoticeKind.EXEMPTION_NOTICE, "2025-09-15"));
      assertThat(TaxLaw.receiptAuthority(both, day("2030-09-15")).allows(day("2030-09-15"))).isTrue();
      assertThat(TaxLaw.receiptAuthority(both, day("2030-09-16")).allows(day("2030-09-16"))).isFalse();
      assertThat(TaxLaw.receiptAuthority(List.of(notice(NoticeKind.EXEMPTION_NOTICE, "2024-02-29")), day("2029-01-01"))
          .until()).contains(day("2029-02-28"));
    }

    @Test
    @DisplayName("TAX_NOTICE_EXPIRING: the Musterverein's notice of 30 Nov 2021 warns 8 days before its end and says"
        + " so once ended; NExT's assumed notice names the assumption only when it warns")
    void the_notice_rule() {
      Association musterverein = Musterverein.association();
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("TAX_NOTICE_EXPIRING"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("The exemption notice"
              + " of 30 November 2021 allows donation receipts only up to 30 November 2026, 8 days from now; ask the"
              + " tax office for a new notice in time."));
      assertThat(findings(musterverein, day("2026-12-01"), RuleId.of("TAX_NOTICE_EXPIRING"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.GERMAN)).isEqualTo("Der Freistellungsbescheid"
              + " vom 30. November 2021 erlaubte Zuwendungsbestätigungen nur bis zum 30. November 2026: bis ein neuer"
              + " Bescheid vorliegt, darf keine Bestätigung ausgestellt werden."));
      assertThat(findings(musterverein, day("2026-06-02"), RuleId.of("TAX_NOTICE_EXPIRING"))).isEmpty();
      assertThat(findings(musterverein, day("2026-06-03"), RuleId.of("TAX_NOTICE_EXPIRING"))).hasSize(1);
      Association next = NextSeeds.association();
      assertThat(Fixtures.check(next, day("2026-12-07")).outcome(RuleId.of("TAX_NOTICE_EXPIRING")).orElseThrow()
          .deadlines()).singleElement().satisfies(deadline -> assertThat(deadline.dueBy()).isEqualTo(day("2029-01-15")));
      assertThat(findings(next, day("2028-12-01"), RuleId.of("TAX_NOTICE_EXPIRING")).get(0).facts())
          .anySatisfy(fact -> assertThat(fact.name()).isEqualTo("assumption"));
      RuleEngine<Association> shortLead = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRule(BuiltInRules.taxNoticeExpiring(7)).build();
      assertThat(shortLead.check(musterverein, day("2026-11-22")).outcome(RuleId.of("TAX_NOTICE_EXPIRING"))
          .orElseThrow().findings()).isEmpty();
    }

    @Test
    @DisplayName("§ 63 Abs. 5 AO: each kind of notice is named with its article as German declines it, in the finding and"
        + " the deadline (die Anlage, des Freistellungsbescheids)")
    void each_kind_of_notice_reads_as_german_declines_it() {
      String[][] expected = {
          {"EXEMPTION_NOTICE", "Der Freistellungsbescheid vom 1. Juni 2022 erlaubt", "aufgrund des Freistellungsbescheids"
              + " vom 1. Juni 2022."},
          {"ASSESSMENT_ANNEX", "Die Anlage zum Körperschaftsteuerbescheid vom 1. Juni 2022 erlaubt", "aufgrund der"
              + " Anlage zum Körperschaftsteuerbescheid vom 1. Juni 2022."},
          {"STATUTE_DETERMINATION", "Der Feststellungsbescheid nach § 60a AO vom 1. Juni 2022 erlaubt", "aufgrund des"
              + " Feststellungsbescheids nach § 60a AO vom 1. Juni 2022."}};
      for (String[] row : expected) {
        NoticeKind kind = NoticeKind.valueOf(row[0]);
        Association association = with(profile().addNotices(notice(kind, "2022-06-01")));
        LocalDate lastDay = kind == NoticeKind.STATUTE_DETERMINATION ? day("2025-06-01") : day("2027-06-01");
        Outcome outcome = Fixtures.check(association, lastDay.minusDays(10)).outcome(RuleId.of("TAX_NOTICE_EXPIRING"))
            .orElseThrow();
        assertThat(outcome.findings()).singleElement().satisfies(finding ->
            assertThat(finding.message().render(Locale.GERMAN)).as(row[0]).startsWith(row[1]));
        assertThat(outcome.deadlines()).singleElement().satisfies(deadline ->
            assertThat(deadline.message().render(Locale.GERMAN)).as(row[0]).endsWith(row[2]));
      }
    }

    @Test
    @DisplayName("Vectors 22–24: 1,246 in one word or digit by digit; 1,000 eintausend, 300 dreihundert, 2,500"
        + " zweitausendfünfhundert, 101 einhunderteins, 21 einundzwanzig, 1 eins; 1,000.00 with einhundert mismatches")
    void vectors_22_to_24() {
      assertThat(AmountInWords.words(1246)).isEqualTo("eintausendzweihundertsechsundvierzig");
      assertThat(AmountInWords.agrees(euros("1246.00"), "eintausendzweihundertsechsundvierzig")).isTrue();
      assertThat(AmountInWords.agrees(euros("1246.00"), "X eins – zwei – vier – sechs X")).isTrue();
      assertThat(List.of(1000L, 300L, 2500L, 101L, 21L, 1L).stream().map(AmountInWords::words).toList())
          .containsExactly("eintausend", "dreihundert", "zweitausendfünfhundert", "einhunderteins", "einundzwanzig",
              "eins");
      assertThat(AmountInWords.agrees(euros("1000.00"), "einhundert")).isFalse();
      assertThat(AmountInWords.euros(euros("12.50"))).isEqualTo("zwölf 50/100 Euro");
      assertThat(AmountInWords.words(1_000_000)).isEqualTo("eine Million");
      assertThat(AmountInWords.words(2_000_001)).isEqualTo("zwei Millionen eins");
    }

    private DonationReceipt.Builder receipt(String number, String issued, String total, String words) {
      return DonationReceipt.builder().number(number).donor("Petra Pauli").issuedOn(day(issued))
          .form(ReceiptForm.MONEY).total(euros(total)).amountInWords(words);
    }

    private ReceiptItem item(String date, String amount, ReceiptItemKind kind) {
      return ReceiptItem.builder().date(day(date)).amount(euros(amount)).kind(kind).build();
    }

    @Test
    @DisplayName("RECEIPT_WRONG_FORM, BMF 7 Nov 2013: a gift in kind on the money template, money on the in-kind"
        + " template, two donations on a single receipt and a gift in kind in a collective receipt are ERRORs")
    void receipts_on_the_wrong_template() {
      TaxProfile.Builder register = profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("w1", "2026-02-01", "200.00", "zweihundert Euro")
                  .addItems(item("2026-01-10", "200.00", ReceiptItemKind.IN_KIND)).build(),
              receipt("w2", "2026-02-01", "200.00", "zweihundert Euro").form(ReceiptForm.IN_KIND)
                  .addItems(item("2026-01-10", "200.00", ReceiptItemKind.DONATION)).build(),
              receipt("w3", "2026-02-01", "300.00", "dreihundert Euro")
                  .addItems(item("2026-01-10", "100.00", ReceiptItemKind.DONATION),
                      item("2026-02-10", "200.00", ReceiptItemKind.DONATION)).build(),
              receipt("w4", "2026-02-01", "300.00", "dreihundert Euro").form(ReceiptForm.COLLECTIVE)
                  .addItems(item("2026-01-10", "100.00", ReceiptItemKind.FEE),
                      item("2026-02-10", "200.00", ReceiptItemKind.IN_KIND)).build(),
              receipt("ok", "2026-02-01", "300.00", "dreihundert Euro").form(ReceiptForm.COLLECTIVE)
                  .addItems(item("2026-01-10", "100.00", ReceiptItemKind.FEE),
                      item("2026-02-10", "200.00", ReceiptItemKind.DONATION)).build());
      List<Finding> found = findings(with(register), day("2026-12-07"), RuleId.of("RECEIPT_WRONG_FORM"));
      assertThat(found).extracting(Finding::path).containsExactly("/tax/receipts/0/form", "/tax/receipts/1/form",
          "/tax/receipts/2/form", "/tax/receipts/3/form");
      assertThat(found).extracting(finding -> finding.message().render(Locale.ENGLISH)).containsExactly(
          "Receipt w1 confirms a gift in kind on the template for money and membership fees; a gift in kind needs the"
              + " template for gifts in kind.",
          "Receipt w2 confirms money on the template for gifts in kind; money and fees need the template for money"
              + " and fees.",
          "Receipt w3 confirms 2 items on the template for money and membership fees; several items need a collective"
              + " receipt (Sammelbestätigung).",
          "Receipt w4 is a collective receipt with a gift in kind; a collective receipt confirms money and fees only.");
      assertThat(found.get(2).message().render(Locale.GERMAN)).isEqualTo("Die Bestätigung w3 bestätigt 2 Zuwendungen"
          + " auf dem Muster für Geldzuwendungen und Mitgliedsbeiträge; mehrere Zuwendungen brauchen eine"
          + " Sammelbestätigung.");
      assertThat(found.get(0).citation().source())
          .isEqualTo("BMF-Schreiben vom 7. November 2013, BStBl I 2013, 1333 (Muster für Zuwendungsbestätigungen)");
    }

    @Test
    @DisplayName("RECEIPT_TEMPLATE_TEXT_DEVIATES, BMF 7 Nov 2013: a recorded wording with every passage passes; one"
        + " with the § 60a alternative under an exemption notice, or without the § 63 Abs. 5 note, is an ERROR;"
        + " RECEIPT_PAGE_LIMIT_EXCEEDED: a front side of two pages is a WARNING")
    void recorded_wordings_and_pages() {
      ExemptionNotice exemption = notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10");
      String full = ReceiptTemplate.required(ReceiptForm.MONEY, exemption).stream()
          .map(ReceiptTemplate.Passage::text).collect(java.util.stream.Collectors.joining("\n … \n"));
      String determination = full.replace(ReceiptTemplate.Passage.EXEMPTION_ALTERNATIVE.text(),
          ReceiptTemplate.Passage.DETERMINATION_ALTERNATIVE.text());
      String noNote = full.replace(ReceiptTemplate.Passage.AUTHORITY_NOTE.text(), "");
      String hyphenated = full.replace("Zuwendungsbestätigung", "Zuwendungs\u00adbestätigung").replace(" ", "  \n");
      List<String> messages = new java.util.ArrayList<>();
      for (String wording : List.of(full, hyphenated, determination, noNote)) {
        Association association = with(profile().addNotices(exemption)
            .addReceipts(receipt("r1", "2026-02-01", "250.00", "zweihundertfünfzig Euro").wording(wording)
                .addItems(item("2026-01-10", "250.00", ReceiptItemKind.DONATION)).build()));
        findings(association, day("2026-12-07"), RuleId.of("RECEIPT_TEMPLATE_TEXT_DEVIATES"))
            .forEach(finding -> messages.add(finding.message().render(Locale.ENGLISH)));
      }
      assertThat(messages).containsExactly(
          "Receipt r1 prints the § 60a AO determination's alternative, though the exemption notice's alternative"
              + " applies on its day of issue, and lacks a passage of the official template (missing or reworded):"
              + " the exemption notice's alternative.",
          "Receipt r1 lacks a passage of the official template in its wording (missing or reworded): the note on the"
              + " age of the notice (§ 63 Abs. 5 AO).");
      for (String[] vector : List.of(new String[] {"1", "0"}, new String[] {"2", "1"})) {
        Association association = with(profile().addNotices(exemption)
            .addReceipts(receipt("r1", "2026-02-01", "250.00", "zweihundertfünfzig Euro")
                .frontPages(Integer.parseInt(vector[0]))
                .addItems(item("2026-01-10", "250.00", ReceiptItemKind.DONATION)).build()));
        List<Finding> found = findings(association, day("2026-12-07"), RuleId.of("RECEIPT_PAGE_LIMIT_EXCEEDED"));
        assertThat(found).as(vector[0]).hasSize(Integer.parseInt(vector[1]));
        found.forEach(finding -> assertThat(finding.message().render(Locale.GERMAN)).isEqualTo("Die Vorderseite der"
            + " Bestätigung r1 umfasste 2 Seiten; das amtliche Muster erlaubt eine DIN-A4-Seite (eine Anlage darf"
            + " folgen)."));
      }
    }

    @Test
    @DisplayName("§ 50 EStDV, § 10b Abs. 1 Satz 8 EStG: a year's receipts — each giver's money donations and fees on one"
        + " receipt (collective for several), numbered on, words for the total; what a receipt confirms already, gifts"
        + " in kind and fees a Heimatverein may not confirm are left out with their reason")
    void a_years_receipts() {
      Association musterverein = Musterverein.association();
      ReceiptIssue heimat = ReceiptIssue.forYear(musterverein, Year.of(2026), day("2026-11-20"));
      assertThat(heimat.receipts()).extracting(draft -> draft.receipt().getNumber() + " " + draft.giver() + " "
          + draft.receipt().getForm() + " " + draft.receipt().getTotal().getAmount().toPlainString() + " "
          + draft.receipt().getAmountInWords()).containsExactly(
              "2026-003 Bernd Becker COLLECTIVE 250.00 zweihundertfünfzig Euro",
              "2026-004 Petra Pauli MONEY 80.00 achtzig Euro",
              "2026-005 Frank Fuchs IN_KIND 120.00 einhundertzwanzig Euro");
      assertThat(heimat.receipts().get(0).sources()).containsExactly("/tax/donations/2", "/tax/donations/3");
      // Bernd Becker's refused, the register stays without gaps: Petra Pauli's receipt takes 2026-003.
      assertThat(heimat.keep(List.of(heimat.receipts().get(1)))).extracting(draft -> draft.receipt().getNumber()
          + " " + draft.giver()).containsExactly("2026-003 Petra Pauli");
      // Issued on 1 March 2026, nothing received later is confirmed: Bernd Becker's first donation alone.
      assertThat(ReceiptIssue.forYear(musterverein, Year.of(2026), day("2026-03-01")).receipts())
          .extracting(draft -> draft.giver() + " " + draft.receipt().getTotal().getAmount().toPlainString())
          .containsExactly("Bernd Becker 100.00");
      assertThat(heimat.left()).extracting(ReceiptIssue.Left::reason)
          .containsOnly(ReceiptIssue.Reason.FEE_NOT_DEDUCTIBLE);
      assertThat(heimat.receipts().get(2).receipt().getItems().get(0).getDescription())
          .hasValueSatisfying(text -> assertThat(text).startsWith("Zwölf Bände der Beispielstädter Chronik"));
      assertThat(ReceiptIssue.forYear(musterverein, Year.of(2025), day("2026-11-20")).left())
          .filteredOn(left -> left.reason() == ReceiptIssue.Reason.ALREADY_CONFIRMED).singleElement()
          .satisfies(left -> assertThat(left.source()).isEqualTo("/tax/donations/0"));
      // The same records where the purposes allow fees (Volks- und Berufsbildung, Nr. 7): Bernd Becker's fee joins
      // his donations, every paying member gets a receipt, and the issued ones pass the rules on the day of issue.
      Association education = ImmutableAssociation.copyOf(musterverein).withTax(musterverein.getTax().orElseThrow()
          .toBuilder().purposes(List.of(TaxPurpose.of("Förderung der Volks- und Berufsbildung", 7))).build());
      ReceiptIssue fees = ReceiptIssue.forYear(education, Year.of(2026), day("2026-11-20"));
      // Frank Fuchs's fee of 31 March 2026 is on receipt 2026-002 already.
      assertThat(fees.left()).extracting(left -> left.giver() + " " + left.reason())
          .containsExactly("Frank Fuchs ALREADY_CONFIRMED");
      ReceiptIssue.Draft becker = fees.receipts().stream().filter(draft -> draft.giver().equals("Bernd Becker"))
          .findFirst().orElseThrow();
      assertThat(becker.receipt().getItems()).extracting(ReceiptItem::getKind).containsExactly(
          ReceiptItemKind.DONATION, ReceiptItemKind.FEE, ReceiptItemKind.DONATION);
      assertThat(becker.receipt().getAmountInWords()).isEqualTo("dreihundertzehn Euro");
      Association issued = ReceiptIssue.withReceipts(education, fees.receipts());
      int first = education.getTax().orElseThrow().getReceipts().size();
      List<Finding> errors = Fixtures.check(issued, day("2026-11-20")).findings().stream()
          .filter(finding -> finding.severity() == Severity.ERROR && finding.path().startsWith("/tax/receipts/"))
          .filter(finding -> Integer.parseInt(finding.path().replaceAll("^/tax/receipts/([0-9]+).*$", "$1")) >= first)
          .toList();
      assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("Vectors 28, 29, § 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV: a complete voucher for 300.00 suffices, for"
        + " 300.01 a formal receipt is needed; a voucher for 50.00 without \"Spende oder Mitgliedsbeitrag\" is a"
        + " WARNING")
    void vectors_28_29_vouchers() {
      String complete = "Musterverein Beispielstadt e. V. bestätigt den Eingang Ihrer Spende. Wir fördern die"
          + " Heimatpflege (§ 52 Abs. 2 Satz 1 Nr. 22 AO) und sind nach dem Freistellungsbescheid des Finanzamtes"
          + " Beispielstadt vom 10. Januar 2025 von der Körperschaftsteuer befreit.";
      String lacking = complete.replace("den Eingang Ihrer Spende", "den Eingang Ihrer Zahlung");
      List<String> messages = new java.util.ArrayList<>();
      for (String[] vector : List.of(new String[] {"300.00", complete}, new String[] {"300.01", complete},
          new String[] {"50.00", lacking})) {
        Association association = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
            .addDonations(Donation.builder().id("sp1").donor("Petra Pauli").day(day("2026-05-05"))
                .amount(euros(vector[0])).voucher(vector[1]).build()));
        findings(association, day("2026-12-07"), RuleId.of("RECEIPT_SIMPLIFIED_BELEG_INCOMPLETE"))
            .forEach(finding -> messages.add(finding.path() + " " + finding.message().render(Locale.ENGLISH)));
      }
      assertThat(messages).containsExactly(
          "/tax/donations/0/voucher The voucher given to Petra Pauli for €300.01 of 5 May 2026 does not suffice:"
              + " above €300.00 the donor needs a formal receipt.",
          "/tax/donations/0/voucher The voucher given to Petra Pauli for €50.00 of 5 May 2026 does not state whether"
              + " it is a donation or a membership fee; with the bank record it replaces the formal receipt only if"
              + " it does.");
      assertThat(TaxLaw.voucherLacks("Danke!", profile().build())).containsExactly(TaxLaw.VoucherElement.PURPOSE,
          TaxLaw.VoucherElement.NOTICE, TaxLaw.VoucherElement.DONATION_OR_FEE);
    }

    @Test
    @DisplayName("RECEIPT_TRANSMISSION_LATE, § 93c AO, § 108 Abs. 3 AO: the data of 2026 are due by Mon 1 Mar 2027"
        + " (28 Feb a Sunday); transmitted that day in time, on 2 Mar an ERROR")
    void receipt_data_transmitted_late() {
      assertThat(TaxLaw.transmissionDeadline(Year.of(2026), PublicHolidays.of(FederalState.BE)))
          .isEqualTo(day("2027-03-01"));
      assertThat(TaxLaw.transmissionDeadline(Year.of(2023), PublicHolidays.of(FederalState.BE)))
          .as("29 Feb 2024 a Thursday").isEqualTo(day("2024-02-29"));
      for (String[] vector : List.of(new String[] {"2027-03-01", "0"}, new String[] {"2027-03-02", "1"})) {
        Association association = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
            .addReceipts(receipt("t1", "2027-01-15", "500.00", "fünfhundert Euro").transmittedOn(day(vector[0]))
                .addItems(item("2026-06-10", "500.00", ReceiptItemKind.DONATION)).build()));
        assertThat(findings(association, day("2027-06-01"), RuleId.of("RECEIPT_TRANSMISSION_LATE"))).as(vector[0])
            .hasSize(Integer.parseInt(vector[1]));
      }
      Association late = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("t1", "2027-01-15", "500.00", "fünfhundert Euro").transmittedOn(day("2027-03-02"))
              .addItems(item("2026-06-10", "500.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(late, day("2027-06-01"), RuleId.of("RECEIPT_TRANSMISSION_LATE")).get(0).message()
          .render(Locale.ENGLISH)).isEqualTo("The data of receipt t1 for donations of 2026 were transmitted on"
              + " 2 March 2027, after the last day, 1 March 2027.");
    }

    @Test
    @DisplayName("Vectors 17, 18 on the register: a receipt issued on 2 Apr 2026 under a notice of 1 Apr 2021 is an"
        + " ERROR though the donation was in March, and names the liability; without any notice another ERROR")
    void receipts_under_the_notice() {
      Association late = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2021-04-01"))
          .addReceipts(receipt("r1", "2026-04-02", "1000.00", "eintausend Euro")
              .addItems(item("2026-03-10", "1000.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(late, day("2026-12-07"), RuleId.of("RECEIPT_NOT_ALLOWED_NOTICE_EXPIRED"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("Receipt r1 was"
              + " issued on 2 April 2026, after 1 April 2026, the last day the notice allowed; whoever issued it may"
              + " be liable for €300.00 (§ 10b Abs. 4 EStG)."));
      Association none = with(profile().addReceipts(receipt("r1", "2026-04-02", "1000.00", "eintausend Euro")
          .addItems(item("2026-03-10", "1000.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(none, day("2026-12-07"), RuleId.of("RECEIPT_NOT_ALLOWED_NO_NOTICE"))).hasSize(1);
      assertThat(findings(none, day("2026-04-01"), RuleId.of("RECEIPT_NOT_ALLOWED_NO_NOTICE"))).isEmpty();
    }

    @Test
    @DisplayName("Vectors 24–27 on the register: words against figures, a fee by a sports club (not by NExT), a"
        + " ticket, an annex of 440.00 under a total of 450.00")
    void receipts_on_the_register() {
      TaxProfile.Builder valid = profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"));
      Association words = with(valid.addReceipts(receipt("r1", "2026-02-01", "1000.00", "einhundert Euro")
          .addItems(item("2026-01-10", "1000.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(words, day("2026-12-07"), RuleId.of("RECEIPT_AMOUNT_WORDS_MISMATCH"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).isEqualTo("Receipt r1 confirms"
              + " €1,000.00 but writes \"einhundert Euro\"; in words: \"eintausend Euro\"."));
      Association sports = with(TaxProfile.builder().taxOffice("Finanzamt Beispielstadt")
          .addPurposes(TaxPurpose.of("Förderung des Sports", 21))
          .addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("r2", "2026-02-01", "60.00", "sechzig Euro")
              .addItems(item("2026-01-10", "60.00", ReceiptItemKind.FEE)).build()));
      assertThat(findings(sports, day("2026-12-07"), RuleId.of("RECEIPT_FEE_NOT_DEDUCTIBLE"))).hasSize(1);
      Association next = ImmutableAssociation.copyOf(NextSeeds.association()).withTax(NextSeeds.association().getTax()
          .orElseThrow().toBuilder().addReceipts(receipt("r2", "2026-02-01", "60.00", "sechzig Euro")
              .addItems(item("2026-01-10", "60.00", ReceiptItemKind.FEE)).build()).build());
      assertThat(findings(next, day("2026-12-07"), RuleId.of("RECEIPT_FEE_NOT_DEDUCTIBLE"))).isEmpty();
      Association ticket = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("r3", "2026-02-01", "150.00", "einhundertfünfzig Euro")
              .addItems(ReceiptItem.builder().date(day("2026-01-10")).amount(euros("150.00"))
                  .kind(ReceiptItemKind.DONATION).consideration("Konferenzticket").build()).build()));
      assertThat(findings(ticket, day("2026-12-07"), RuleId.of("RECEIPT_FOR_CONSIDERATION"))).hasSize(1);
      for (String[] vector : List.of(new String[] {"450.00", "0"}, new String[] {"440.00", "1"})) {
        Association collective = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
            .addReceipts(DonationReceipt.builder().number("s1").donor("Petra Pauli").issuedOn(day("2026-12-01"))
                .form(ReceiptForm.COLLECTIVE).total(euros(vector[0])).amountInWords("vierhundertfünfzig Euro")
                .addItems(item("2026-02-01", "100.00", ReceiptItemKind.DONATION),
                    item("2026-06-01", "150.00", ReceiptItemKind.DONATION),
                    item("2026-11-02", "200.00", ReceiptItemKind.DONATION)).build()));
        assertThat(findings(collective, day("2026-12-07"), RuleId.of("RECEIPT_COLLECTIVE_SUM_MISMATCH")))
            .as(vector[0]).hasSize(Integer.parseInt(vector[1]));
      }
      Association noCopy = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("r4", "2026-02-01", "50.00", "fünfzig Euro").copyKept(false)
              .addItems(item("2026-01-10", "50.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(noCopy, day("2026-12-07"), RuleId.of("RECEIPT_COPY_MISSING"))).hasSize(1);
    }

    @Test
    @DisplayName("Vectors 28, 30 and the register's own checks: 300.00 may go without a receipt, 300.01 not; a"
        + " receipt to Wiesbaden is lawful but useless; a donation confirmed twice; a collective receipt over two years")
    void more_of_the_register() {
      for (String[] vector : List.of(new String[] {"300.00", "1"}, new String[] {"300.01", "0"})) {
        Association simple = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
            .addReceipts(receipt("r1", "2026-02-01", vector[0], AmountInWords.euros(euros(vector[0])))
                .addItems(item("2026-01-10", vector[0], ReceiptItemKind.DONATION)).build()));
        assertThat(findings(simple, day("2026-12-07"), RuleId.of("RECEIPT_SIMPLIFIED_PROOF_AVAILABLE"))).as(vector[0])
            .hasSize(Integer.parseInt(vector[1]));
      }
      Association next = NextSeeds.association();
      Association wiesbaden = ImmutableAssociation.copyOf(next).withTax(next.getTax().orElseThrow().toBuilder()
          .addReceipts(DonationReceipt.builder().number("r9").donor("wiesbaden").issuedOn(day("2026-02-01"))
              .form(ReceiptForm.MONEY).addItems(item("2026-01-15", "1000.00", ReceiptItemKind.FEE))
              .total(euros("1000.00")).amountInWords("eintausend Euro").build()).build());
      assertThat(findings(wiesbaden, day("2026-12-07"), RuleId.of("RECEIPT_TO_NON_TAXPAYER"))).singleElement()
          .satisfies(finding -> assertThat(finding.message().render(Locale.ENGLISH)).contains("Landeshauptstadt"
              + " Wiesbaden, a public authority that pays no income tax"));
      Association twice = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(receipt("r1", "2026-02-01", "500.00", "fünfhundert Euro")
                  .addItems(item("2026-01-10", "500.00", ReceiptItemKind.DONATION)).build(),
              receipt("r2", "2026-03-01", "500.00", "fünfhundert Euro")
                  .addItems(item("2026-01-10", "500.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(twice, day("2026-12-07"), RuleId.of("RECEIPT_DUPLICATE"))).singleElement()
          .satisfies(finding -> assertThat(finding.path()).isEqualTo("/tax/receipts/1"));
      Association spans = with(profile().addNotices(notice(NoticeKind.EXEMPTION_NOTICE, "2025-01-10"))
          .addReceipts(DonationReceipt.builder().number("s1").donor("Petra Pauli").issuedOn(day("2026-02-01"))
              .form(ReceiptForm.COLLECTIVE).total(euros("300.00")).amountInWords("dreihundert Euro")
              .addItems(item("2025-12-01", "100.00", ReceiptItemKind.DONATION),
                  item("2026-01-05", "200.00", ReceiptItemKind.DONATION)).build()));
      assertThat(findings(spans, day("2026-12-07"), RuleId.of("RECEIPT_COLLECTIVE_SPANS_YEARS"))).hasSize(1);
    }

    @Test
    @DisplayName("The Musterverein's register: the donation receipt stands, the fee receipt of a Heimatverein is"
        + " refused (§ 10b Abs. 1 Satz 8 EStG); the receipt copy is kept as a voucher to 2034 (vector 67's rule)")
    void the_musterverein_register() {
      Association musterverein = Musterverein.association();
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("RECEIPT_FEE_NOT_DEDUCTIBLE"))).singleElement()
          .satisfies(finding -> assertThat(finding.path()).isEqualTo("/tax/receipts/1"));
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("RECEIPT_NOT_ALLOWED_NOTICE_EXPIRED"))).isEmpty();
      assertThat(findings(musterverein, day("2026-11-22"), RuleId.of("RECEIPT_AMOUNT_WORDS_MISMATCH"))).isEmpty();
      de.nextnetz.rules.law.Retention fuchs = de.nextnetz.rules.law.Retention.of(musterverein, 5, day("2026-12-07"));
      assertThat(fuchs.holdings()).filteredOn(holding -> holding.kind() == de.nextnetz.rules.law.HoldingKind.VOUCHERS)
          .singleElement().satisfies(vouchers -> {
            assertThat(vouchers.paths()).contains("/tax/receipts/1");
            assertThat(vouchers.keepUntil()).contains(day("2034-12-31"));
          });
    }

    @Test
    @DisplayName("Vector 31: an incorrect receipt over 5,000.00 costs 1,500.00, the trade-tax part 750.00"
        + " (§ 10b Abs. 4 EStG)")
    void vector_31() {
      assertThat(TaxLaw.liability(euros("5000.00"))).isEqualTo(euros("1500.00"));
      assertThat(TaxLaw.tradeTaxLiability(euros("5000.00"))).isEqualTo(euros("750.00"));
    }
  }

  /** A second, plain reading of German numerals: by the place of each digit, written from scratch. */
  static String plainWords(long n) {
    if (n == 0) {
      return "null";
    }
    String[] units = {"", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
    String[] teens = {"zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
        "neunzehn"};
    String[] tens = {"", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"};
    java.util.function.LongFunction<String> under100 = x -> {
      if (x < 10) {
        return units[(int) x];
      }
      if (x < 20) {
        return teens[(int) x - 10];
      }
      long u = x % 10;
      String unit = u == 0 ? "" : (u == 1 ? "ein" : units[(int) u]) + "und";
      return unit + tens[(int) (x / 10)];
    };
    java.util.function.LongFunction<String> under1000 = x -> {
      long h = x / 100;
      String hundreds = h == 0 ? "" : (h == 1 ? "ein" : units[(int) h]) + "hundert";
      return hundreds + under100.apply(x % 100);
    };
    StringBuilder out = new StringBuilder();
    long millions = n / 1_000_000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (millions > 0) {
      String m = under1000.apply(millions);
      out.append(millions == 1 ? "eine Million" : (m.endsWith("eins") ? m.substring(0, m.length() - 1) : m)
          + " Millionen");
      if (thousands > 0 || rest > 0) {
        out.append(' ');
      }
    }
    if (thousands > 0) {
      String t = under1000.apply(thousands);
      out.append(t.endsWith("eins") ? t.substring(0, t.length() - 1) : t).append("tausend");
    }
    out.append(under1000.apply(rest));
    return out.toString();
  }

  @Test
  @DisplayName("The amount in words agrees with a second, plain reading for every amount up to 1,000,000 euros")
  void every_amount_up_to_a_million() {
    for (long euros = 0; euros <= 1_000_000; euros++) {
      if (!AmountInWords.words(euros).equals(plainWords(euros))) {
        assertThat(AmountInWords.words(euros)).as(Long.toString(euros)).isEqualTo(plainWords(euros));
      }
    }
  }

  @FuzzTest
  void amounts_with_cents_read_back(FuzzedDataProvider data) {
    long cents = data.consumeLong(0, 100_000_000L);
    Money amount = Money.ofCents(cents, Money.EUR);
    String words = AmountInWords.euros(amount);
    assertThat(AmountInWords.agrees(amount, words)).as(words).isTrue();
    Money other = Money.ofCents(cents == 0 ? 1 : cents - 1, Money.EUR);
    assertThat(AmountInWords.agrees(other, words)).as(words + " against " + other).isFalse();
    assertThat(words).startsWith(plainWords(cents / 100)).doesNotContain("  ");
    assertThat(Optional.of(words)).isPresent();
  }
}
