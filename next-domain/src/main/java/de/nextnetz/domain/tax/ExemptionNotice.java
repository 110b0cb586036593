package de.nextnetz.domain.tax;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A notice of the tax office on the status: its kind, the date printed on it (from which § 63 Abs. 5 AO counts to
 * the day), the last assessment year it covers, and where the office does not know the date, the assumption taken.
 */
@Value.Immutable
public interface ExemptionNotice {

  /** {@return what was issued} */
  NoticeKind getKind();

  /** {@return the date printed on the notice} */
  LocalDate getDate();

  /** {@return the last assessment year (Veranlagungszeitraum) it covers, where it names one} */
  Optional<Year> getAssessmentYear();

  /** {@return where the date is not known but assumed: why, in words; the checks relying on it name it} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getAssumption();

  /** {@return whether the notice states the exemption itself (a Freistellungsbescheid or the annex to one)} */
  default boolean isExemption() {
    return getKind() != NoticeKind.STATUTE_DETERMINATION;
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
   * Builds an {@link ExemptionNotice}; {@code build()} throws {@link IllegalStateException} naming any required
   * attribute that was not set.
   */
  final class Builder extends ImmutableExemptionNotice.Builder {
    /** Creates an empty builder, as {@link ExemptionNotice#builder()} does. */
    public Builder() {}
  }
}
