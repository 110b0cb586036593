package de.nextnetz.domain.municipal;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of a membership fee that one department (Dezernat) pays from its budget. */
@Value.Immutable
public interface CostShare {

  /** {@return the department, e.g. {@code "Dezernat VII"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDepartment();

  /** {@return the annual amount the department pays} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAmount();

  /**
   * Creates a share.
   *
   * @param department the department
   * @param amount the annual amount
   * @return the share
   */
  static CostShare of(String department, Money amount) {
    return builder().department(department).amount(amount).build();
  }

  /**
   * Adds up cost shares.
   *
   * @param shares the shares
   * @param currency the currency they must all be in (the fee's)
   * @return the sum, zero for no shares; empty if a share is in another currency
   */
  static Optional<Money> total(List<CostShare> shares, Currency currency) {
    Money total = Money.ofCents(0, currency);
    for (CostShare share : shares) {
      if (!share.getAmount().currency().equals(currency)) {
        return Optional.empty();
      }
      total = total.plus(share.getAmount());
    }
    return Optional.of(total);
  }

  /**
   * Splits a fee equally across departments, the shares summing exactly to the fee; where it does
   * not divide evenly, the earlier departments pay one cent more ({@link Money#split(int)}).
   *
   * @param fee the fee
   * @param departments the departments, in the order the resolution names them
   * @return one share per department
   * @throws IllegalArgumentException if there is no department
   */
  static List<CostShare> splitEvenly(Money fee, List<String> departments) {
    if (departments.isEmpty()) {
      throw new IllegalArgumentException("departments must not be empty");
    }
    List<Money> amounts = fee.split(departments.size());
    List<CostShare> shares = new ArrayList<>(departments.size());
    for (int i = 0; i < departments.size(); i++) {
      shares.add(of(departments.get(i), amounts.get(i)));
    }
    return List.copyOf(shares);
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
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

  /** Builds a {@link CostShare}. */
  final class Builder extends ImmutableCostShare.Builder {
    /** Creates an empty builder, as {@link CostShare#builder()} does. */
    public Builder() {}
  }
}
