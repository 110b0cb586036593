package de.nextnetz.domain.seeds;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.RegisterEntry;
import de.nextnetz.domain.RegisterFiling;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.AssemblyKind;
import de.nextnetz.domain.assembly.Consent;
import de.nextnetz.domain.assembly.Convener;
import de.nextnetz.domain.assembly.ConvenerKind;
import de.nextnetz.domain.assembly.ExcludedVoter;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.assembly.Minutes;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.ResolutionResult;
import de.nextnetz.domain.assembly.Vote;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.board.SeatEnd;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.CreditorId;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.dues.Iban;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.PaymentMethod;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.tax.Allowance;
import de.nextnetz.domain.tax.AllowanceKind;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.Donation;
import de.nextnetz.domain.tax.InKindOrigin;
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
import de.nextnetz.domain.membership.DataRequestKind;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.statute.Clause;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.MajorityBase;
import de.nextnetz.domain.statute.Season;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.TaxClause;
import de.nextnetz.domain.statute.TaxElement;
import de.nextnetz.domain.time.FederalState;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Musterverein Beispielstadt e. V.: a plainly fictional association that is not NExT, with a
 * complete Satzung as data (every parameter of the law of the general assembly with its numbered
 * clause) and a history from 2019 to 2026 of assemblies, resolutions, exits, minority demands and
 * register filings that exercises every rule of that law, lawful and not. It shows that the library
 * serves any e. V.: its own Satzung as data, the BGB's default where the Satzung is silent (here:
 * the purpose change, § 33 Abs. 1 Satz 2 BGB, and the form of a minority demand, § 37 Abs. 1 BGB).
 *
 * <p>Its dues since 2024: 48 EUR a year under the first Satzung, 60 EUR under the change of 2025 (prorated by
 * months from then), due on 31 March; most members pay by direct debit, some by transfer; one paid late, one
 * partly, one twice, one has not paid 2026, one direct-debit member has no mandate and one a mandate unused since
 * 2023. The IBANs are fictional (valid check digits, invented accounts).
 */
public final class Musterverein {

  /** The first version of the Satzung, in force from the founding. */
  public static final LocalDate FOUNDED = LocalDate.of(2019, 5, 1);

  /** The day the statute change of 15 March 2025 was entered in the register (§ 71 BGB). */
  public static final LocalDate CHANGE_ENTERED = LocalDate.of(2025, 6, 2);

  private Musterverein() {}

  /** {@return the association, 13 members, board elected on 16 March 2024, five general assemblies} */
  public static Association association() {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      String n = String.format("%02d", i);
      Member.Builder member = Member.builder().id("m" + n).kind(MembershipKind.PERSONAL)
          .person(Person.of("p" + n, NAMES.get(i - 1))).start(i <= 12 ? FOUNDED : LocalDate.of(2024, 3, 1))
          .founding(i <= 12);
      if (i == 5) {
        member.end(LocalDate.of(2025, 12, 31));
      }
      if (DEBTORS.contains(i)) {
        member.paymentMethod(PaymentMethod.DIRECT_DEBIT);
        if (i != 9) {
          member.mandate(mandate(i));
        }
      } else {
        member.paymentMethod(PaymentMethod.TRANSFER);
      }
      members.add(member.build());
    }
    Board board = Board.builder()
        // The board over time: the chair re-elected without interruption since the founding, the vice chair
        // resigned on 30 June 2026 (not yet filed, § 67 BGB), the treasurer changed at the election of 2024 (filed).
        .addSeat(BoardSeat.builder().person(members.get(0).getPerson().orElseThrow()).role(BoardRole.CHAIR)
            .electedOn(FOUNDED).build())
        .addSeat(BoardSeat.builder().person(members.get(1).getPerson().orElseThrow()).role(BoardRole.VICE_CHAIR)
            .electedOn(FOUNDED).until(LocalDate.of(2026, 6, 30)).endReason(SeatEnd.RESIGNATION).build())
        .addSeat(BoardSeat.builder().person(members.get(4).getPerson().orElseThrow()).role(BoardRole.TREASURER)
            .electedOn(FOUNDED).until(LocalDate.of(2024, 3, 15)).endReason(SeatEnd.TERM).build())
        .addSeat(BoardSeat.builder().person(members.get(2).getPerson().orElseThrow()).role(BoardRole.TREASURER)
            .electedOn(LocalDate.of(2024, 3, 16)).build())
        .addElection(Election.builder().date(LocalDate.of(2024, 3, 16)).assemblyId("mv-2024").build())
        .build();
    return Association.builder()
        .name("Musterverein Beispielstadt")
        .shortName("Musterverein")
        .foundingDate(FOUNDED)
        .seat("Beispielstadt")
        .seatState(FederalState.NI)
        .registerEntry(RegisterEntry.of("Amtsgericht Beispielstadt", "VR 1234"))
        .purpose("Förderung der Heimatpflege in Beispielstadt (§ 2 der Satzung; fictional)")
        .statute(Statute.builder().addVersion(statute(FOUNDED, "Satzung vom 1. Mai 2019", false))
            .addVersion(statute(CHANGE_ENTERED, "Satzung in der Fassung vom 15. März 2025", true)
                .toBuilder().adoptedBy("mv-2025-r1").build())
            .build())
        .members(members)
        .board(board)
        .addGeneralAssemblies(assembly2024(), assembly2025(), assemblyOnDemand(), assembly2026(), planned())
        .addExitDeclarations(exit("m05", LocalDate.of(2025, 9, 30), DeclarationForm.EMAIL),
            exit("m07", LocalDate.of(2025, 10, 1), DeclarationForm.ORAL),
            exit("m08", LocalDate.of(2026, 10, 15), DeclarationForm.LETTER))
        .addMinorityDemands(MinorityDemand.builder().id("md-1").receivedOn(LocalDate.of(2025, 9, 1))
                .addSupporters("m09", "m10", "m11").form(DeclarationForm.LETTER)
                .purpose("Aussprache über den Mitgliedsbeitrag").reasons("Die Erhöhung vom März 2025 ist umstritten.")
                .build(),
            MinorityDemand.builder().id("md-2").receivedOn(LocalDate.of(2026, 6, 1))
                .addSupporters("m10", "m11").form(DeclarationForm.EMAIL)
                .purpose("Abwahl des Vorstands").build(),
            MinorityDemand.builder().id("md-3").receivedOn(LocalDate.of(2026, 8, 3))
                .addSupporters("m10", "m11", "m12").form(DeclarationForm.LETTER)
                .purpose("Abwahl des Vorstands")
                .reasons("Der Vorstand hat die Versammlung vom 20. November 2025 nicht ordnungsgemäß einberufen.").build())
        .addRegisterFilings(RegisterFiling.builder().kind(RegisterFilingKind.BOARD_CHANGE)
                .electionDate(LocalDate.of(2024, 3, 16)).filedOn(LocalDate.of(2024, 4, 2))
                .enteredOn(LocalDate.of(2024, 5, 10)).build(),
            RegisterFiling.builder().kind(RegisterFilingKind.STATUTE_CHANGE).resolutionId("mv-2025-r1")
                .filedOn(LocalDate.of(2025, 4, 1)).enteredOn(CHANGE_ENTERED).build())
        .dues(dues())
        // Requests under the DSGVO: Eva Engel asked for erasure after leaving (answered in time: the books keep her
        // name, so her entry was restricted); Hans Hahn asked what is stored about him and has no answer yet.
        .addDataRequests(DataRequest.builder().id("dr-1").memberId("m05").kind(DataRequestKind.ERASURE)
                .receivedOn(LocalDate.of(2026, 1, 31)).answeredOn(LocalDate.of(2026, 2, 20)).build(),
            DataRequest.builder().id("dr-2").memberId("m08").kind(DataRequestKind.ACCESS)
                .receivedOn(LocalDate.of(2026, 10, 1)).build())
        .tax(tax())
        .build();
  }

  private static Money euros(String amount) {
    return Money.euros(amount);
  }

  /**
   * A complete tax profile: Heimatpflege (number 22 of § 52 Abs. 2 Satz 1 AO); the exemption notice of 30 November
   * 2021, which allows receipts up to 30 November 2026 (vectors 16, 17); 2024 within the timely-use exemption; 2025
   * above it, with the Christmas market's economic business over the § 64 Abs. 3 AO limit (vector 11) and the
   * trainer paid 3,100 EUR (vector 13); a free reserve for the inflows of 2023 resolved only in March 2026 (vector
   * 10's pattern); a receipt for a membership fee, which a Heimatverein may not confirm (vector 25).
   */
  private static TaxProfile tax() {
    return TaxProfile.builder()
        .taxOffice("Finanzamt Beispielstadt")
        .taxNumber("12/345/67890")
        .addPurposes(TaxPurpose.of("Förderung der Heimatpflege und Heimatkunde in Beispielstadt", 22))
        .addNotices(ExemptionNotice.builder().kind(NoticeKind.EXEMPTION_NOTICE).date(LocalDate.of(2021, 11, 30))
            .assessmentYear(java.time.Year.of(2020)).build())
        .addYears(TaxYear.builder().year(java.time.Year.of(2023)).ideal(euros("38000.00"))
                .assetManagement(euros("600.00")).purposeBusiness(euros("4000.00")).economicBusiness(euros("3000.00"))
                .assetManagementSurplus(euros("600.00")).purposeBusinessSurplus(euros("500.00"))
                .economicBusinessProfit(euros("400.00")).unused(euros("0.00")).build(),
            TaxYear.builder().year(java.time.Year.of(2024)).ideal(euros("36000.00"))
                .assetManagement(euros("900.00")).purposeBusiness(euros("4500.00")).economicBusiness(euros("2500.00"))
                .assetManagementSurplus(euros("900.00")).purposeBusinessSurplus(euros("600.00"))
                .economicBusinessProfit(euros("300.00")).unused(euros("0.00")).build(),
            TaxYear.builder().year(java.time.Year.of(2025)).ideal(euros("41000.00"))
                .assetManagement(euros("1200.00")).purposeBusiness(euros("5000.00"))
                .economicBusiness(euros("47000.00")).assetManagementSurplus(euros("1200.00"))
                .purposeBusinessSurplus(euros("800.00")).economicBusinessProfit(euros("6500.00"))
                .unused(euros("8000.00")).returnRequested(true).build())
        .addReserves(Reserve.builder().id("frei-2023").kind(ReserveKind.FREE).amount(euros("3000.00"))
            .inflowYear(java.time.Year.of(2023)).resolvedOn(LocalDate.of(2026, 3, 14)).build())
        .addAllowances(Allowance.builder().person("m04").kind(AllowanceKind.UEBUNGSLEITER)
            .year(java.time.Year.of(2025)).amount(euros("3100.00")).activity("Leitung der Heimatkundekurse").build())
        // The donations received: 2025 Anna Adler's (confirmed below) and Clara Conrad's; 2026 two of Bernd Becker,
        // one of a friend of the association and books given by Frank Fuchs.
        .addDonations(donation("sp-2025-1", "m01", LocalDate.of(2025, 12, 10), "250.00"),
            donation("sp-2025-2", "m03", LocalDate.of(2025, 9, 1), "50.00"),
            donation("sp-2026-1", "m02", LocalDate.of(2026, 2, 1), "100.00"),
            donation("sp-2026-2", "m02", LocalDate.of(2026, 6, 1), "150.00"),
            Donation.builder().id("sp-2026-3").donor("Petra Pauli").day(LocalDate.of(2026, 5, 5))
                .amount(euros("80.00")).voucher("Musterverein Beispielstadt e. V. dankt für Ihre Spende von 80,00 EUR."
                    + " Wir fördern die Heimatpflege und Heimatkunde in Beispielstadt und sind nach dem"
                    + " Freistellungsbescheid des Finanzamtes Beispielstadt vom 30. November 2021 von der"
                    + " Körperschaftsteuer befreit.").build(),
            Donation.builder().id("sp-2026-4").donor("m06").day(LocalDate.of(2026, 9, 12)).amount(euros("120.00"))
                .kind(ReceiptItemKind.IN_KIND).description("Zwölf Bände der Beispielstädter Chronik, 1998, gut erhalten,"
                    + " Kaufpreis 180 EUR").origin(InKindOrigin.PRIVATE).valuationDocuments(true).build())
        // Two receipts: a donation confirmed in time, and a membership fee a Heimatverein may not confirm
        // (§ 10b Abs. 1 Satz 8 EStG).
        .addReceipts(DonationReceipt.builder().number("2026-001").donor("m01").issuedOn(LocalDate.of(2026, 1, 20))
                .form(ReceiptForm.MONEY).addItems(ReceiptItem.builder().date(LocalDate.of(2025, 12, 10))
                    .amount(euros("250.00")).kind(ReceiptItemKind.DONATION).build())
                .total(euros("250.00")).amountInWords("zweihundertfünfzig Euro").build(),
            DonationReceipt.builder().number("2026-002").donor("m06").issuedOn(LocalDate.of(2026, 4, 10))
                .form(ReceiptForm.MONEY).addItems(ReceiptItem.builder().date(LocalDate.of(2026, 3, 31))
                    .amount(euros("60.00")).kind(ReceiptItemKind.FEE).build())
                .total(euros("60.00")).amountInWords("sechzig Euro").build())
        .build();
  }

  private static Donation donation(String id, String donor, LocalDate day, String amount) {
    return Donation.builder().id(id).donor(donor).day(day).amount(euros(amount)).build();
  }

  /** The members who pay by direct debit: m09 without a mandate, m10 with one unused since 2023. */
  private static final List<Integer> DEBTORS = List.of(1, 2, 3, 4, 6, 9, 10, 12);

  /** Fictional account numbers with valid check digits (ISO 13616). */
  private static final List<String> IBANS = List.of("DE38250500000001007919", "DE13250500000001015838",
      "DE85250500000001023757", "DE60250500000001031676", "DE35250500000001039595", "de10 2505 0000 0001 0475 14",
      "DE82250500000001055433", "DE57250500000001063352", "DE32250500000001071271", "DE07250500000001079190",
      "DE79250500000001087109", "DE54250500000001095028", "DE29250500000001102947");

  private static Mandate mandate(int member) {
    Mandate.Builder mandate = Mandate.builder()
        .reference(member == 12 ? "MV M 0012" : String.format("MV-M-%04d", member))
        .signedOn(member == 10 ? LocalDate.of(2019, 5, 20) : LocalDate.of(2024, 1, 15))
        .iban(new Iban(IBANS.get(member - 1)))
        .lastCollection(member == 10 ? LocalDate.of(2023, 3, 31) : LocalDate.of(2026, 3, 31));
    return mandate.build();
  }

  /** The fee years' due days (31 March, moved by § 193 BGB in Niedersachsen) and amounts. */
  private static final LocalDate DUE_2024 = LocalDate.of(2024, 4, 2);
  private static final LocalDate DUE_2025 = LocalDate.of(2025, 3, 31);
  private static final LocalDate DUE_2026 = LocalDate.of(2026, 3, 31);

  private static Dues dues() {
    Dues.Builder dues = Dues.builder().recordedFrom(LocalDate.of(2024, 1, 1))
        .creditorId(new CreditorId("DE98ZZZ09999999999")).account(new Iban("DE28250500000009999999"));
    for (int i : List.of(1, 2, 3, 4, 6, 12)) {
      dues.addPayments(payment("dd-2024-" + i, i, DUE_2024, "48.00"), payment("dd-2025-" + i, i, DUE_2025, "48.00"),
          payment("dd-2026-" + i, i, DUE_2026, "60.00"));
    }
    for (int i : List.of(9, 10, 11, 7, 8)) {
      dues.addPayments(payment("tr-2024-" + i, i, LocalDate.of(2024, 3, 20), "48.00"),
          payment("tr-2025-" + i, i, LocalDate.of(2025, 3, 25), "48.00"));
    }
    for (int i : List.of(9, 10)) {
      dues.addPayments(payment("tr-2026-" + i, i, LocalDate.of(2026, 3, 27), "60.00"));
    }
    return dues
        // m05 paid both years late; m07 paid half of 2026; m08 paid 2026 twice; m11 has not paid 2026.
        .addPayments(payment("tr-2024-5", 5, LocalDate.of(2024, 4, 10), "48.00"),
            payment("tr-2025-5", 5, LocalDate.of(2025, 5, 20), "48.00"),
            payment("tr-2026-7", 7, LocalDate.of(2026, 4, 15), "30.00"),
            Payment.builder().id("tr-2026-8").memberId("m08").day(LocalDate.of(2026, 3, 20))
                .amount(Money.euros("120.00")).feeYear(Year.of(2026)).reference("Beitrag 2026 Frank Fuchs").build(),
            // m13 joined on 1 March 2024; the board halved the first year's fee.
            payment("tr-2024-13", 13, LocalDate.of(2024, 3, 5), "24.00"),
            payment("tr-2025-13", 13, LocalDate.of(2025, 3, 3), "48.00"),
            payment("tr-2026-13", 13, LocalDate.of(2026, 3, 2), "60.00"))
        .addWriteOffs(WriteOff.builder().memberId("m13").feeYear(Year.of(2024)).amount(Money.euros("24.00"))
            .day(LocalDate.of(2024, 3, 10)).reason("Ermäßigung im Eintrittsjahr (Vorstandsbeschluss vom 10. März 2024)")
            .build())
        // The office reminded m11 twice of 2026; the calendar due day had put her in default already.
        .addDemands(FeeDemand.builder().memberId("m11").feeYear(Year.of(2026)).kind(FeeDemand.Kind.REMINDER)
                .receivedOn(LocalDate.of(2026, 4, 16)).build(),
            FeeDemand.builder().memberId("m11").feeYear(Year.of(2026)).kind(FeeDemand.Kind.REMINDER)
                .receivedOn(LocalDate.of(2026, 5, 4)).build())
        .build();
  }

  private static Payment payment(String id, int member, LocalDate day, String euros) {
    return Payment.builder().id(id).memberId(String.format("m%02d", member)).day(day).amount(Money.euros(euros))
        .feeYear(Year.of(day.getYear())).reference("Mitgliedsbeitrag " + day.getYear()).build();
  }

  private static final List<String> NAMES = List.of("Anna Adler", "Bernd Becker", "Clara Conrad", "Dieter Dorn",
      "Eva Engel", "Frank Fuchs", "Gerda Graf", "Hans Hahn", "Ida Imhof", "Jan Jung", "Karla Kern", "Lars Lang",
      "Mia Moser");

  private static StatuteVersion statute(LocalDate validFrom, String source, boolean changed) {
    return StatuteVersion.builder()
        .validFrom(validFrom)
        .source(source + ", Musterverein Beispielstadt e. V.")
        .chairs(1).viceChairs(1).treasurers(1).furtherBoardMembers(0)
        .reElectionWithin(Period.ofYears(2))
        .continuationClause(true)
        .membershipKinds(EnumSet.of(MembershipKind.PERSONAL))
        .admissionProcedureKinds(EnumSet.noneOf(MembershipKind.class))
        .reviewersRequired(0)
        .boardApprovalRequired(true)
        .annualGeneralAssembly(true)
        .spring(Season.of(MonthDay.of(3, 1), MonthDay.of(5, 31)))
        .autumn(Season.of(MonthDay.of(9, 1), MonthDay.of(11, 30)))
        .communityMinMeetings(0).communityMaxMeetings(12)
        .invitationPeriod(Period.ofDays(14))
        .invitationForms(EnumSet.of(DeclarationForm.LETTER, DeclarationForm.EMAIL))
        .statuteChangeWordingRequired(changed)
        .feeProration(changed ? Optional.of(FeeProration.MONTHS) : Optional.empty())
        .quorum(new Fraction(1, 4))
        .simpleMajorityBase(MajorityBase.VOTES_CAST)
        .statuteChangeMajority(Fraction.THREE_QUARTERS)
        .dissolutionMajority(new Fraction(4, 5))
        .minorityQuorum(new Fraction(1, 5))
        .exitNotice(Period.ofMonths(3))
        .exitOnlyAt(ExitDate.FISCAL_YEAR_END)
        .exitForm(FormRequirement.WRITTEN_FORM)
        .fiscalYearEnd(MonthDay.of(12, 31))
        .minutesSignatures(2)
        .addFees(Fee.of(MembershipKind.PERSONAL, Money.euros(changed ? "60.00" : "48.00")))
        .feeDueDay(MonthDay.of(3, 31))
        .boardRepresentation(2)
        .addClauses(Clause.of(StatuteParameter.FISCAL_YEAR_END, "§ 1 Abs. 3 der Satzung"),
            Clause.of(StatuteParameter.EXIT_NOTICE, "§ 4 Abs. 2 Satz 1 der Satzung"),
            Clause.of(StatuteParameter.EXIT_ONLY_AT, "§ 4 Abs. 2 Satz 1 der Satzung"),
            Clause.of(StatuteParameter.EXIT_FORM, "§ 4 Abs. 2 Satz 2 der Satzung"),
            Clause.of(StatuteParameter.FEES, "§ 5 Abs. 1 der Satzung"),
            Clause.of(StatuteParameter.FEE_DUE_DAY, "§ 5 Abs. 2 der Satzung"),
            Clause.of(StatuteParameter.BOARD_REPRESENTATION, "§ 7 Abs. 2 der Satzung"),
            Clause.builder().parameter(StatuteParameter.BOARD_TERM).clause("§ 7 Abs. 3 der Satzung")
                .quote("Der Vorstand wird für zwei Jahre gewählt; er bleibt bis zur Neuwahl im Amt.").build(),
            Clause.builder().parameter(StatuteParameter.INVITATION_PERIOD).clause("§ 9 Abs. 2 der Satzung")
                .quote("Die Mitgliederversammlung wird vom Vorstand mit einer Frist von zwei Wochen schriftlich"
                    + " oder per E-Mail unter Angabe der Tagesordnung einberufen.").build(),
            Clause.of(StatuteParameter.INVITATION_FORMS, "§ 9 Abs. 2 der Satzung"),
            Clause.of(StatuteParameter.MINORITY_QUORUM, "§ 9 Abs. 4 der Satzung"),
            Clause.of(StatuteParameter.QUORUM, "§ 10 Abs. 1 der Satzung"),
            Clause.of(StatuteParameter.SIMPLE_MAJORITY_BASE, "§ 10 Abs. 2 der Satzung"),
            Clause.of(StatuteParameter.STATUTE_CHANGE_MAJORITY, "§ 10 Abs. 3 der Satzung"),
            Clause.of(StatuteParameter.MINUTES_SIGNATURES, "§ 11 der Satzung"),
            Clause.of(StatuteParameter.DISSOLUTION_MAJORITY, "§ 14 Abs. 1 der Satzung"))
        .addAllClauses(changed ? List.of(Clause.of(StatuteParameter.STATUTE_CHANGE_WORDING_REQUIRED,
            "§ 9 Abs. 3 der Satzung (Fassung vom 15. März 2025)"),
            Clause.of(StatuteParameter.FEE_PRORATION, "§ 5 Abs. 3 der Satzung (Fassung vom 15. März 2025)"))
            : List.of())
        // The elements of the Mustersatzung (§ 60 Abs. 1 Satz 2 AO, Anlage 1 AO).
        .addTaxClauses(TaxClause.builder().element(TaxElement.EXCLUSIVE_PURPOSES).clause("§ 2 Abs. 1 der Satzung")
                .quote("Der Verein verfolgt ausschließlich und unmittelbar gemeinnützige Zwecke im Sinne des Abschnitts"
                    + " „Steuerbegünstigte Zwecke“ der Abgabenordnung. Zweck des Vereins ist die Förderung der"
                    + " Heimatpflege und Heimatkunde; er wird insbesondere verwirklicht durch Kurse und Führungen.")
                .build(),
            TaxClause.of(TaxElement.SELFLESS, "§ 2 Abs. 2 der Satzung"),
            TaxClause.of(TaxElement.FUNDS_FOR_PURPOSES, "§ 2 Abs. 3 Satz 1 der Satzung"),
            TaxClause.builder().element(TaxElement.NO_GRANTS_TO_MEMBERS).clause("§ 2 Abs. 3 Satz 2 der Satzung")
                .quote("Die Mitglieder erhalten keine Zuwendungen aus Mitteln des Vereins.").build(),
            TaxClause.of(TaxElement.NO_FAVOURING, "§ 2 Abs. 4 der Satzung"),
            TaxClause.builder().element(TaxElement.ASSET_LOCK).clause("§ 14 Abs. 3 der Satzung")
                .quote("Bei Auflösung des Vereins oder bei Wegfall steuerbegünstigter Zwecke fällt das Vermögen des"
                    + " Vereins an die Stadt Beispielstadt, die es unmittelbar und ausschließlich für gemeinnützige"
                    + " Zwecke zu verwenden hat.").build())
        .build();
  }

  private static List<String> allBut(String... left) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      ids.add(String.format("m%02d", i));
    }
    ids.removeAll(List.of(left));
    return ids;
  }

  private static Convener board(String... signers) {
    return Convener.builder().kind(ConvenerKind.BOARD).addSigners(signers).build();
  }

  private static Minutes minutes(LocalDate on) {
    return Minutes.builder().signedOn(on).addSigners("Anna Adler (Versammlungsleitung)", "Clara Conrad (Protokoll)").build();
  }

  /** Lawful: called by two board members, in time, agenda announced, quorum, majorities, minutes. */
  private static GeneralAssembly assembly2024() {
    LocalDate day = LocalDate.of(2024, 3, 16);
    return GeneralAssembly.builder().id("mv-2024").date(day)
        .convener(board("p01", "p02"))
        .invitation(Invitation.builder().dispatchedOn(LocalDate.of(2024, 2, 26)).form(DeclarationForm.LETTER)
            .recipients(allBut("m13"))
            .addAgendaItems(AgendaItem.builder().id("top-1").subject("Wahl des Vorstands").kind(ResolutionKind.BOARD_ELECTION).build(),
                AgendaItem.builder().id("top-2").subject("Künftige Versammlungen auch virtuell (§ 32 Abs. 2 Satz 2 BGB)")
                    .kind(ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION).build())
            .build())
        .presentVoters(9)
        .addResolutions(Resolution.builder().id("mv-2024-r1").subject("Wahl des Vorstands").kind(ResolutionKind.BOARD_ELECTION)
                .agendaItemId("top-1").votes(Votes.of(8, 0, 1)).recordedResult(ResolutionResult.ADOPTED).build(),
            Resolution.builder().id("mv-2024-r2").subject("Virtuelle Versammlungen zulassen")
                .kind(ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION).agendaItemId("top-2").votes(Votes.of(7, 1, 1))
                .recordedResult(ResolutionResult.ADOPTED).build())
        .minutes(minutes(day))
        .build();
  }

  /** Virtual (authorised in 2024): a statute change, a failed fee vote, a purpose change short of a consent, a § 34 vote. */
  private static GeneralAssembly assembly2025() {
    LocalDate day = LocalDate.of(2025, 3, 15);
    return GeneralAssembly.builder().id("mv-2025").date(day).format(AssemblyFormat.VIRTUAL)
        .convener(board("p01", "p03"))
        .invitation(Invitation.builder().dispatchedOn(LocalDate.of(2025, 2, 20)).form(DeclarationForm.EMAIL)
            .recipients(allBut())
            .accessInformation("Videokonferenz; Zugangsdaten und Abstimmung über das Mitgliederportal")
            .addAgendaItems(AgendaItem.builder().id("top-1").subject("Satzungsänderung: Form der Einladung")
                    .kind(ResolutionKind.STATUTE_CHANGE).addClause("§ 9 Abs. 3")
                    .proposedWording("Eine Satzungsänderung wird mit ihrem Wortlaut angekündigt.").build(),
                AgendaItem.builder().id("top-2").subject("Mitgliedsbeitrag ab 2026").build(),
                AgendaItem.builder().id("top-3").subject("Änderung des Vereinszwecks").kind(ResolutionKind.PURPOSE_CHANGE).build(),
                AgendaItem.builder().id("top-4").subject("Werkvertrag mit dem Büro Dorn").build())
            .build())
        .presentVoters(11)
        .addResolutions(Resolution.builder().id("mv-2025-r1").subject("Satzungsänderung § 9 Abs. 3")
                .kind(ResolutionKind.STATUTE_CHANGE).agendaItemId("top-1").votes(Votes.of(8, 2, 1))
                .recordedResult(ResolutionResult.ADOPTED).build(),
            Resolution.builder().id("mv-2025-r2").subject("Beitragserhöhung ab 2026").agendaItemId("top-2")
                .votes(Votes.of(5, 5, 1)).recordedResult(ResolutionResult.ADOPTED).build(),
            Resolution.builder().id("mv-2025-r3").subject("Neuer Vereinszweck: auch Naturschutz")
                .kind(ResolutionKind.PURPOSE_CHANGE).agendaItemId("top-3").votes(Votes.of(11, 0, 0))
                .addConsent(Consent.builder().memberId("m12").date(LocalDate.of(2025, 3, 20)).form(DeclarationForm.EMAIL).build())
                .build(),
            Resolution.builder().id("mv-2025-r4").subject("Werkvertrag mit dem Büro Dorn").agendaItemId("top-4")
                .votes(Votes.of(6, 4, 1))
                .addExcludedVoter(ExcludedVoter.builder().memberId("m04").reason("Vertrag mit dem Mitglied selbst")
                    .vote(Vote.YES).build())
                .recordedResult(ResolutionResult.ADOPTED).build())
        .minutes(minutes(day))
        .build();
  }

  /** Called on the minority demand md-1, too late, by one board member, with an invitation on the last day. */
  private static GeneralAssembly assemblyOnDemand() {
    return GeneralAssembly.builder().id("mv-2025-x").date(LocalDate.of(2025, 11, 20)).kind(AssemblyKind.EXTRAORDINARY)
        .minorityDemandId("md-1")
        .convener(board("p01"))
        .invitation(Invitation.builder().dispatchedOn(LocalDate.of(2025, 11, 3)).form(DeclarationForm.LETTER)
            .recipients(allBut("m09"))
            .addAgendaItems(AgendaItem.builder().id("top-1").subject("Aussprache über den Mitgliedsbeitrag").build(),
                AgendaItem.builder().id("top-2").subject("Satzungsänderung: Austrittsfrist").kind(ResolutionKind.STATUTE_CHANGE)
                    .addClause("§ 4 Abs. 2").build())
            .build())
        .presentVoters(10)
        .addResolutions(Resolution.builder().id("mv-2025-x-r1").subject("Austrittsfrist sechs Monate")
                .kind(ResolutionKind.STATUTE_CHANGE).agendaItemId("top-2").votes(Votes.of(7, 3, 0))
                .recordedResult(ResolutionResult.ADOPTED).build(),
            Resolution.builder().id("mv-2025-x-r2").subject("Entlastung des Vorstands").votes(Votes.of(9, 0, 1)).build())
        .build();
  }

  /** Hybrid without access information, below the quorum, more votes than voters present. */
  private static GeneralAssembly assembly2026() {
    LocalDate day = LocalDate.of(2026, 3, 14);
    return GeneralAssembly.builder().id("mv-2026").date(day).format(AssemblyFormat.HYBRID)
        .convener(board("p01", "p02"))
        .invitation(Invitation.builder().dispatchedOn(LocalDate.of(2026, 2, 20)).form(DeclarationForm.EMAIL)
            .recipients(allBut("m05"))
            .addAgendaItem(AgendaItem.builder().id("top-1").subject("Auflösung des Vereins").kind(ResolutionKind.DISSOLUTION).build())
            .build())
        .presentVoters(2)
        .addResolution(Resolution.builder().id("mv-2026-r1").subject("Auflösung des Vereins").kind(ResolutionKind.DISSOLUTION)
            .agendaItemId("top-1").votes(Votes.of(2, 1, 1)).build())
        .minutes(Minutes.builder().signedOn(day).addSigner("Anna Adler (Versammlungsleitung)").build())
        .build();
  }

  /** The next ordinary assembly, planned: its invitation is still to be sent. */
  private static GeneralAssembly planned() {
    return GeneralAssembly.builder().id("mv-2026-12").date(LocalDate.of(2026, 12, 12)).status(AssemblyStatus.PLANNED).build();
  }

  private static ExitDeclaration exit(String member, LocalDate received, DeclarationForm form) {
    return ExitDeclaration.builder().memberId(member).receivedOn(received).form(form).build();
  }
}
