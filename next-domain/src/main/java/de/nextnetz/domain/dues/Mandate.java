package de.nextnetz.domain.dues;

import de.nextnetz.domain.validation.Semantic;
import jakarta.validation.groups.Default;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * SEPA-Lastschriftmandat: the member's authorisation to collect the dues from an account by SEPA Core direct
 * debit. The reference is unique per creditor identifier (checked by the rules), at most 35 characters of the
 * SEPA set, not starting or ending with {@code /} and without {@code //}.
 */
@Value.Immutable
public interface Mandate {

  /** The characters a mandate reference may hold (EPC implementation guidelines; DK Anlage 3), as a pattern. */
  String REFERENCE_PATTERN = "^(?!/)(?!.*//)(?!.*/$)[A-Za-z0-9/?:().,'+ -]{1,35}$";

  /** The message of a reference that does not match {@link #REFERENCE_PATTERN}. */
  String REFERENCE_MESSAGE = "a mandate reference has 1 to 35 characters of A–Z, a–z, 0–9, space and / - ? : ( ) . ,"
      + " ' + (no umlauts), and neither starts nor ends with / nor holds //";

  /** {@return the mandate reference (Mandatsreferenz), e.g. {@code MV-M-0001}} */
  @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE)
  String getReference();

  /** {@return the day the member signed the mandate} */
  LocalDate getSignedOn();

  /** {@return the account to debit} */
  Iban getIban();

  /** {@return the bank's BIC, if recorded; SEPA payments in the euro area do not need it} */
  Optional<@Pattern(regexp = "^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$",
      message = "a BIC has 8 or 11 capital letters and digits, e.g. GENODEM1GLS",
      groups = {Default.class, Semantic.class}) String> getBic();

  /** {@return the account holder, if not the member (e.g. a parent)} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getAccountHolder();

  /** {@return whether the mandate allows recurrent collections or one} */
  @Value.Default
  default MandateSequence getSequence() {
    return MandateSequence.RECURRENT;
  }

  /** {@return the due day of the last collection presented under the mandate, if any} */
  Optional<LocalDate> getLastCollection();

  /** {@return the day the member revoked the mandate, if it was revoked} */
  Optional<LocalDate> getRevokedOn();

  /**
   * Tells whether the mandate had been signed and not revoked on a day.
   *
   * @param day the day
   * @return {@code true} if signed on or before the day and not revoked on or before it
   */
  default boolean isInForceOn(LocalDate day) {
    return !getSignedOn().isAfter(day) && getRevokedOn().map(day::isBefore).orElse(true);
  }

  /**
   * Checks that the mandate's days follow each other.
   *
   * @throws IllegalStateException if the last collection or the revocation lies before the signature
   */
  @Value.Check
  default void check() {
    getLastCollection().ifPresent(last -> {
      if (last.isBefore(getSignedOn())) {
        throw new IllegalStateException("mandate " + getReference() + ": 'lastCollection' (" + last
            + ") must not be before 'signedOn' (" + getSignedOn() + ")");
      }
    });
    getRevokedOn().ifPresent(revoked -> {
      if (revoked.isBefore(getSignedOn())) {
        throw new IllegalStateException("mandate " + getReference() + ": 'revokedOn' (" + revoked
            + ") must not be before 'signedOn' (" + getSignedOn() + ")");
      }
    });
  }

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

  /** Builds a {@link Mandate}. */
  final class Builder extends ImmutableMandate.Builder {
    /** Creates an empty builder, as {@link Mandate#builder()} does. */
    public Builder() {}
  }
}
