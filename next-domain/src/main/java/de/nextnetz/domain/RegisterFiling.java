package de.nextnetz.domain;

import de.nextnetz.domain.base.Ids;
import java.time.LocalDate;
import java.util.Optional;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A filing with the register of associations and its entry: a change of the board (§ 67 BGB) or of
 * the Satzung, which takes effect only with its entry (§ 71 Abs. 1 BGB).
 */
@Value.Immutable
public interface RegisterFiling {

  /** {@return what is filed} */
  RegisterFilingKind getKind();

  /** {@return for a statute change: the resolution that adopted it} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getResolutionId();

  /** {@return for a board change: the day of the election it reports} */
  Optional<LocalDate> getElectionDate();

  /** {@return the day it was filed, where it was} */
  Optional<LocalDate> getFiledOn();

  /** {@return the day the register court entered it, where it did} */
  Optional<LocalDate> getEnteredOn();

  /**
   * Checks that the filing says what it reports.
   *
   * @throws IllegalStateException if a statute change names no resolution or a board change no
   *     election day, or the entry precedes the filing
   */
  @Value.Check
  default void check() {
    if (getKind() == RegisterFilingKind.STATUTE_CHANGE && getResolutionId().isEmpty()) {
      throw new IllegalStateException("a register filing of a statute change needs 'resolutionId'");
    }
    if (getKind() == RegisterFilingKind.BOARD_CHANGE && getElectionDate().isEmpty()) {
      throw new IllegalStateException("a register filing of a board change needs 'electionDate'");
    }
    if (getFiledOn().isPresent() && getEnteredOn().isPresent() && getEnteredOn().get().isBefore(getFiledOn().get())) {
      throw new IllegalStateException("a register filing cannot be entered (" + getEnteredOn().get()
          + ") before it was filed (" + getFiledOn().get() + ")");
    }
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
   * Builds a {@link RegisterFiling}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableRegisterFiling.Builder {
    /** Creates an empty builder, as {@link RegisterFiling#builder()} does. */
    public Builder() {}
  }
}
