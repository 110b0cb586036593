package de.nextnetz.domain.statute;

import de.nextnetz.domain.Money;
import de.nextnetz.domain.membership.MembershipKind;
import de.nextnetz.domain.validation.NonNegative;
import org.immutables.value.Value;

/** Beitrag: the annual fee the statute (or fee schedule) sets for one kind of membership. */
@Value.Immutable
public interface Fee {

  /** {@return the kind of membership} */
  MembershipKind getKind();

  /** {@return the annual amount} */
  @NonNegative
  Money getAnnualAmount();

  /**
   * Creates a fee.
   *
   * @param kind the kind of membership
   * @param annualAmount the annual amount
   * @return the fee
   */
  static Fee of(MembershipKind kind, Money annualAmount) {
    return ImmutableFee.builder().kind(kind).annualAmount(annualAmount).build();
  }
}
