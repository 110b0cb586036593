package de.nextnetz.domain.dues;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Beitragsbuchhaltung: what the office records about the dues from the day it began: the payments received, the
 * amounts written off, the invoices and reminders sent and the association's SEPA creditor identifier. Fees that fell due before
 * {@link #getRecordedFrom()} are taken as settled; from that day on, a fee without payment is open.
 */
@Value.Immutable
public interface Dues {

  /** {@return the first day for which payments are recorded; fees due earlier are taken as settled} */
  LocalDate getRecordedFrom();

  /** {@return the association's SEPA creditor identifier, needed to collect by direct debit} */
  Optional<CreditorId> getCreditorId();

  /** {@return the association's account the dues are collected into, needed for a direct-debit file} */
  Optional<Iban> getAccount();

  /** {@return the payments received, in any order} */
  List<@Valid Payment> getPayments();

  /** {@return the amounts written off} */
  List<@Valid WriteOff> getWriteOffs();

  /** {@return the invoices and reminders sent, with the day each reached its member} */
  List<@Valid FeeDemand> getDemands();

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

  /** Builds a {@link Dues}. */
  final class Builder extends ImmutableDues.Builder {
    /** Creates an empty builder, as {@link Dues#builder()} does. */
    public Builder() {}
  }
}
