package de.nextnetz.domain.tax;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Donation} and a receipt's {@link ReceiptItem} say of a gift beyond its day and amount: whether it
 * is a reimbursement the giver waived, and for a gift in kind what it is, where it comes from and whether the
 * documents used to value it are at hand (§ 10b Abs. 3 EStG). Stated once here for both.
 */
public interface Gift {

  /** {@return whether it is a reimbursement the giver waived (Verzicht auf die Erstattung von Aufwendungen)} */
  @Value.Default
  default boolean isWaiver() {
    return false;
  }

  /** {@return for a gift in kind: what it is, with age, condition and purchase price where known} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getDescription();

  /** {@return for a gift in kind: where it comes from, as the giver says} */
  Optional<InKindOrigin> getOrigin();

  /** {@return for a gift in kind: whether documents used to value it (an invoice, an expert's opinion) are at hand} */
  @Value.Default
  default boolean isValuationDocuments() {
    return false;
  }
}
