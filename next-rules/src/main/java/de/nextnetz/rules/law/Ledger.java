package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.Member;
import java.util.List;
import java.util.Objects;

/**
 * A member's dues account on a day (Beitragskonto): the fee of each year since recording began, the payments and
 * write-offs matched to them oldest first (a payment naming its year to that year first), and what was paid beyond
 * every fee as credit. Made by {@link Ledgers}; a value any rule or command can ask.
 *
 * @param member the member
 * @param items the fee years, oldest first
 * @param received the sum of the member's payments up to the day
 * @param credit what was paid beyond every fee (Guthaben)
 */
public record Ledger(Member member, List<LedgerItem> items, Money received, Money credit) {

  /**
   * Keeps the values.
   *
   * @param member the member
   * @param items the fee years
   * @param received the payments' sum
   * @param credit the credit
   */
  public Ledger {
    Objects.requireNonNull(member, "member");
    items = List.copyOf(items);
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(credit, "credit");
  }

  /** {@return the sum of what is open over all years} */
  public Money open() {
    Money open = Money.ofCents(0, Money.EUR);
    for (LedgerItem item : items) {
      open = open.plus(item.open());
    }
    return open;
  }

  /** {@return the fee years with something open, oldest first} */
  public List<LedgerItem> openItems() {
    return items.stream().filter(item -> !item.isSettled()).toList();
  }

  /** {@return the default interest over all years, open and paid late} */
  public Interest interest() {
    Interest sum = Interest.NONE;
    for (LedgerItem item : items) {
      sum = sum.plus(item.interest());
    }
    return sum;
  }
}
