package de.nextnetz.rules.report;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.law.Majority;
import de.nextnetz.rules.law.Transit;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.calendar.PublicHolidays;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the office must know before it sends the invitations to a general assembly, computed once from the law room
 * under the Satzung version in force on the assembly's day: the latest dispatch day per allowed form, who is
 * invited, what the invitation must contain, the basis of the format, who calls it, the quorum, the majority of each
 * resolution, each with the clause that decides it; and, where the invitation is recorded, the findings of the
 * assembly rules on it. {@code next assembly} renders it as text and as the JSON document
 * {@code nextnetz.assembly-plan}; neither judges again.
 *
 * @param assembly the assembly
 * @param statuteValidFrom the day the governing Satzung version took effect
 * @param invitationPeriod the invitation period with its latest day of receipt, where the Satzung sets one
 * @param missingPeriod where the Satzung sets no period, the parameter it lacks (a JSON Pointer with its clause)
 * @param dispatch the latest dispatch day per allowed form (empty without a period)
 * @param forms the forms the Satzung allows for the invitation, in its order (empty: any form)
 * @param formsClause the clause on the forms
 * @param recipients how many members are invited: every member on the latest day of dispatch
 * @param recipientsOn that day
 * @param formatBasis for an assembly not only at a place, what allows its format (empty for an in-person one)
 * @param wordingRequired whether a statute change must state the proposed wording
 * @param wordingClause the clause on the wording
 * @param signers how many board members must call the assembly, with the clause
 * @param quorum the quorum, where the Satzung sets one
 * @param majorities the majority each resolution needs: per agenda item with a kind, else per kind
 * @param judged whether the assembly rules judged the assembly: it is recorded with its invitation
 * @param findings the findings of the assembly rules on this assembly (empty where not judged)
 */
public record AssemblyPlan(GeneralAssembly assembly, LocalDate statuteValidFrom,
    Optional<InvitationPeriod> invitationPeriod, Optional<String> missingPeriod, List<Dispatch> dispatch,
    Set<DeclarationForm> forms, Citation formsClause, int recipients, LocalDate recipientsOn,
    Optional<AssemblyLaw.FormatBasis> formatBasis, boolean wordingRequired, Citation wordingClause,
    AssemblyLaw.Provision<Integer> signers, Optional<Quorum> quorum, List<MajorityLine> majorities,
    boolean judged, List<Finding> findings) {

  /**
   * The invitation period of the Satzung.
   *
   * @param period the period between receipt and assembly
   * @param receiptBy the latest day the invitation may be received
   * @param citation the clause that sets it
   */
  public record InvitationPeriod(Period period, LocalDate receiptBy, Citation citation) {

    /**
     * Checks that nothing is missing.
     *
     * @param period the period
     * @param receiptBy the latest day of receipt
     * @param citation the clause
     */
    public InvitationPeriod {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(receiptBy, "receiptBy");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * The latest day to send the invitation in one form.
   *
   * @param form the form
   * @param latest the latest day of dispatch
   * @param transitDays the days from the latest dispatch to the last day of receipt (0 where the Satzung deems it
   *     received when sent)
   * @param receiptTaken what the day of receipt rests on: the Satzung's deeming clause or the transit assumption
   */
  public record Dispatch(DeclarationForm form, LocalDate latest, int transitDays, Message receiptTaken) {

    /**
     * Checks that nothing is missing.
     *
     * @param form the form
     * @param latest the latest day
     * @param transitDays the days in transit
     * @param receiptTaken what the day of receipt rests on
     */
    public Dispatch {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(receiptTaken, "receiptTaken");
    }
  }

  /**
   * The quorum of the assembly.
   *
   * @param share the share of the members that must be present
   * @param needed how many members that is
   * @param members the members on the assembly's day
   * @param citation the clause
   */
  public record Quorum(Fraction share, int needed, int members, Citation citation) {

    /**
     * Checks that nothing is missing.
     *
     * @param share the share
     * @param needed how many
     * @param members of how many
     * @param citation the clause
     */
    public Quorum {
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * The majority a resolution needs.
   *
   * @param agendaItem the subject of the agenda item it belongs to; empty where the plan lists each kind
   * @param kind the kind of resolution
   * @param majority the majority
   * @param citation the clause or provision that sets it
   */
  public record MajorityLine(Optional<String> agendaItem, ResolutionKind kind, Majority majority, Citation citation) {

    /**
     * Checks that nothing is missing.
     *
     * @param agendaItem the agenda item's subject, if any
     * @param kind the kind
     * @param majority the majority
     * @param citation the clause
     */
    public MajorityLine {
      Objects.requireNonNull(agendaItem, "agendaItem");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(majority, "majority");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * Checks that nothing is missing and copies the lists.
   *
   * @param assembly the assembly
   * @param statuteValidFrom the governing version's first day
   * @param invitationPeriod the period, if set
   * @param missingPeriod the missing parameter, if no period is set
   * @param dispatch the dispatch days
   * @param forms the allowed forms
   * @param formsClause the clause on the forms
   * @param recipients the number of members invited
   * @param recipientsOn the day they are counted
   * @param formatBasis the basis of the format
   * @param wordingRequired whether the wording is required
   * @param wordingClause the clause on the wording
   * @param signers the board members who call it
   * @param quorum the quorum, if set
   * @param majorities the majorities
   * @param judged whether the assembly rules judged it
   * @param findings the findings
   */
  public AssemblyPlan {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(statuteValidFrom, "statuteValidFrom");
    Objects.requireNonNull(invitationPeriod, "invitationPeriod");
    Objects.requireNonNull(missingPeriod, "missingPeriod");
    dispatch = List.copyOf(dispatch);
    forms = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(forms));
    Objects.requireNonNull(formsClause, "formsClause");
    Objects.requireNonNull(recipientsOn, "recipientsOn");
    Objects.requireNonNull(formatBasis, "formatBasis");
    Objects.requireNonNull(wordingClause, "wordingClause");
    Objects.requireNonNull(signers, "signers");
    Objects.requireNonNull(quorum, "quorum");
    majorities = List.copyOf(majorities);
    findings = List.copyOf(findings);
  }

  /**
   * Plans an assembly of an association under the Satzung version in force on its day, with the findings of the
   * built-in assembly rules on it as of the later of today and the assembly's day.
   *
   * @param association the association
   * @param assembly the assembly, one of the association's or a new one not yet recorded
   * @param today the day the plan is made
   * @return the plan; empty if no Satzung version is in force on the assembly's day
   */
  public static Optional<AssemblyPlan> of(Association association, GeneralAssembly assembly, LocalDate today) {
    return association.statuteOn(assembly.getDate())
        .map(statute -> of(association, assembly, statute, today));
  }

  private static AssemblyPlan of(Association association, GeneralAssembly assembly, StatuteVersion statute,
      LocalDate today) {
    Optional<AssemblyLaw.Provision<Period>> period = AssemblyLaw.invitationPeriod(statute);
    LocalDate dispatchBy = assembly.getDate();
    List<Dispatch> dispatch = new ArrayList<>();
    Optional<InvitationPeriod> invitation = Optional.empty();
    if (period.isPresent()) {
      LocalDate receiptBy = AssemblyLaw.latestReceipt(assembly.getDate(), period.get().value());
      invitation = Optional.of(new InvitationPeriod(period.get().value(), receiptBy, period.get().citation()));
      for (DeclarationForm form : AssemblyLaw.invitationForms(statute)) {
        LocalDate latest = AssemblyLaw.latestDispatch(assembly.getDate(), period.get().value(), form, statute,
            Transit.DEFAULT, PublicHolidays.atSeatOf(association));
        dispatchBy = latest.isBefore(dispatchBy) ? latest : dispatchBy;
        dispatch.add(new Dispatch(form, latest, Math.toIntExact(
            java.time.temporal.ChronoUnit.DAYS.between(latest, receiptBy)),
            AssemblyLaw.receiptAssumption(latest, form, statute, Transit.DEFAULT)));
      }
    }
    Optional<String> missing = period.isPresent() ? Optional.empty()
        : Optional.of(AssemblyLaw.pointer(association, statute, StatuteParameter.INVITATION_PERIOD));
    Optional<AssemblyLaw.FormatBasis> basis = assembly.getFormat() == AssemblyFormat.IN_PERSON ? Optional.empty()
        : Optional.of(AssemblyLaw.formatBasis(association, assembly, statute));
    int members = AssemblyLaw.votingMembersOn(association, statute, assembly.getDate());
    Optional<Quorum> quorum = statute.getQuorum().map(share -> new Quorum(share, Math.toIntExact(share.leastPartOf(members)), members,
        Clauses.cite(statute, StatuteParameter.QUORUM, true)));
    return new AssemblyPlan(assembly, association.statuteInForceFrom(statute).orElse(statute.getValidFrom()), invitation, missing, dispatch,
        statute.getInvitationForms(), Clauses.cite(statute, StatuteParameter.INVITATION_FORMS, true),
        association.membersOn(dispatchBy).size(), dispatchBy, basis, statute.isStatuteChangeWordingRequired(),
        Clauses.cite(statute, StatuteParameter.STATUTE_CHANGE_WORDING_REQUIRED, statute.isStatuteChangeWordingRequired()),
        AssemblyLaw.boardRepresentation(statute, association.getBoard().representativesOn(today).size()), quorum,
        majorities(assembly, statute), index(association, assembly) >= 0,
        findings(association, assembly, today));
  }

  private static List<MajorityLine> majorities(GeneralAssembly assembly, StatuteVersion statute) {
    List<AgendaItem> items = assembly.getInvitation().map(Invitation::getAgendaItems).orElse(List.of());
    List<MajorityLine> lines = new ArrayList<>();
    if (items.stream().anyMatch(item -> item.getKind().isPresent())) {
      for (AgendaItem item : items) {
        ResolutionKind kind = item.getKind().orElse(ResolutionKind.SIMPLE);
        AssemblyLaw.Provision<Majority> majority = AssemblyLaw.majority(kind, statute);
        lines.add(new MajorityLine(Optional.of(item.getSubject()), kind, majority.value(), majority.citation()));
      }
      return lines;
    }
    for (ResolutionKind kind : ResolutionKind.values()) {
      AssemblyLaw.Provision<Majority> majority = AssemblyLaw.majority(kind, statute);
      lines.add(new MajorityLine(Optional.empty(), kind, majority.value(), majority.citation()));
    }
    return lines;
  }

  /** The assembly's position among the association's, where it is recorded with its invitation (judged); else -1. */
  private static int index(Association association, GeneralAssembly assembly) {
    return assembly.getInvitation().isEmpty() ? -1 : association.getGeneralAssemblies().indexOf(assembly);
  }

  /** The assembly rules' findings on a judged assembly, as of the later of today and its day. */
  private static List<Finding> findings(Association association, GeneralAssembly assembly, LocalDate today) {
    int index = index(association, assembly);
    if (index < 0) {
      return List.of();
    }
    String path = Pointer.to("generalAssemblies", index);
    return BuiltInRules.engine().check(association, today.isBefore(assembly.getDate()) ? assembly.getDate() : today)
        .findingsAt(path);
  }

  /** {@return whether any finding on the assembly is an error} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
  }
}
