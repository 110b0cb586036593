package de.nextnetz.json.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank statement as read: the account, its currency and the bookings in the order of the file.
 *
 * @param version the camt.053 message version, e.g. {@code camt.053.001.08}
 * @param account the account's IBAN, where the statement names it
 * @param currency the account's currency, where the statement names it
 * @param entries the bookings, in the order of the file
 */
public record BankStatement(String version, Optional<String> account, Optional<String> currency,
    List<StatementEntry> entries) {

  /**
   * Keeps the values.
   *
   * @param version the version
   * @param account the IBAN
   * @param currency the currency
   * @param entries the bookings
   */
  public BankStatement {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    entries = List.copyOf(entries);
  }
}
