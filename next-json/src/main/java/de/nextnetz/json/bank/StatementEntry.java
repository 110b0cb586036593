package de.nextnetz.json.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One booking of a bank statement as the bank wrote it (a camt.053 {@code Ntry}, or one transaction of a batch
 * entry), before it is matched to a member.
 *
 * @param index the position in the statement, from 1, as the office would count the bookings
 * @param reference the bank's reference of the booking ({@code AcctSvcrRef}, else {@code NtryRef}, else the
 *     end-to-end id), or empty
 * @param bookedOn the booking day
 * @param valueOn the value day, where the bank gives one
 * @param amount the amount, positive
 * @param currency the ISO 4217 code of the amount, e.g. {@code EUR}
 * @param credit whether money came in ({@code CRDT}) rather than went out
 * @param booked whether the bank booked it ({@code BOOK}) rather than holds it pending
 * @param endToEndId the end-to-end id the payer set, where not {@code NOTPROVIDED}
 * @param mandateReference the mandate reference of a direct debit
 * @param remittance the remittance text (Verwendungszweck), lines joined by a space
 * @param payerName the payer's name
 * @param payerIban the payer's IBAN, electronic form
 */
public record StatementEntry(int index, Optional<String> reference, LocalDate bookedOn, Optional<LocalDate> valueOn,
    BigDecimal amount, String currency, boolean credit, boolean booked, Optional<String> endToEndId,
    Optional<String> mandateReference, Optional<String> remittance, Optional<String> payerName,
    Optional<String> payerIban) {

  /**
   * Checks that nothing is missing.
   *
   * @param index the position
   * @param reference the bank's reference
   * @param bookedOn the booking day
   * @param valueOn the value day
   * @param amount the amount
   * @param currency the currency
   * @param credit whether a credit
   * @param booked whether booked
   * @param endToEndId the end-to-end id
   * @param mandateReference the mandate reference
   * @param remittance the remittance text
   * @param payerName the payer's name
   * @param payerIban the payer's IBAN
   */
  public StatementEntry {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(bookedOn, "bookedOn");
    Objects.requireNonNull(valueOn, "valueOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(endToEndId, "endToEndId");
    Objects.requireNonNull(mandateReference, "mandateReference");
    Objects.requireNonNull(remittance, "remittance");
    Objects.requireNonNull(payerName, "payerName");
    Objects.requireNonNull(payerIban, "payerIban");
  }

  /** {@return the day the money counts as received: the value day, else the booking day} */
  public LocalDate day() {
    return valueOn.orElse(bookedOn);
  }
}
