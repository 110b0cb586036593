package de.nextnetz.domain.tax;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reserve (Rücklage, § 62 AO): its kind, the amount put in, the year of the inflows it holds, the day the competent
 * organ resolved it, and for a reserve with a reason the day the reason ended and the day it was dissolved.
 */
@Value.Immutable
public interface Reserve {

  /** {@return the identifier} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the kind} */
  ReserveKind getKind();

  /** {@return the amount put in} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAmount();

  /** {@return the calendar year of the inflows it holds} */
  Year getInflowYear();

  /** {@return the day the competent organ resolved it} */
  LocalDate getResolvedOn();

  /** {@return for a purpose, replacement or shareholding reserve: the day its reason ended} */
  Optional<LocalDate> getReasonEndedOn();

  /** {@return the day it was dissolved} */
  Optional<LocalDate> getDissolvedOn();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Reserve}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableReserve.Builder {
    /** Creates an empty builder, as {@link Reserve#builder()} does. */
    public Builder() {}
  }
}
