package de.nextnetz.rules.law;

import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Localized;
import de.nextnetz.rules.Message;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What applies to each parameter of a statute version where the Satzung is silent: the value then taken, whether
 * the BGB gives it, a convention of this library does (which a Satzung that says otherwise overrides) or the document
 * must give it, the provision that applies, and the mandatory law that holds whatever the Satzung says (§ 40 BGB lets
 * the Satzung decide the rest). Every {@link StatuteParameter} is declared here, in one exhaustive switch: a new
 * parameter does not compile until it is. The values are not restated: they are the law room's and the model's own,
 * read from a version that sets nothing ({@link AssemblyLaw}, {@link ExitLaw}, the defaults of
 * {@link StatuteVersion}). The README renders {@link #markdown(Locale)}, and a test keeps the two equal.
 */
public final class SatzungParameters {

  /** Where the value a silent Satzung gets comes from. */
  public enum ParameterBasis {
    /** The BGB's rule (the BGB setting nothing is a rule too: no period, no form, no quorum). */
    BGB,
    /** A convention of this library, where the BGB has no rule; a Satzung that says otherwise overrides it. */
    CONVENTION,
    /** None: the document must give the value (the model asks for it). */
    REQUIRED
  }

  /**
   * What applies to one parameter where the Satzung is silent.
   *
   * @param parameter the parameter
   * @param value the value then taken (a law room value, a model default, or a message that words it); empty where
   *     nothing applies (no period, no form, no fee)
   * @param basis where it comes from
   * @param law the provision then cited ("… (mangels Satzungsregelung)")
   * @param mandatory the mandatory law that holds whatever the Satzung says, where there is one
   */
  public record Silence(StatuteParameter parameter, Optional<Object> value, ParameterBasis basis, Citation law,
      Optional<Citation> mandatory) {

    /**
     * Checks that nothing is missing.
     *
     * @param parameter the parameter
     * @param value the value
     * @param basis the basis
     * @param law the provision
     * @param mandatory the mandatory law
     */
    public Silence {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(law, "law");
      Objects.requireNonNull(mandatory, "mandatory");
    }

    /**
     * The same, with the mandatory law that holds whatever the Satzung says.
     *
     * @param law the mandatory provision
     * @return the changed copy
     */
    Silence withMandatory(Citation law) {
      return new Silence(parameter, value, basis, this.law, Optional.of(law));
    }

    /**
     * The value in words.
     *
     * @param locale the language
     * @return e.g. "1/10", "no form", "none"
     */
    public String valueText(Locale locale) {
      return value.isEmpty() ? words("silent.none").render(locale) : Localized.value(value.get(), locale);
    }
  }

  /** A version that sets nothing the model lets it leave out. */
  private static final StatuteVersion SILENT = StatuteVersion.builder()
      .validFrom(LocalDate.of(2000, 1, 1))
      .source("Satzung")
      .chairs(1).viceChairs(0).treasurers(0).furtherBoardMembers(0)
      .reElectionWithin(Period.ofYears(1))
      .addMembershipKinds(MembershipKind.PERSONAL)
      .reviewersRequired(0)
      .build();

  private SatzungParameters() {}

  /**
   * What applies to a parameter where the Satzung is silent.
   *
   * @param parameter the parameter
   * @return the value, its basis, the provision and the mandatory law
   */
  public static Silence whereSilent(StatuteParameter parameter) {
    return switch (parameter) {
      case BOARD_TERM, MEMBERSHIP_KINDS, ADMISSION_PROCEDURE -> required(parameter);
      case INVITATION_PERIOD -> bgb(parameter, AssemblyLaw.invitationPeriod(SILENT).map(AssemblyLaw.Provision::value));
      case INVITATION_DEEMED_ON_DISPATCH -> bgb(parameter, SILENT.isInvitationDeemedOnDispatch());
      case INVITATION_FORMS -> silence(parameter, AssemblyLaw.invitationForms(SILENT), ParameterBasis.CONVENTION);
      case INVITATION_FORM -> bgb(parameter, AssemblyLaw.invitationForm(SILENT).map(AssemblyLaw.Provision::value));
      case STATUTE_CHANGE_WORDING_REQUIRED -> bgb(parameter, SILENT.isStatuteChangeWordingRequired());
      case VOTING_KINDS -> bgb(parameter, words("silent.everyMember"));
      case QUORUM -> bgb(parameter, SILENT.getQuorum());
      case SIMPLE_MAJORITY_BASE -> bgb(parameter, majority(ResolutionKind.SIMPLE));
      case STATUTE_CHANGE_MAJORITY -> bgb(parameter, majority(ResolutionKind.STATUTE_CHANGE));
      case PURPOSE_CHANGE_MAJORITY -> bgb(parameter, majority(ResolutionKind.PURPOSE_CHANGE));
      case DISSOLUTION_MAJORITY -> bgb(parameter, majority(ResolutionKind.DISSOLUTION));
      case MINORITY_QUORUM -> bgb(parameter, AssemblyLaw.minorityQuorum(SILENT).value())
          .withMandatory(AssemblyLaw.MINORITY_QUORUM_VOID);
      case MINORITY_DEMAND_FORM -> bgb(parameter, AssemblyLaw.minorityDemandForm(SILENT).value());
      case EXIT_NOTICE -> bgb(parameter, SILENT.getExitNotice()).withMandatory(ExitLaw.CAP_CITATION);
      case EXIT_ONLY_AT -> bgb(parameter, words("silent.anyDay")).withMandatory(ExitLaw.CAP_CITATION);
      case EXIT_FORM -> bgb(parameter, AssemblyLaw.exitForm(SILENT).value());
      case EXIT_EXCLUDED -> bgb(parameter, SILENT.isExitExcluded()).withMandatory(Citation.of(parameter.law()));
      case FISCAL_YEAR_END -> silence(parameter, SILENT.fiscalYearEnd(), ParameterBasis.CONVENTION);
      case VIRTUAL_ASSEMBLY_ALLOWED -> bgb(parameter, SILENT.isVirtualAssemblyAllowed());
      case MINUTES_SIGNATURES -> bgb(parameter, SILENT.getMinutesSignatures());
      case BOARD_REPRESENTATION -> bgb(parameter, words("silent.boardMajority"));
      case FEES -> bgb(parameter, SILENT.getFees());
      case FEE_DUE_DAY -> bgb(parameter, SILENT.getFeeDueDay());
      case FEE_PAYMENT_DAYS -> bgb(parameter, SILENT.getFeePaymentDays());
      case FEE_PRORATION -> silence(parameter, Ledgers.proration(SILENT), ParameterBasis.CONVENTION);
      case ANNUAL_ASSEMBLY -> silence(parameter, SILENT.isAnnualGeneralAssembly(), ParameterBasis.CONVENTION);
      case CONFERENCES -> bgb(parameter, SILENT.isSpringAndAutumnConference());
      case ASSEMBLY_AT_CONFERENCE -> bgb(parameter, SILENT.isAssemblyAtAutumnConference());
      case COMMUNITY_MEETINGS -> bgb(parameter, words("silent.noRhythm"));
    };
  }

  /** {@return what applies to every parameter where the Satzung is silent, in the order of the parameters} */
  public static List<Silence> all() {
    return Arrays.stream(StatuteParameter.values()).map(SatzungParameters::whereSilent).toList();
  }

  /**
   * The table of {@link #all()} in Markdown, as the README shows it: the parameter's JSON property, the value a
   * silent Satzung gets, where it comes from with the provision, and the mandatory law.
   *
   * @param locale the language of the words (citations are German legal references in every language)
   * @return the table, lines ending in {@code \n}
   */
  public static String markdown(Locale locale) {
    StringBuilder table = new StringBuilder();
    table.append(words("silent.header").render(locale)).append('\n')
        .append("|---|---|---|---|\n");
    for (Silence silence : all()) {
      table.append("| `").append(silence.parameter().property()).append("` | ")
          .append(silence.valueText(locale)).append(" | ")
          .append(Localized.value(silence.basis(), locale)).append(": ").append(silence.law().source()).append(" | ")
          .append(silence.mandatory().map(SatzungParameters::cited).orElse("–")).append(" |\n");
    }
    return table.toString();
  }

  /** A citation with its wording, where it has one: "§ 39 Abs. 2 BGB („… höchstens zwei Jahre …“)". */
  private static String cited(Citation citation) {
    return citation.quote().map(quote -> citation.source() + " („" + quote + "“)").orElse(citation.source());
  }

  private static Message words(String key) {
    return Message.builtIn(key, Map.of());
  }

  private static Message majority(ResolutionKind kind) {
    return AssemblyLaw.describe(AssemblyLaw.majority(kind, SILENT).value());
  }

  private static Silence required(StatuteParameter parameter) {
    return new Silence(parameter, Optional.of(words("silent.required")), ParameterBasis.REQUIRED,
        Citation.of(parameter.law()), Optional.empty());
  }

  private static Silence bgb(StatuteParameter parameter, Object value) {
    return silence(parameter, value, ParameterBasis.BGB);
  }

  private static Silence silence(StatuteParameter parameter, Object value, ParameterBasis basis) {
    // Nothing set (an absent value, no fees) is "none".
    Optional<Object> given = value instanceof Optional<?> optional ? optional.map(Object.class::cast)
        : value instanceof java.util.Collection<?> items && items.isEmpty() ? Optional.empty() : Optional.of(value);
    return new Silence(parameter, given, basis, Clauses.cite(SILENT, parameter, false), Optional.empty());
  }
}
