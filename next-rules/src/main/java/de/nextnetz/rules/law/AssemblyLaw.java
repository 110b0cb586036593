package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.MajorityBase;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Message;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import de.nextnetz.domain.assembly.Consent;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.assembly.ResolutionResult;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.law.LawChange;
import de.nextnetz.rules.law.LawChanges;

/**
 * Each provision of the law of the general assembly, stated once, with the clause that decides
 * it: the Satzung's clause where the statute version names one ({@link StatuteVersion#getClauses()}),
 * an assumption where the version lists one for the parameter, the version's source where it sets
 * the value without naming a clause, and the BGB's default where the Satzung is silent ("§ 37 Abs.
 * 1 BGB (mangels Satzungsregelung)"). The rules, the deadlines and {@code next assembly} all ask
 * here.
 */
public final class AssemblyLaw {

  private AssemblyLaw() {}

  /**
   * A provision: its value and the clause that decides it.
   *
   * @param value the value
   * @param citation the clause: the Satzung's, or the BGB's where the Satzung is silent
   * @param <T> the value's type
   */
  public record Provision<T>(T value, Citation citation) {

    /**
     * Checks that nothing is missing.
     *
     * @param value the value
     * @param citation the clause
     */
    public Provision {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(citation, "citation");
    }
  }

  private static <T> Provision<T> provision(StatuteVersion version, StatuteParameter parameter, Optional<T> set,
      T silent) {
    return new Provision<>(set.orElse(silent), Clauses.cite(version, parameter, set.isPresent()));
  }

  /**
   * The invitation period.
   *
   * @param version the statute version
   * @return the period and its clause; empty where the Satzung sets none (the BGB asks only for a
   *     reasonable one, which no rule can judge)
   */
  public static Optional<Provision<Period>> invitationPeriod(StatuteVersion version) {
    return version.getInvitationPeriod().map(period ->
        new Provision<>(period, Clauses.cite(version, StatuteParameter.INVITATION_PERIOD, true)));
  }

  /**
   * The forms an invitation may take: the Satzung's channels, else a letter or an e-mail (the BGB sets no
   * form; these two are the usual ones a planner is shown), in either case only those that meet the form the
   * Satzung asks ({@link #invitationForm}): "schriftlich" keeps the e-mail, a handwritten signature does not.
   *
   * @param version the statute version
   * @return the forms, in their declared order
   */
  public static Set<DeclarationForm> invitationForms(StatuteVersion version) {
    Set<DeclarationForm> forms = version.getInvitationForms().isEmpty()
        ? java.util.EnumSet.of(DeclarationForm.LETTER, DeclarationForm.EMAIL)
        : java.util.EnumSet.copyOf(version.getInvitationForms());
    Optional<FormRequirement> required = version.getInvitationForm();
    if (required.isPresent()) {
      forms.removeIf(form -> !form.satisfies(required.get()));
    }
    return forms.isEmpty() ? java.util.EnumSet.of(DeclarationForm.LETTER) : forms;
  }

  /**
   * The form the Satzung asks of an invitation, where it names one.
   *
   * @param version the statute version
   * @return the form and its clause; empty where the Satzung names none (the BGB sets none)
   */
  public static Optional<Provision<FormRequirement>> invitationForm(StatuteVersion version) {
    return version.getInvitationForm().map(form ->
        new Provision<>(form, Clauses.cite(version, StatuteParameter.INVITATION_FORM, true)));
  }

  /**
   * The majority a kind of resolution needs.
   *
   * @param kind the kind
   * @param version the statute version
   * @return the majority and the clause that sets it
   */
  public static Provision<Majority> majority(ResolutionKind kind, StatuteVersion version) {
    Provision<MajorityBase> base = provision(version, StatuteParameter.SIMPLE_MAJORITY_BASE,
        version.getSimpleMajorityBase(), MajorityBase.VOTES_CAST);
    return switch (kind) {
      case SIMPLE, BOARD_ELECTION, VIRTUAL_ASSEMBLY_AUTHORISATION -> new Provision<>(
          new Majority(Majority.Kind.MORE_THAN_HALF, Fraction.ONE_HALF, base.value()), base.citation());
      case STATUTE_CHANGE -> share(version, StatuteParameter.STATUTE_CHANGE_MAJORITY, version.getStatuteChangeMajority());
      case DISSOLUTION -> share(version, StatuteParameter.DISSOLUTION_MAJORITY, version.getDissolutionMajority());
      case PURPOSE_CHANGE -> version.getPurposeChangeMajority().isPresent()
          ? share(version, StatuteParameter.PURPOSE_CHANGE_MAJORITY, version.getPurposeChangeMajority())
          : new Provision<>(new Majority(Majority.Kind.ALL_MEMBERS, Fraction.ONE_HALF, MajorityBase.VOTES_CAST),
              Clauses.cite(version, StatuteParameter.PURPOSE_CHANGE_MAJORITY, false));
    };
  }

  private static Provision<Majority> share(StatuteVersion version, StatuteParameter parameter, Optional<Fraction> set) {
    Provision<Fraction> share = provision(version, parameter, set, Fraction.THREE_QUARTERS);
    return new Provision<>(new Majority(Majority.Kind.AT_LEAST, share.value(), MajorityBase.VOTES_CAST),
        share.citation());
  }

  /**
   * The majority as a message, for findings and {@code next assembly}.
   *
   * @param majority the majority
   * @return e.g. "at least 3/4 of the votes cast (abstentions do not count)"
   */
  public static Message describe(Majority majority) {
    return Message.builtIn("majority." + majority.kind() + "." + majority.base(), Map.of("share", majority.share()));
  }

  /**
   * The votes that count: those cast, less the votes of members excluded under § 34 BGB (a vote
   * cast in breach of § 34 is void).
   *
   * @param votes the votes as counted
   * @param resolution the resolution, with its excluded voters
   * @return the votes that count
   */
  public static Votes counted(Votes votes, Resolution resolution) {
    int yes = votes.getYes();
    int no = votes.getNo();
    int abstain = votes.getAbstain();
    for (var excluded : resolution.getExcludedVoters()) {
      Optional<de.nextnetz.domain.assembly.Vote> vote = excluded.getVote();
      if (vote.isPresent()) {
        switch (vote.get()) {
          case YES -> yes = Math.max(0, yes - 1);
          case NO -> no = Math.max(0, no - 1);
          case ABSTAIN -> abstain = Math.max(0, abstain - 1);
        }
      }
    }
    return Votes.of(yes, no, abstain);
  }

  /** § 37 Abs. 1 BGB where the Satzung's quorum is void: one half or more would take the minority right away. */
  public static final Citation MINORITY_QUORUM_VOID = Citation.of("§ 37 Abs. 1 BGB (Satzungsquorum von der Hälfte oder"
      + " mehr unwirksam, es gilt das Zehntel; OLG Celle 20 W 17/10, BayObLG 3Z BR 100/01)");

  /**
   * The minority quorum of § 37 Abs. 1 BGB: the Satzung's share, the tenth where it is silent, and the tenth as
   * well where the Satzung asks for one half or more, which would defeat the minority right and is void.
   *
   * @param version the statute version
   * @return the share and its clause
   */
  public static Provision<Fraction> minorityQuorum(StatuteVersion version) {
    if (minorityQuorumVoid(version)) {
      return new Provision<>(Fraction.ONE_TENTH, MINORITY_QUORUM_VOID);
    }
    return provision(version, StatuteParameter.MINORITY_QUORUM, version.getMinorityQuorum(), Fraction.ONE_TENTH);
  }

  /**
   * Whether the Satzung's minority quorum is void: one half or more of the members (§ 37 Abs. 1 BGB; OLG Celle
   * 20 W 17/10, BayObLG 3Z BR 100/01).
   *
   * @param version the statute version
   * @return whether the Satzung sets a quorum of one half or more
   */
  public static boolean minorityQuorumVoid(StatuteVersion version) {
    return version.getMinorityQuorum().map(quorum -> quorum.compareTo(Fraction.ONE_HALF) >= 0).orElse(false);
  }

  /**
   * The form of a minority demand.
   *
   * @param version the statute version
   * @return Schriftform (§ 126 BGB) where the Satzung is silent, and its clause
   */
  public static Provision<FormRequirement> minorityDemandForm(StatuteVersion version) {
    return provision(version, StatuteParameter.MINORITY_DEMAND_FORM, version.getMinorityDemandForm(),
        FormRequirement.STATUTORY_WRITTEN_FORM);
  }

  /**
   * The form of an exit declaration.
   *
   * @param version the statute version
   * @return none where the Satzung is silent, and its clause
   */
  public static Provision<FormRequirement> exitForm(StatuteVersion version) {
    return provision(version, StatuteParameter.EXIT_FORM, version.getExitForm(), FormRequirement.NONE);
  }

  /**
   * The form of an absent member's consent to a purpose change on a day (§ 33 Abs. 1 Satz 2 BGB):
   * Schriftform until 31 Dec 2024, Textform from 1 Jan 2025.
   *
   * @param day the day of the consent
   * @return the form and its clause
   */
  public static Provision<FormRequirement> purposeChangeConsentForm(LocalDate day) {
    LawChange textForm = LawChanges.CONSENT_TEXT_FORM;
    return textForm.inForceOn(day)
        ? new Provision<>(FormRequirement.TEXT_FORM,
            Citation.of("§ 33 Abs. 1 Satz 2 BGB in der Fassung ab " + LawChanges.day(textForm.from())
                + " (Textform, § 126b BGB)"))
        : new Provision<>(FormRequirement.STATUTORY_WRITTEN_FORM,
            Citation.of("§ 33 Abs. 1 Satz 2 BGB in der Fassung bis " + LawChanges.day(textForm.dayBefore())
                + " (schriftlich, § 126 BGB)"));
  }

  /**
   * How many board members must sign to call an assembly on the board's behalf.
   *
   * @param version the statute version
   * @param seats the seats of the board in the sense of § 26 BGB in office that day ({@code Board.representativesOn})
   * @return the Satzung's number, else the majority of the board (§ 26 Abs. 2 Satz 1 BGB), and its clause
   */
  public static Provision<Integer> boardRepresentation(StatuteVersion version, int seats) {
    return provision(version, StatuteParameter.BOARD_REPRESENTATION, version.getBoardRepresentation(), seats / 2 + 1);
  }

  /**
   * The day the invitation counts as received: the dispatch day where the Satzung deems it received
   * when sent (its clause governs even where a later actual receipt is recorded), else the recorded day,
   * else the day the transit assumption gives ({@link Transit#receipt}).
   *
   * @param invitation the invitation
   * @param version the statute version
   * @param transit the days in transit
   * @param holidays the public holidays at the recipients' place (the seat's Land)
   * @return the day of receipt
   */
  public static LocalDate receipt(Invitation invitation, StatuteVersion version, Transit transit,
      HolidayCalendar holidays) {
    if (version.isInvitationDeemedOnDispatch()) {
      return invitation.getDispatchedOn();
    }
    Optional<LocalDate> received = invitation.getReceivedBy();
    if (received.isPresent()) {
      return received.get();
    }
    return transit.receipt(invitation.getDispatchedOn(), invitation.getForm(), holidays);
  }

  /**
   * What the day of receipt of an invitation rests on where it is not recorded, for the finding that uses it.
   *
   * @param invitation the invitation
   * @param version the statute version
   * @param transit the days in transit
   * @return the Satzung's deeming clause or the transit assumption; empty where the receipt is recorded
   */
  public static Optional<Message> receiptAssumption(Invitation invitation, StatuteVersion version, Transit transit) {
    if (invitation.getReceivedBy().isPresent() && !version.isInvitationDeemedOnDispatch()) {
      return Optional.empty();
    }
    return Optional.of(receiptAssumption(invitation.getDispatchedOn(), invitation.getForm(), version, transit));
  }

  /**
   * What the day of receipt of an invitation sent on a day in a form rests on: the Satzung's deeming clause, else
   * the transit assumption ({@link Transit#assumption}).
   *
   * @param dispatched the day of sending
   * @param form the form
   * @param version the statute version
   * @param transit the days in transit
   * @return the basis of the day of receipt
   */
  public static Message receiptAssumption(LocalDate dispatched, DeclarationForm form, StatuteVersion version,
      Transit transit) {
    if (version.isInvitationDeemedOnDispatch()) {
      return Message.builtIn("transit.DEEMED", Map.of("clause",
          Clauses.cite(version, StatuteParameter.INVITATION_DEEMED_ON_DISPATCH, true).source()));
    }
    return transit.assumption(dispatched, form);
  }

  /**
   * The last day of receipt with which the invitation period has ended before the assembly's day
   * (§§ 187 Abs. 1, 188 BGB; § 193 BGB does not move it): 14 days before 20 Nov 2025 give
   * 5 Nov 2025.
   *
   * @param assembly the day of the assembly
   * @param period the invitation period
   * @return the latest day of receipt
   */
  public static LocalDate latestReceipt(LocalDate assembly, Period period) {
    return Periods.latestEventDayFor(assembly.minusDays(1), period);
  }

  /**
   * The last day to send an invitation in a form.
   *
   * @param assembly the day of the assembly
   * @param period the invitation period
   * @param form the form
   * @param version the statute version (whether sending counts as receipt)
   * @param transit the days in transit
   * @param holidays the public holidays at the recipients' place (the seat's Land)
   * @return the latest dispatch day
   */
  public static LocalDate latestDispatch(LocalDate assembly, Period period, DeclarationForm form,
      StatuteVersion version, Transit transit, HolidayCalendar holidays) {
    LocalDate receiptBy = latestReceipt(assembly, period);
    return version.isInvitationDeemedOnDispatch() ? receiptBy : transit.latestDispatch(receiptBy, form, holidays);
  }

  /** § 32 Abs. 2 Satz 2 BGB: the members may authorise virtual assemblies by resolution. */
  public static final Citation VIRTUAL_BY_RESOLUTION = Citation.of("§ 32 Abs. 2 Satz 2 BGB",
      "Die Mitglieder können beschließen, dass künftige Versammlungen auch als virtuelle Versammlungen einberufen"
          + " werden können …");

  /**
   * What allows an assembly's format on its day, with its clause.
   *
   * @param kind the kind of basis
   * @param citation the provision that allows the format, or the one it lacks
   */
  public record FormatBasis(FormatBasisKind kind, Citation citation) {

    /**
     * Checks that nothing is missing.
     *
     * @param kind the kind
     * @param citation the provision
     */
    public FormatBasis {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(citation, "citation");
    }

    /** {@return whether the format has a basis} */
    public boolean exists() {
      return kind != FormatBasisKind.NONE;
    }
  }

  /** The kinds of basis an assembly's format can have. */
  public enum FormatBasisKind {
    /** An assembly at a place, which needs no basis. */
    PLACE,
    /** The law on the day (hybrid assemblies from 21 March 2023, the COVID rule). */
    LAW,
    /** The Satzung ({@code virtualAssemblyAllowed}). */
    SATZUNG,
    /** An adopted members' resolution at an earlier assembly with a place (§ 32 Abs. 2 Satz 2 BGB). */
    MEMBERS_RESOLUTION,
    /** Nothing allows it. */
    NONE
  }

  /**
   * Whether an assembly's format has a basis on its day, and which: the place, the law (the COVID rule for
   * both formats, from 21 March 2023 for hybrid ones: {@link LawChanges}), the Satzung in force on the day, or an adopted resolution authorising virtual
   * assemblies taken on an announced agenda item at an earlier assembly held with a place on or after {@link LawChanges#HYBRID_ASSEMBLIES}'s
   * first day. The rule {@code MV_VIRTUAL_NOT_AUTHORISED} and {@code next assembly} both ask here.
   *
   * @param association the association (its earlier assemblies)
   * @param assembly the assembly
   * @param statute the statute version in force on the assembly's day
   * @return the basis, or {@link FormatBasisKind#NONE} with the provision it lacks
   */
  public static FormatBasis formatBasis(Association association, GeneralAssembly assembly, StatuteVersion statute) {
    LocalDate day = assembly.getDate();
    if (assembly.getFormat() == AssemblyFormat.IN_PERSON) {
      return new FormatBasis(FormatBasisKind.PLACE, Citation.of("§ 32 Abs. 1 BGB"));
    }
    if (assembly.getFormat() == AssemblyFormat.WRITTEN) {
      return new FormatBasis(FormatBasisKind.LAW, writtenResolutions(day).citation());
    }
    if (LawChanges.COVID_ASSEMBLIES.inForceOn(day)) {
      return new FormatBasis(FormatBasisKind.LAW, LawChanges.COVID_ASSEMBLIES.citation());
    }
    if (assembly.getFormat() == AssemblyFormat.HYBRID && LawChanges.HYBRID_ASSEMBLIES.inForceOn(day)) {
      return new FormatBasis(FormatBasisKind.LAW, LawChanges.HYBRID_ASSEMBLIES.citation());
    }
    if (statute.isVirtualAssemblyAllowed()) {
      return new FormatBasis(FormatBasisKind.SATZUNG, Clauses.cite(statute, StatuteParameter.VIRTUAL_ASSEMBLY_ALLOWED, true));
    }
    if (!LawChanges.HYBRID_ASSEMBLIES.inForceOn(day)) {
      return new FormatBasis(FormatBasisKind.NONE, Citation.of("§ 32 BGB in der Fassung bis "
          + LawChanges.day(LawChanges.HYBRID_ASSEMBLIES.dayBefore()) + " (Versammlung an einem Ort); "
          + LawChanges.COVID_ASSEMBLIES.citation().source() + " bis "
          + LawChanges.day(LawChanges.COVID_ASSEMBLIES.until().orElseThrow())));
    }
    for (GeneralAssembly earlier : association.getGeneralAssemblies()) {
      if (earlier.getStatus() != AssemblyStatus.HELD || !earlier.getDate().isBefore(day)
          || !LawChanges.HYBRID_ASSEMBLIES.inForceOn(earlier.getDate())
          || earlier.getFormat() == AssemblyFormat.VIRTUAL) {
        continue;
      }
      Optional<StatuteVersion> then = association.statuteOn(earlier.getDate());
      for (Resolution resolution : earlier.getResolutions()) {
        if (resolution.getKind() == ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION && then.isPresent()
            && announced(earlier, resolution) && adopted(association, earlier, resolution, then.get(), day).orElse(false)) {
          return new FormatBasis(FormatBasisKind.MEMBERS_RESOLUTION, VIRTUAL_BY_RESOLUTION);
        }
      }
    }
    return new FormatBasis(FormatBasisKind.NONE, VIRTUAL_BY_RESOLUTION);
  }

  /**
   * The members with a vote on a day: every member, or those of the kinds the Satzung gives a vote
   * ({@link StatuteVersion#getVotingKinds()}). The quorum and the votes are counted of them; the minority right of
   * § 37 BGB and the invitation count every member.
   *
   * @param association the association
   * @param version the statute version of the day
   * @param day the day
   * @return how many members vote that day
   */
  public static int votingMembersOn(Association association, StatuteVersion version, LocalDate day) {
    Set<de.nextnetz.domain.base.MembershipKind> kinds = version.getVotingKinds();
    return (int) association.membersOn(day).stream()
        .filter(member -> kinds.isEmpty() || kinds.contains(member.getKind())).count();
  }

  /**
   * Whether a resolution was taken on an item the invitation announced; one taken on no announced item is void
   * (§ 32 Abs. 1 Satz 2 BGB) and authorises nothing, however many voted for it.
   *
   * @param assembly the assembly that took it
   * @param resolution the resolution
   * @return whether its agenda item is one of the invitation's
   */
  public static boolean announced(GeneralAssembly assembly, Resolution resolution) {
    Optional<String> item = resolution.getAgendaItemId();
    return item.isPresent() && assembly.getInvitation().flatMap(invitation -> invitation.agendaItem(item.get())).isPresent();
  }

  /**
   * The law of resolutions without a meeting on a day: whether half of the members voting suffices (the COVID rule,
   * {@link LawChanges#COVID_WRITTEN_RESOLUTIONS}), or every member must agree (§ 32 Abs. 3 BGB).
   *
   * @param day the day of the resolution
   * @return {@code true} where half of the members voting suffices, with the provision
   */
  public static Provision<Boolean> writtenResolutions(LocalDate day) {
    LawChange covid = LawChanges.COVID_WRITTEN_RESOLUTIONS;
    return covid.inForceOn(day) ? new Provision<>(true, covid.citation())
        : new Provision<>(false, Citation.of("§ 32 Abs. 3 BGB", "Auch ohne Versammlung der Mitglieder ist ein Beschluss"
            + " gültig, wenn jedes Mitglied seine Zustimmung zu dem Beschluss in Textform erklärt."));
  }

  /**
   * The JSON Pointer of a parameter of a statute version, to name it as missing.
   *
   * @param association the association
   * @param version the version
   * @param parameter the parameter
   * @return e.g. {@code /statute/versions/0/invitationPeriod}
   */
  public static String pointer(Association association, StatuteVersion version, StatuteParameter parameter) {
    return Statutes.pointer(association, version) + "/" + parameter.property();
  }

  /**
   * The absent members whose consent to a purpose change is missing: the members on the day of
   * the assembly, less those who voted yes, less the members who consented in the form of the
   * consent's day ({@link #purposeChangeConsentForm}), counting only consents given by the day of the check.
   *
   * @param association the association
   * @param assembly the assembly
   * @param resolution the resolution
   * @param counted the votes that count
   * @param asOf the day of the check: a consent given later does not count yet
   * @return how many consents are missing, at least 0
   */
  public static long consentsMissing(Association association, GeneralAssembly assembly, Resolution resolution,
      Votes counted, LocalDate asOf) {
    Set<String> members = new HashSet<>();
    association.membersOn(assembly.getDate()).forEach(member -> members.add(member.getId()));
    long valid = resolution.getConsents().stream()
        .filter(consent -> members.contains(consent.getMemberId()) && !consent.getDate().isAfter(asOf))
        // A member present agreed by voting; her written consent is not counted twice.
        .filter(consent -> !assembly.getAttendees().contains(consent.getMemberId()))
        .filter(consent -> consent.getForm().satisfies(purposeChangeConsentForm(consent.getDate()).value()))
        .map(Consent::getMemberId).distinct().count();
    return Math.max(0, members.size() - counted.getYes() - valid);
  }

  /**
   * Whether a resolution was adopted: from its votes, where counted (with § 34 BGB votes taken
   * out, and for a purpose change every absent member's consent); else as the minutes record it.
   *
   * @param association the association
   * @param assembly the assembly that took it
   * @param resolution the resolution
   * @param version the statute version of the assembly's day
   * @param asOf the day it is judged on: a purpose change needs the consents given by then
   * @return whether it was adopted; empty where neither votes nor a recorded result are known
   */
  public static Optional<Boolean> adopted(Association association, GeneralAssembly assembly, Resolution resolution,
      StatuteVersion version, LocalDate asOf) {
    Optional<Votes> votes = resolution.getVotes();
    if (votes.isEmpty()) {
      return resolution.getRecordedResult().map(result -> result == ResolutionResult.ADOPTED);
    }
    Majority majority = majority(resolution.getKind(), version).value();
    Votes counted = counted(votes.get(), resolution);
    boolean met = majority.isMetBy(counted, assembly.getPresentVoters().orElse(0));
    if (met && majority.kind() == Majority.Kind.ALL_MEMBERS) {
      met = consentsMissing(association, assembly, resolution, counted, asOf) == 0;
    }
    return Optional.of(met);
  }

  /**
   * The supporters of a minority demand who count: distinct members on the day it was received.
   *
   * @param association the association
   * @param demand the demand
   * @return how many supporters count
   */
  public static long supportersCounted(Association association, MinorityDemand demand) {
    Set<String> members = new HashSet<>();
    association.membersOn(demand.getReceivedOn()).forEach(member -> members.add(member.getId()));
    return demand.getSupporters().stream().filter(members::contains).distinct().count();
  }

  /**
   * Whether a minority demand reaches the quorum: all members count, also those without a vote,
   * on the day it was received (§ 37 Abs. 1 BGB); with one tenth, 10 of 95 or 100, 11 of 101.
   *
   * @param association the association
   * @param demand the demand
   * @param version the statute version of the day it was received
   * @return whether the quorum is reached
   */
  public static boolean quorumMet(Association association, MinorityDemand demand, StatuteVersion version) {
    return minorityQuorum(version).value().isReachedBy(supportersCounted(association, demand),
        association.membersOn(demand.getReceivedOn()).size());
  }

  /**
   * Whether a minority demand has the form and content § 37 Abs. 1 BGB asks for: the form, the
   * purpose and the reasons.
   *
   * @param demand the demand
   * @param version the statute version of the day it was received
   * @return whether it is valid in form
   */
  public static boolean formValid(MinorityDemand demand, StatuteVersion version) {
    return demand.getForm().satisfies(minorityDemandForm(version).value())
        && demand.getPurpose().isPresent() && demand.getReasons().isPresent();
  }
}
