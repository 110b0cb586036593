package de.nextnetz.domain.seeds;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.FederalLevel;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.Office;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.Patron;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.RegisterEntry;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.community.CommunityOrigin;
import de.nextnetz.domain.community.OriginKind;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.municipal.ResolutionCondition;
import de.nextnetz.domain.network.Cooperation;
import de.nextnetz.domain.network.Network;
import de.nextnetz.domain.network.NetworkSize;
import de.nextnetz.domain.network.StakeholderGroup;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.NoticeKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxPurpose;
import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.Clause;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.domain.statute.Season;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * NExT e. V. built from its public documents (the seeds): the activity report 2024 (July 2025),
 * Wiesbaden's council resolution Nr. 0057 of 21 March 2024 and press release of 29 October 2024,
 * and the Behörden Spiegel article on the cooperation initiative (2019).
 *
 * <p>From the seeds: the association's facts, the board elected on 21 November 2024, the
 * communities of section 2.2, all 57 rows of Table 1 (the autumn conference over rows 48 and 49 is
 * one event of two days), the general assembly of 21 November 2024, the network's size, the
 * cooperations of section 2.10, the statute as the report states it, and Wiesbaden's associated
 * membership. Filled in, because the report names no ordinary member: {@value #PLACEHOLDER}
 * members that reproduce the report's figures (115 on 31 December 2024: 37 institutional and 78
 * personal, twelve of them joined in 2024) with admissions that follow the statute. Every value of
 * the statute the seeds do not give is a named {@link Assumption}.
 *
 * <p>All methods return the same immutable values on every call.
 */
public final class NextSeeds {

  /** The marker in the name of every member that the seeds do not name. */
  public static final String PLACEHOLDER = "Platzhalter";

  /** The day of the board election and the general assembly of 2024. */
  public static final LocalDate ELECTION_2024 = LocalDate.of(2024, 11, 21);

  /** The day NExT e. V. was founded in Berlin. */
  public static final LocalDate FOUNDED = LocalDate.of(2018, 7, 12);

  /** The end of the report's year, the day of its member figures. */
  public static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

  private static final String REPORT = "Tätigkeitsbericht 2024 des NExT e. V. (Juli 2025)";

  /** Table 1 of the activity report 2024, as printed: Nr, Datum, Format, Event, Ort. */
  private static final List<String> TABLE_1 = List.of(
      "1\t17.01.2024\tNExTcommunity\tCloud für die Verwaltung\tvirtuell",
      "2\t30.01.2024\tNExTcommunity\twomen@NExT\tvirtuell",
      "3\t01.02.2024\tNExTcommunity\tAgile Vorantreiber:innen\tVirtuell",
      "4\t06.02.2024\tNExTcommunity\tNutzerzentriertes Design\tVirtuell",
      "5\t14.02.2024\tNExTcommunity\tChatbot\tvirtuell",
      "6\t20.02.2024\tNExTcommunity\tWirkungsvolle Verwaltung\tVirtuell",
      "7\t27.02.2024\tNExTcommunity\tOpen Source\tVirtuell",
      "8\t01.03.2024\tNExTcommunity\tKollegiale Beratung\tvirtuell",
      "9\t05.03.2024\tNExTcommunity\tInterne Beratung\tvirtuell",
      "10\t13.03.2024\tNExTcommunity\t(Multi-)Projektmanagement\tVirtuell",
      "11\t18.03.2024\tNExTcommunity\twomen@NExT\tVirtuell",
      "12\t20.03.2024\tNExTcommunity\tWissensmanagement\tvirtuell",
      "13\t21.03.2024\tNExTcommunity\tAgile Vorantreiber:innen\tVirtuell",
      "14\t02.04.2024\tNExTperspektiven\tSvenja Hahn\tVirtuell",
      "15\t09.04.2024\tNExTcommunity\tWirkungsvolle Verwaltung\tvirtuell",
      "16\t11.04.2024\tNExTcommunity\tKI & Digitale Ethik\tvirtuell",
      "17\t16.04.2024\tNExTpanel\tFrühjahrskonferenz\tvirtuell",
      "18\t17.04.2024\tNExTcommunity\tCloud für die Verwaltung\tVirtuell",
      "19\t18.04.2024\tNExTcommunity\tRobotic Process Automation\tVirtuell",
      "20\t03.05.2024\tNExTcommunity\tKollegiale Beratung\tvirtuell",
      "21\t28.05.2024\tNExTperspektiven\tRalph Brinkhaus\tVirtuell",
      "22\t04.06.2024\tNExTcommunity\t(Multi-)Projektmanagement\tVirtuell",
      "23\t04.06.2024\tNExTbasics\tKI\tvirtuell",
      "24\t05.06.2024\tNExTcommunity\tCloud für die Verwaltung\tvirtuell",
      "25\t11.06.2024\tNExTcommunity\tChatbot\tVirtuell",
      "26\t11.06.2024\tNExTcommunity\tNutzerzentriertes Design\tVirtuell",
      "27\t12.06.2024\tNExTcommunity\tWirkungsvolle Verwaltung\tvirtuell",
      "28\t20.06.2024\tWhat's NExT\tVeränderungsmanagement\tVirtuell",
      "29\t27.06.2024\tNExTcommunity\tInterne Beratung\tVirtuell",
      "30\t10.07.2024\tNExTcommunity\tAgile Vorantreiber:innen\tvirtuell",
      "31\t15.07.2024\tNExTcommunity\tWoman@NExT\tvirtuell",
      "32\t29.08.2024\tNExTperspektiven\tArne Semsrott\tVirtuell",
      "33\t03.09.2024\tNExTcommunity\tNutzerzentriertes Design\tVirtuell",
      "34\t05.09.2024\tNExTcommunity\t(Multi-)Projektmanagement\tvirtuell",
      "35\t10.09.2024\tNExTcommunity\tWirkungsvolle Verwaltung\tVirtuell",
      "36\t17.09.2024\tNExTcommunity\tOpen Source\tVirtuell",
      "37\t17.09.2024\tNExTcommunity\tInterne Beratung\tvirtuell",
      "38\t19.09.2024\tNExTcommunity\tKI & Digitale Ethik\tvirtuell",
      "39\t24.09.2024\tNExTcommunity\tAgile Vorantreiber:innen\tVirtuell",
      "40\t25.09.2024\tNExTcommunity\tWissensmanagement\tVirtuell",
      "41\t26.09.2024\tNExTNetzwerk\tSommerfest\tPräsenz",
      "42\t30.09.2024\tNExTcommunity\twomen@NExT\tvirtuell",
      "43\t01.10.2024\tNExTcommunity\tChatbot\tVirtuell",
      "44\t10.10.2024\tNExTcommunity\tVeränderungsmanagement\tVirtuell",
      "45\t05.11.2024\tNExTcommunity\tInnovationsmanagement\tvirtuell",
      "46\t06.11.2024\tNExTcommunity\tCloud für die Verwaltung\tvirtuell",
      "47\t14.11.2024\tNExTcommunity\tRobotic Process Automation\tVirtuell",
      "48\t21.11.2024\tNExTpanel\tHerbstkonferenz (MV)\tPräsenz",
      "49\t22.11.2024\tNExTpanel\tHerbstkonferenz (MV)\tPräsenz",
      "50\t25.11.2024\tNExTcommunity\twomen@NExT\tVirtuell",
      "51\t26.11.2024\tNExTcommunity\tNutzerzentriertes Design\tvirtuell",
      "52\t28.11.2024\tNExTcommunity\tInterne Beratung\tVirtuell",
      "53\t03.12.2024\tNExTcommunity\t(Multi-)Projektmanagement\tVirtuell",
      "54\t04.12.2024\tNExTcommunity\tWissensmanagement\tvirtuell",
      "55\t05.12.2024\tNExTcommunity\tKI & Digitale Ethik\tVirtuell",
      "56\t09.12.2024\tNExTcommunity\tVeränderungsmanagement\tVirtuell",
      "57\t10.12.2024\tNExTperspektiven\tMatthias Punz\tvirtuell");

  private NextSeeds() {}

  /** {@return the association NExT e. V. with everything below, as of the end of 2024} */
  public static Association association() {
    return Association.builder()
        .name("Netzwerk – Experten digitale Transformation der Verwaltung")
        .shortName("NExT")
        .legalForm("e. V.")
        .foundingDate(FOUNDED)
        .seat("Berlin")
        .seatState(FederalState.BE)
        .registerEntry(RegisterEntry.of("Amtsgericht Charlottenburg", "VR 36904 B"))
        .purpose("Volks- und Berufsbildung einschließlich der Studentenhilfe")
        .patron(Patron.builder()
            .person(Person.builder().id("richter").title("Dr.").name("Markus Richter").build())
            .office("Staatssekretär, Beauftragter der Bundesregierung für Informationstechnik im"
                + " Bundesministerium des Innern und für Heimat")
            .build())
        .office(Office.builder()
            .address("Prinzessinnenstraße 8 – 14, 10969 Berlin")
            .email("info@next-netz.de")
            .website(URI.create("https://www.next-netz.de"))
            .managingDirector(Person.of("riedel", "Ann Cathrin Riedel"))
            .build())
        .statute(statute())
        .members(members())
        .applications(applications())
        .board(board2024())
        .communities(communities())
        .events(events2024())
        .addGeneralAssembly(GeneralAssembly.builder()
            .id("mv-2024")
            .date(ELECTION_2024)
            .eventId("2024-48")
            .build())
        .network(Network.builder()
            .reportedSize(NetworkSize.builder()
                .asOf(END_OF_2024)
                .people(4700)
                .organisations(500)
                .wording("rund 4.700 Personen aus über 500 Organisationen der öffentlichen Hand")
                .build())
            .build())
        .cooperations(cooperations())
        .tax(tax())
        .build();
  }

  /**
   * The tax-privileged status: office and tax number from the imprint (seed 002), the purpose from Beschluss 0057
   * (seed 001), number 7 of the § 52 catalogue. The seeds give no notice; its date is an assumption, named as one.
   */
  private static TaxProfile tax() {
    return TaxProfile.builder()
        .taxOffice("Finanzamt für Körperschaften I Berlin")
        .taxNumber("27/673/54956")
        .addPurposes(TaxPurpose.of("Volks- und Berufsbildung einschließlich der Studentenhilfe", 7))
        .addNotices(ExemptionNotice.builder().kind(NoticeKind.EXEMPTION_NOTICE).date(LocalDate.of(2024, 1, 15))
            .assessmentYear(java.time.Year.of(2022))
            .assumption("The seeds give no exemption notice; a Freistellungsbescheid for 2020–2022 dated 15 January"
                + " 2024 is assumed so that the receipt authority (§ 63 Abs. 5 AO) can be computed. Replace it with"
                + " the date printed on the notice.")
            .build())
        .build();
  }

  /** A clause of NExT's Satzung as a section of the activity report 2024 states it. */
  private static Clause clause(StatuteParameter parameter, String section, String quote) {
    return Clause.builder().parameter(parameter)
        .clause("Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt " + section + ")")
        .quote(quote)
        .build();
  }

  /**
   * The statute of NExT e. V. as the activity report 2024 states it (sections 1.2, 1.3, 2.2, 2.7),
   * with Wiesbaden's resolution for the associated fee; every other value is a named assumption.
   *
   * @return the statute, one version in force since the founding
   */
  public static Statute statute() {
    return Statute.of(StatuteVersion.builder()
        .validFrom(FOUNDED)
        .source("Satzung NExT e. V., wiedergegeben im " + REPORT + ", Abschnitte 1.2, 1.3, 2.2 und 2.7")
        .chairs(1)
        .viceChairs(1)
        .treasurers(1)
        .furtherBoardMembers(7)
        .reElectionWithin(Period.ofYears(2))
        .addClause(clause(StatuteParameter.BOARD_TERM, "1.3",
            "Der Vorstand muss spätestens zwei Jahre nach der letzten Wahl in der jährlichen"
                + " Mitgliederversammlung neu gewählt werden."))
        .addClause(clause(StatuteParameter.ADMISSION_PROCEDURE, "1.2",
            "Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei Mitglieder und Freigabe"
                + " durch den Vorstand."))
        .addClause(clause(StatuteParameter.MEMBERSHIP_KINDS, "1.2",
            "Der Verein hatte zum 31.12.2024 115 Mitglieder, darunter 37 institutionelle Mitglieder und 78"
                + " persönliche Mitglieder."))
        .addClause(clause(StatuteParameter.ANNUAL_ASSEMBLY, "1.3",
            "… in der jährlichen Mitgliederversammlung neu gewählt werden."))
        .addClause(clause(StatuteParameter.CONFERENCES, "2.7",
            "Als NExTpanel werden die Vereinsmitglieder des NExT e. V. bezeichnet. Sie treffen sich"
                + " halbjährlich zu einer Sitzung, der Frühjahrs- und Herbstkonferenz."))
        .addClause(clause(StatuteParameter.ASSEMBLY_AT_CONFERENCE, "2.7",
            "Vom 21. bis 22. November 2024 fand in Berlin die Herbstkonferenz statt, in deren Rahmen auch"
                + " die Mitgliederversammlung durchgeführt wurde."))
        .addClause(clause(StatuteParameter.COMMUNITY_MEETINGS, "2.2",
            "NExTcommunities … treffen sich je nach Bedarf zwei bis sechs Mal im Jahr."))
        .addClause(Clause.builder().parameter(StatuteParameter.FEES)
            .clause("Beitragsregelung NExT e. V. (assoziierte Mitglieder)")
            .quote("der jährliche Mitgliedsbeitrag in Höhe von 1.000 €")
            .build())
        .continuationClause(false)
        .roleAccumulationAllowed(false)
        .membershipKinds(EnumSet.allOf(MembershipKind.class))
        .admissionProcedureKinds(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL))
        .furtherBoardMembersExact(true)
        .reviewersRequired(2)
        .boardApprovalRequired(true)
        .annualGeneralAssembly(true)
        .assemblyAtAutumnConference(true)
        .springAndAutumnConference(true)
        .spring(Season.of(MonthDay.of(3, 1), MonthDay.of(5, 31)))
        .autumn(Season.of(MonthDay.of(9, 1), MonthDay.of(11, 30)))
        .communityMinMeetings(2)
        .communityMaxMeetings(6)
        .communityProRata(true)
        .addFee(Fee.of(MembershipKind.ASSOCIATED, Money.euros("1000.00")))
        .addAssumption(Assumption.of("validFrom", "12 July 2018", "12. Juli 2018",
            "the seeds state the statute only as of 2024; taken as in force since the founding",
            "die Quellen geben die Satzung nur für 2024 wieder; als seit der Gründung gültig angenommen"))
        .addAssumption(Assumption.of("continuationClause", "none", "keine",
            "the report does not say whether the board stays in office until a new one is elected",
            "der Bericht sagt nicht, ob der Vorstand bis zur Wahl eines neuen im Amt bleibt"))
        .addAssumption(Assumption.of("admissionProcedureKinds", "personal and institutional members",
            "persönliche und institutionelle Mitglieder",
            "the report states the admission procedure for its members (section 1.2), whose count"
                + " (37 institutional, 78 personal) leaves out associated members such as Wiesbaden",
            "der Bericht nennt das Aufnahmeverfahren für seine Mitglieder (Abschnitt 1.2), deren Zahl"
                + " (37 institutionelle, 78 persönliche) assoziierte Mitglieder wie Wiesbaden nicht enthält"))
        .addAssumption(Assumption.of("furtherBoardMembersExact", "exactly seven", "genau sieben",
            "the report says 'sieben weiteren Mitgliedern'; taken as exactly seven, not up to seven",
            "der Bericht nennt „sieben weiteren Mitgliedern“; als genau sieben, nicht höchstens sieben verstanden"))
        .addAssumption(Assumption.of("roleAccumulationAllowed", "one", "einer",
            "the report lists ten distinct seats; whether one person may hold two is not stated",
            "der Bericht nennt zehn verschiedene Sitze; ob eine Person zwei innehaben darf, sagt er nicht"))
        .addAssumption(Assumption.of("spring, autumn", "1 March to 31 May, 1 September to 30 November",
            "1. März bis 31. Mai, 1. September bis 30. November",
            "the report names spring and autumn conferences without dates; meteorological seasons",
            "der Bericht nennt Frühjahrs- und Herbstkonferenz ohne Daten; meteorologische Jahreszeiten"))
        .addAssumption(Assumption.of("communityProRata", "by the share of the year", "anteilig nach dem Teil des Jahres",
            "the report gives 2 to 6 meetings a year; a community founded during a year is held to"
                + " the share of the year it existed",
            "der Bericht nennt zwei bis sechs Treffen im Jahr; eine im Lauf des Jahres gegründete Community"
                + " wird am Anteil des Jahres gemessen, in dem sie bestand"))
        .addAssumption(Assumption.of("fees (personal, institutional)", "not known", "nicht bekannt",
            "the seeds give only the associated fee of 1,000 EUR (Wiesbaden, resolution Nr. 0057)",
            "die Quellen nennen nur den Beitrag assoziierter Mitglieder von 1.000 EUR (Wiesbaden, Beschluss Nr. 0057)"))
        .addAssumption(Assumption.of("simpleMajorityBase", "of the votes cast (the BGB's rule)", "der abgegebenen Stimmen (Regel des BGB)",
            "the Satzung is not public; the BGB's default of § 32 Abs. 1 Satz 3 is taken",
            "die Satzung ist nicht öffentlich; die Regel des § 32 Abs. 1 Satz 3 BGB wird angenommen"))
        .addAssumption(Assumption.of("statuteChangeMajority", "3/4 (the BGB's rule)", "3/4 (Regel des BGB)",
            "the Satzung is not public; the BGB's default of § 33 Abs. 1 Satz 1 is taken",
            "die Satzung ist nicht öffentlich; die Regel des § 33 Abs. 1 Satz 1 BGB wird angenommen"))
        .addAssumption(Assumption.of("dissolutionMajority", "3/4 (the BGB's rule)", "3/4 (Regel des BGB)",
            "the Satzung is not public; the BGB's default of § 41 Satz 2 is taken",
            "die Satzung ist nicht öffentlich; die Regel des § 41 Satz 2 BGB wird angenommen"))
        .addAssumption(Assumption.of("minorityQuorum", "1/10 (the BGB's rule)", "1/10 (Regel des BGB)",
            "the Satzung is not public; the tenth of § 37 Abs. 1 BGB is taken",
            "die Satzung ist nicht öffentlich; das Zehntel des § 37 Abs. 1 BGB wird angenommen"))
        .addAssumption(Assumption.of("exitNotice, exitOnlyAt, exitForm", "none (the BGB's rule)", "keine (Regel des BGB)",
            "the Satzung is not public; the exit takes effect on receipt, in any form (§ 39 Abs. 1 BGB)",
            "die Satzung ist nicht öffentlich; der Austritt wirkt mit Zugang, formfrei (§ 39 Abs. 1 BGB)"))
        .build());
  }

  /**
   * The board elected by the general assembly of 21 November 2024 (report, section 1.3): chair,
   * vice chair, treasurer and seven further members.
   *
   * @return the board with its ten seats and the election
   */
  public static Board board2024() {
    return Board.builder()
        .addSeat(seat("kranstedt", "Dr.", "Alfred Kranstedt", BoardRole.CHAIR))
        .addSeat(seat("klumb", null, "Jan Klumb", BoardRole.VICE_CHAIR))
        .addSeat(seat("gaul", "Dr.", "Hans-Günter Gaul", BoardRole.TREASURER))
        .addSeat(seat("patermann", null, "Vincent Patermann", BoardRole.MEMBER))
        .addSeat(seat("balzer", null, "Yvonne Balzer", BoardRole.MEMBER))
        .addSeat(seat("schumacher", "Dr.", "Astrid Schumacher", BoardRole.MEMBER))
        .addSeat(seat("paul", null, "Elisabeth Paul", BoardRole.MEMBER))
        .addSeat(seat("nolte", null, "Martina Nolte", BoardRole.MEMBER))
        .addSeat(seat("traulsen", "Dr.", "Hauke Traulsen", BoardRole.MEMBER))
        .addSeat(seat("preuss", null, "Shéhérazade Preuß", BoardRole.MEMBER))
        .addElection(Election.builder().date(ELECTION_2024).assemblyId("mv-2024").build())
        .build();
  }

  private static BoardSeat seat(String id, @org.jspecify.annotations.Nullable String title,
      String name, BoardRole role) {
    Person.Builder person = Person.builder().id(id).name(name);
    if (title != null) {
      person.title(title);
    }
    return BoardSeat.builder().person(person.build()).role(role).electedOn(ELECTION_2024).build();
  }

  /**
   * The communities of section 2.2 of the report, with the names Table 1 uses as aliases, and
   * "Wissensmanagement", which meets in Table 1 but is missing from the report's list.
   *
   * @return the communities in the order of the report
   */
  public static List<Community> communities() {
    String web = "https://next-netz.de/communities/";
    return List.of(
        community("chatbot", "Chatbot", web + "nextcommunity-chatbot/").build(),
        community("rpa", "Robotic Process Automation (RPA)",
            web + "nextcommunity-robotic-process-automation/")
            .addAliases("Robotic Process Automation", "RPA").build(),
        community("interne-beratung", "Interne Beratung", web + "nextcommunity-interne-beratung/")
            .build(),
        community("kollegiale-beratung", "Kollegiale Beratung (OE & Change)",
            web + "nextcommunity-kollegiale-beratung/")
            .addAlias("Kollegiale Beratung")
            .origin(CommunityOrigin.of(OriginKind.WERKSTATT,
                "Werkstatt für Organisationsentwicklung in der Verwaltung 2020"))
            .build(),
        community("digitale-ethik-ki", "Digitale Ethik & KI", web + "ki-ki-ethik/")
            .addAliases("KI & Digitale Ethik", "Digitale Ethik", "KI & Ethik")
            .foundingYear(Year.of(2024))
            .addLead(Person.of("lorenz", "Alina Lorenz"))
            .build(),
        community("test-qs", "Test & QS", web + "nextcommunity-test-qs/").build(),
        community("innovationsmanagement", "Innovationsmanagement",
            web + "nextcommunity-innovationsmanagement/").build(),
        community("4germany", "4Germany", web + "nextcommunity-4germany/").build(),
        community("agile-vorantreiberinnen", "Agile Vorantreiber:innen",
            web + "agile-vorantreiberinnen/")
            .foundingYear(Year.of(2024)).build(),
        community("cloud", "Cloud für die Verwaltung", web + "cloud-fuer-die-verwaltung/")
            .foundingYear(Year.of(2023)).build(),
        community("nutzerzentriertes-design", "Nutzerzentriertes Design",
            web + "nutzerzentriertes-design/").build(),
        community("projektmanagement", "(Multi-)Projektmanagement", web + "projektmanagement/")
            .build(),
        community("open-source", "Open Source in der Verwaltung",
            web + "open-source-in-der-verwaltung/")
            .addAlias("Open Source").build(),
        community("wirkungsvolle-verwaltung", "Wirkungsvolle Verwaltung",
            web + "wirkungsvolle-verwaltung/").build(),
        community("women-at-next", "women@NExT", web + "womennext/")
            .addAlias("Woman@NExT")
            .foundingYear(Year.of(2023)).build(),
        community("veraenderungsmanagement", "Veränderungsmanagement und Digitalisierungsprozesse",
            web + "veraenderungsmangement-digitalisierungsprozesse/")
            .addAliases("Veränderungsmanagement", "Veränderungsmanagement & Digitalisierungsprozesse")
            .foundingYear(Year.of(2024))
            .origin(CommunityOrigin.of(OriginKind.WHATS_NEXT,
                "What's NExT? Veränderungsmanagement & Digitalisierungsprozesse, 20.06.2024"))
            .build(),
        Community.builder()
            .id("wissensmanagement")
            .name("Wissensmanagement")
            .note("meets in Table 1 of the report (rows 12, 40, 54) but is missing from the"
                + " report's list of communities in section 2.2")
            .build());
  }

  private static Community.Builder community(String id, String name, String website) {
    return Community.builder().id(id).name(name).website(URI.create(website));
  }

  /**
   * All 57 rows of Table 1 of the report as events: 56 events, since the NExTpanel autumn
   * conference of 21 and 22 November 2024 (rows 48 and 49) is one event over two days. Modes are
   * read case-insensitively ("virtuell", "Virtuell"), communities by name or alias ("Woman@NExT",
   * "KI &amp; Digitale Ethik"); the rows each event came from are kept in {@link Event#getSourceRows()}.
   *
   * @return the events of 2024 in the order of the table
   */
  public static List<Event> events2024() {
    EventTable.Result table = EventTable.read(String.join("\n", TABLE_1), communities());
    if (!table.getUnmapped().isEmpty()) {
      throw new IllegalStateException("Table 1 has unmapped rows: " + table.getUnmapped());
    }
    List<Event> events = new ArrayList<>();
    for (Event event : table.getEvents()) {
      // Sections 2.7 and 2.8 of the report place the autumn conference and the Sommerfest in Berlin.
      boolean inBerlin = event.getFormat() == EventFormat.NEXTPANEL_AUTUMN
          || event.getFormat() == EventFormat.NETWORK_EVENT;
      events.add(inBerlin ? Event.builder().from(event).location("Berlin").build() : event);
    }
    return List.copyOf(events);
  }

  /**
   * The members: Wiesbaden (associated, from the seeds) and {@value #PLACEHOLDER} members that
   * reproduce the report's figures. Seven placeholder founders (personal) since the founding; 96
   * placeholder members (37 institutional, 59 personal) admitted between 2018 and 2023; twelve
   * personal members admitted in 2024, one a month on the 15th.
   *
   * @return 116 members: 115 counted by the report, and Wiesbaden
   */
  public static List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= FOUNDERS; i++) {
      members.add(Member.builder()
          .id(personalId(i))
          .kind(MembershipKind.PERSONAL)
          .person(Person.of(personalId(i).toLowerCase(Locale.ROOT), placeholderName("Gründungsmitglied", i)))
          .start(FOUNDED)
          .founding(true)
          .build());
    }
    for (Admission admission : admissions()) {
      Member.Builder member = Member.builder()
          .id(admission.memberId)
          .kind(admission.kind)
          .start(admission.start)
          .applicationId("A-" + admission.memberId);
      if (admission.kind == MembershipKind.INSTITUTIONAL) {
        member.organisation(Organisation.builder()
            .id(admission.memberId.toLowerCase(Locale.ROOT))
            .name(admission.name)
            .kind(OrganisationKind.AUTHORITY)
            .build());
      } else {
        member.person(Person.of(admission.memberId.toLowerCase(Locale.ROOT), admission.name));
      }
      members.add(member.build());
    }
    members.add(wiesbadenAsMember());
    return List.copyOf(members);
  }

  /**
   * The placeholder applications behind the placeholder members: each made 30 days before the
   * member's start, reviewed by two founders 14 days before it, approved by the board on the day
   * of the start.
   *
   * @return one approved application per non-founding placeholder member
   */
  public static List<Application> applications() {
    List<Application> applications = new ArrayList<>();
    int k = 0;
    for (Admission admission : admissions()) {
      LocalDate reviewed = admission.start.minusDays(14);
      applications.add(Application.builder()
          .id("A-" + admission.memberId)
          .applicantName(admission.name)
          .memberId(admission.memberId)
          .kind(admission.kind)
          .date(admission.start.minusDays(30))
          .addReview(Review.of(personalId(1 + k % FOUNDERS), reviewed))
          .addReview(Review.of(personalId(1 + (k + 1) % FOUNDERS), reviewed))
          .decision(BoardDecision.approvedOn(admission.start))
          .build());
      k++;
    }
    return List.copyOf(applications);
  }

  private static final int FOUNDERS = 7;
  private static final int ADMITTED_2018_TO_2023 = 96;
  private static final int INSTITUTIONAL = 37;
  private static final int JOINED_2024 = 12;

  private static final class Admission {
    final String memberId;
    final String name;
    final MembershipKind kind;
    final LocalDate start;

    Admission(String memberId, String name, MembershipKind kind, LocalDate start) {
      this.memberId = memberId;
      this.name = name;
      this.kind = kind;
      this.start = start;
    }
  }

  private static List<Admission> admissions() {
    List<Admission> admissions = new ArrayList<>();
    int institutional = 0;
    int personal = FOUNDERS;
    LocalDate first = LocalDate.of(2018, 10, 1);
    for (int k = 0; k < ADMITTED_2018_TO_2023; k++) {
      // Spread the 37 institutional members evenly among the 96 admissions.
      boolean isInstitutional =
          (k * INSTITUTIONAL) / ADMITTED_2018_TO_2023 != ((k + 1) * INSTITUTIONAL) / ADMITTED_2018_TO_2023;
      LocalDate start = first.plusDays(18L * k);
      if (isInstitutional) {
        institutional++;
        String id = String.format(Locale.ROOT, "I-%03d", institutional);
        admissions.add(new Admission(id, placeholderName("Institutionelles Mitglied", institutional),
            MembershipKind.INSTITUTIONAL, start));
      } else {
        personal++;
        admissions.add(new Admission(personalId(personal),
            placeholderName("Persönliches Mitglied", personal), MembershipKind.PERSONAL, start));
      }
    }
    for (int month = 1; month <= JOINED_2024; month++) {
      personal++;
      admissions.add(new Admission(personalId(personal),
          placeholderName("Persönliches Mitglied", personal), MembershipKind.PERSONAL,
          LocalDate.of(2024, month, 15)));
    }
    return admissions;
  }

  private static String personalId(int number) {
    return String.format(Locale.ROOT, "P-%03d", number);
  }

  private static String placeholderName(String kind, int number) {
    return String.format(Locale.ROOT, "%s %03d (%s)", kind, number, PLACEHOLDER);
  }

  /** {@return the Landeshauptstadt Wiesbaden as an organisation} */
  public static Organisation wiesbaden() {
    return Organisation.builder()
        .id("wiesbaden")
        .name("Landeshauptstadt Wiesbaden")
        .kind(OrganisationKind.MUNICIPALITY)
        .level(FederalLevel.KOMMUNE)
        .build();
  }

  /**
   * Wiesbaden as an associated member of NExT e. V. The seeds give no start date: the resolution
   * makes it depend on the 2024 budget taking effect, and the press release of 29 October 2024
   * reports the accession as done, so that day is taken as the start (the latest it can be).
   *
   * @return the associated member with its annual fee of 1,000 EUR
   */
  public static Member wiesbadenAsMember() {
    return Member.builder()
        .id("wiesbaden")
        .kind(MembershipKind.ASSOCIATED)
        .organisation(wiesbaden())
        .start(WIESBADEN_JOINED)
        .annualFee(Money.euros("1000.00"))
        .costShares(wiesbadenCostShares())
        .build();
  }

  private static List<CostShare> wiesbadenCostShares() {
    return CostShare.splitEvenly(Money.euros("1000.00"), List.of("Dezernat VII", "Dezernat II"));
  }

  /** The day of Wiesbaden's press release reporting that the city has joined NExT e. V. */
  public static final LocalDate WIESBADEN_JOINED = LocalDate.of(2024, 10, 29);

  /**
   * Resolution Nr. 0057 of 21 March 2024 (Vorlagen-Nr. 24-V-07-0001): Wiesbaden becomes an
   * associated member of NExT e. V. once the 2024 budget takes effect; the annual fee of 1,000 EUR
   * is paid half each from the budgets of Dezernat VII and Dezernat II; Dezernat III/20 executes
   * it. The document does not name the body; it is sent to the Magistrat "mit der Bitte um weitere
   * Veranlassung", so it is taken to be the city council (Stadtverordnetenversammlung).
   *
   * @return the resolution
   */
  public static CouncilResolution wiesbadenResolution0057() {
    return CouncilResolution.builder()
        .number("0057")
        .submissionNumber("24-V-07-0001")
        .agendaItem("Tagesordnung II Punkt 10")
        .body("Stadtverordnetenversammlung der Landeshauptstadt Wiesbaden")
        .date(LocalDate.of(2024, 3, 21))
        .subject("Beitritt NExT e. V. der Landeshauptstadt Wiesbaden")
        .annualFee(Money.euros("1000.00"))
        .addDecision("2.1 die Landeshauptstadt Wiesbaden nach Wirksamwerden des Haushaltes 2024"
            + " assoziiertes Mitglied im Verein „NExT e. V.“ wird.")
        .addDecision("2.2 der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget"
            + " der Dezernate VII und II finanziert wird;")
        .addDecision("2.3 die haushaltstechnische Umsetzung durch Dezernat III/20 in Verbindung mit"
            + " Dezernat VII und II erfolgt.")
        .addCondition(ResolutionCondition.of("Wirksamwerden des Haushaltes 2024"))
        .reference("antragsgemäß Magistrat 27.02.2024 BP 0106")
        .build();
  }

  /**
   * Wiesbaden's membership in NExT e. V. seen from the city: resolution Nr. 0057, 1,000 EUR a year,
   * 500 EUR each for Dezernat VII and Dezernat II, executed by Dezernat III/20.
   *
   * @return the membership
   */
  public static MunicipalMembership wiesbadenMembership() {
    Money fee = Money.euros("1000.00");
    return MunicipalMembership.builder()
        .id("next-ev")
        .municipality(wiesbaden())
        .association("NExT e. V.")
        .kind(MembershipKind.ASSOCIATED)
        .resolution(wiesbadenResolution0057())
        .start(WIESBADEN_JOINED)
        .annualFee(fee)
        .costShares(wiesbadenCostShares())
        .executingUnit("Dezernat III/20")
        .build();
  }

  /**
   * Wiesbaden's portfolio of memberships as the seeds give it: NExT e. V. only.
   *
   * @return the portfolio
   */
  public static MunicipalPortfolio wiesbadenPortfolio() {
    return MunicipalPortfolio.builder().municipality(wiesbaden()).addMembership(wiesbadenMembership()).build();
  }

  /**
   * The cooperations of section 2.10 of the report, and the Behörden Spiegel as media partner
   * (article of 2019).
   *
   * @return the cooperations
   */
  public static List<Cooperation> cooperations() {
    return List.of(
        Cooperation.builder()
            .partner("RuDi – Ruhr Digital (Regionalverband Ruhr)")
            .group(StakeholderGroup.PUBLIC_ADMINISTRATION)
            .since(YearMonth.of(2024, 4))
            .description("each NExTcommunity has a chat group on the RuDi platform")
            .build(),
        Cooperation.builder()
            .partner("Deutsches Forschungsinstitut für öffentliche Verwaltung Speyer")
            .group(StakeholderGroup.SCIENCE)
            .description("research proposal and policy paper: Ein verbindliches"
                + " KI-Transparenzregister für Deutschland (with AlgorithmWatch)")
            .build(),
        Cooperation.builder()
            .partner("Bundesamt für Sicherheit in der Informationstechnik")
            .group(StakeholderGroup.PUBLIC_ADMINISTRATION)
            .description("Infosec Impact Award 2024")
            .build(),
        Cooperation.builder()
            .partner("PIAZZA-Konferenz (Trägerkreis)")
            .group(StakeholderGroup.CONGRESS_ORGANISERS)
            .description("member of the organising circle of the digital conference of 14 Nov 2024")
            .build(),
        Cooperation.builder()
            .partner("Behörden Spiegel")
            .group(StakeholderGroup.TRADE_PRESS)
            .description("media partner of the network")
            .build());
  }
}
