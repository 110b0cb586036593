package de.nextnetz.domain.municipal;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Beschluss: a resolution of a municipal council, e.g. Wiesbaden's resolution Nr. 0057 of
 * 21 March 2024 on joining NExT e. V.
 */
@Value.Immutable
public interface CouncilResolution {

  /** {@return the resolution's number, e.g. {@code "0057"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getNumber();

  /** {@return the number of the submission it decided (Vorlagen-Nr.), e.g. {@code "24-V-07-0001"}} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getSubmissionNumber();

  /** {@return the agenda item, e.g. {@code "Tagesordnung II Punkt 10"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getAgendaItem();

  /** {@return the body that passed it} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getBody();

  /** {@return the day it was passed} */
  LocalDate getDate();

  /** {@return the subject, e.g. {@code "Beitritt NExT e. V. der Landeshauptstadt Wiesbaden"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getSubject();

  /** {@return the decisions, each in the resolution's words, e.g. "2.2 der jährliche Mitgliedsbeitrag …"} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getDecisions();

  /** {@return the annual fee the resolution approves, e.g. 1,000 EUR in Beschluss Nr. 0057, 2.2} */
  Optional<@NonNegative(groups = {Default.class, Semantic.class}) Money> getAnnualFee();

  /** {@return the conditions the decisions depend on} */
  List<@Valid ResolutionCondition> getConditions();

  /** {@return earlier steps the resolution refers to, e.g. {@code "antragsgemäß Magistrat 27.02.2024 BP 0106"}} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getReference();

  /**
   * The day all conditions were met: the latest day among them, the resolution's day if it has
   * none, or empty while any condition is not known to be met.
   *
   * @return the day the resolution took full effect, if known
   */
  default Optional<LocalDate> getConditionsMetOn() {
    LocalDate latest = getDate();
    for (ResolutionCondition condition : getConditions()) {
      if (condition.getMetOn().isEmpty()) {
        return Optional.empty();
      }
      if (condition.getMetOn().get().isAfter(latest)) {
        latest = condition.getMetOn().get();
      }
    }
    return Optional.of(latest);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CouncilResolution}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableCouncilResolution.Builder {
    /** Creates an empty builder, as {@link CouncilResolution#builder()} does. */
    public Builder() {}
  }
}
