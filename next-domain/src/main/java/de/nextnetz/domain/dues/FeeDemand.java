package de.nextnetz.domain.dues;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;

/**
 * A letter asking a member for one year's fee, with the day it reached the member (Zugang, § 130 BGB): an invoice
 * (Beitragsrechnung), from whose receipt a Satzung may count the days to pay ({@code feePaymentDays}, § 286 Abs. 2
 * Nr. 2 BGB), or a reminder (Mahnung), which puts a member in default where no day fixed by the calendar does
 * (§ 286 Abs. 1 BGB). Where the Satzung sets a calendar due day, neither changes when the default began.
 */
@Value.Immutable
public interface FeeDemand {

  /** What the letter is. */
  enum Kind {
    /** Beitragsrechnung: asks for the fee; the Satzung may count the days to pay from its receipt. */
    INVOICE,
    /** Mahnung: asks again for a fee already due; without a calendar due day, default begins with it. */
    REMINDER
  }

  /** {@return the member, by id} */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return the fee year asked for} */
  Year getFeeYear();

  /** {@return whether the letter is an invoice or a reminder} */
  Kind getKind();

  /**
   * The day the letter reached the member (§ 130 BGB), which the office records, e.g. the day after an e-mail was
   * sent or the third day after a letter was posted, as it can prove.
   *
   * @return the day of receipt
   */
  LocalDate getReceivedOn();

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link FeeDemand}. */
  final class Builder extends ImmutableFeeDemand.Builder {
    /** Creates an empty builder, as {@link FeeDemand#builder()} does. */
    public Builder() {}
  }
}
