package de.nextnetz.domain.statute;

/**
 * The parameters of a statute version that the law of the general assembly, resolutions, exits
 * and minority demands reads, each with the provision of the BGB that applies where the Satzung
 * is silent. A version names the clause that sets a parameter in {@link StatuteVersion#getClauses()};
 * where it names none and sets no value, the BGB's default applies.
 */
public enum StatuteParameter {
  /**
   * The board's term: re-election within {@code reElectionWithin}, and whether it stays in office
   * until then ({@code continuationClause}); the BGB sets no term (§ 27 Abs. 1 BGB).
   */
  BOARD_TERM("reElectionWithin", "§ 27 Abs. 1 BGB (keine gesetzliche Amtszeit)"),
  /** How long before the assembly the invitation must be received; the BGB sets no period. */
  INVITATION_PERIOD("invitationPeriod", "§ 58 Nr. 4 BGB (keine gesetzliche Frist)"),
  /** Whether an invitation counts as received when sent; by law it counts when received (§ 130 BGB). */
  INVITATION_DEEMED_ON_DISPATCH("invitationDeemedOnDispatch", "§ 130 Abs. 1 BGB"),
  /** The forms an invitation may take; the BGB sets none. */
  INVITATION_FORMS("invitationForms", "§ 58 Nr. 4 BGB (keine gesetzliche Form)"),
  /** The form the Satzung asks of an invitation ("schriftlich": § 127 BGB, e-mail suffices); the BGB sets none. */
  INVITATION_FORM("invitationForm", "§ 58 Nr. 4 BGB (keine gesetzliche Form); § 127 BGB"),
  /** Whether the invitation must state the wording of a statute change. */
  STATUTE_CHANGE_WORDING_REQUIRED("statuteChangeWordingRequired", "§ 32 Abs. 1 Satz 2 BGB"),
  /** The kinds of membership with a vote; by law every member votes. */
  VOTING_KINDS("votingKinds", "§ 32 Abs. 1 BGB (jedes Mitglied stimmberechtigt); § 40 BGB"),
  /** The share of the members that must be present; the BGB sets no quorum. */
  QUORUM("quorum", "§ 32 Abs. 1 Satz 3 BGB (keine Beschlussfähigkeitsgrenze)"),
  /** What a simple majority is counted of: the votes cast. */
  SIMPLE_MAJORITY_BASE("simpleMajorityBase", "§ 32 Abs. 1 Satz 3 BGB"),
  /** The majority of a statute change: three quarters of the votes cast. */
  STATUTE_CHANGE_MAJORITY("statuteChangeMajority", "§ 33 Abs. 1 Satz 1 BGB"),
  /** The majority of a purpose change; by law the consent of all members. */
  PURPOSE_CHANGE_MAJORITY("purposeChangeMajority", "§ 33 Abs. 1 Satz 2 BGB"),
  /** The majority of a dissolution: three quarters of the votes cast. */
  DISSOLUTION_MAJORITY("dissolutionMajority", "§ 41 Satz 2 BGB"),
  /** The share of the members that may demand an assembly: one tenth. */
  MINORITY_QUORUM("minorityQuorum", "§ 37 Abs. 1 BGB"),
  /** The form of a minority demand: Schriftform (§ 126 BGB). */
  MINORITY_DEMAND_FORM("minorityDemandForm", "§ 37 Abs. 1 BGB"),
  /** The notice period of an exit; by law none. */
  EXIT_NOTICE("exitNotice", "§ 39 Abs. 2 BGB"),
  /** The days on which a member may leave; by law any day. */
  EXIT_ONLY_AT("exitOnlyAt", "§ 39 Abs. 2 BGB"),
  /** The form of an exit declaration; by law none (the Satzung rules on leaving, § 58 Nr. 1 BGB). */
  EXIT_FORM("exitForm", "§ 58 Nr. 1 BGB (keine gesetzliche Form)"),
  /** Whether the Satzung excludes leaving; the law does not allow that (§ 39 Abs. 1, § 40 BGB). */
  EXIT_EXCLUDED("exitExcluded", "§ 39 Abs. 1 BGB"),
  /**
   * The last day of the fiscal year (Geschäftsjahr, § 39 Abs. 2 BGB); the BGB sets none, and the calendar year is
   * taken where the Satzung is silent (a convention, as tax law takes it for an association without books under the HGB).
   */
  FISCAL_YEAR_END("fiscalYearEnd", "§ 39 Abs. 2 BGB (Geschäftsjahr; mangels Satzungsregelung das Kalenderjahr, keine gesetzliche Vorgabe)"),
  /** Whether the Satzung allows assemblies without a place (virtual, and hybrid before 21 Mar 2023). */
  VIRTUAL_ASSEMBLY_ALLOWED("virtualAssemblyAllowed", "§ 32 Abs. 2 BGB"),
  /** How many persons must sign the minutes; the BGB asks for none. */
  MINUTES_SIGNATURES("minutesSignatures", "§ 58 Nr. 4 BGB"),
  /** How many board members represent the association together; by law the majority of the board. */
  BOARD_REPRESENTATION("boardRepresentation", "§ 26 Abs. 2 Satz 1 BGB"),
  /** The kinds of membership the Satzung knows; the Satzung's matter (§ 58 Nr. 1 BGB). */
  MEMBERSHIP_KINDS("membershipKinds", "§ 58 Nr. 1 BGB"),
  /**
   * The admission procedure: who it applies to ({@code admissionProcedureKinds}), how many members review an
   * application ({@code reviewersRequired}) and whether the board approves it ({@code boardApprovalRequired});
   * the Satzung's matter (§ 58 Nr. 1 BGB).
   */
  ADMISSION_PROCEDURE("admissionProcedureKinds", "§ 58 Nr. 1 BGB"),
  /** The membership fees ({@code fees}); whether and which fees are paid is the Satzung's matter (§ 58 Nr. 2 BGB). */
  FEES("fees", "§ 58 Nr. 2 BGB"),
  /** When the annual fee falls due ({@code feeDueDay}); the Satzung's matter (§ 58 Nr. 2 BGB). */
  FEE_DUE_DAY("feeDueDay", "§ 58 Nr. 2 BGB"),
  /**
   * How many days after receiving the invoice a member has to pay ({@code feePaymentDays}); the Satzung's matter
   * (§ 58 Nr. 2 BGB); default then follows without a reminder (§ 286 Abs. 2 Nr. 2 BGB).
   */
  FEE_PAYMENT_DAYS("feePaymentDays", "§ 58 Nr. 2 BGB"),
  /**
   * How much of the annual fee is owed for the year a membership begins or ends ({@code feeProration}); the
   * Satzung's matter (§ 58 Nr. 2 BGB): where it is silent, the whole year is taken (a convention, said so).
   */
  FEE_PRORATION("feeProration", "§ 58 Nr. 2 BGB"),
  /** Whether a general assembly is held every year ({@code annualGeneralAssembly}); the BGB sets no rhythm (§ 36 BGB). */
  ANNUAL_ASSEMBLY("annualGeneralAssembly", "§ 36 BGB"),
  /**
   * Whether the members meet at a spring and an autumn conference ({@code springAndAutumnConference}, with the
   * seasons {@code spring} and {@code autumn}); the BGB knows no such meetings.
   */
  CONFERENCES("springAndAutumnConference", "Satzung (keine gesetzliche Regelung)"),
  /** Whether the general assembly meets within the autumn conference ({@code assemblyAtAutumnConference}). */
  ASSEMBLY_AT_CONFERENCE("assemblyAtAutumnConference", "§ 58 Nr. 4 BGB"),
  /**
   * How often a community of practice meets in a year ({@code communityMinMeetings} to {@code
   * communityMaxMeetings}); the BGB knows no such groups.
   */
  COMMUNITY_MEETINGS("communityMinMeetings", "Satzung (keine gesetzliche Regelung)");

  private final String property;
  private final String law;

  StatuteParameter(String property, String law) {
    this.property = property;
    this.law = law;
  }

  /** {@return the property of the statute version in the JSON format, e.g. {@code "invitationPeriod"}} */
  public String property() {
    return property;
  }

  /** {@return the provision of the BGB that applies where the Satzung is silent, e.g. {@code "§ 37 Abs. 1 BGB"}} */
  public String law() {
    return law;
  }
}
