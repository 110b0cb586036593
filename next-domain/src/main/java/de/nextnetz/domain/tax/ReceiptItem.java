package de.nextnetz.domain.tax;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One amount a receipt confirms: the day it was given, how much, what it was, and whether anything came back. */
@Value.Immutable
public interface ReceiptItem extends Gift {

  /** {@return the day of the donation or payment} */
  LocalDate getDate();

  /** {@return the amount} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAmount();

  /** {@return what it was} */
  ReceiptItemKind getKind();

  /** {@return what the giver received for it, where anything (a ticket, a service): then it is a price} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getConsideration();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceiptItem}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableReceiptItem.Builder {
    /** Creates an empty builder, as {@link ReceiptItem#builder()} does. */
    public Builder() {}
  }
}
