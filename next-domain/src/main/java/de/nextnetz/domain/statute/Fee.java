package de.nextnetz.domain.statute;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.validation.NonNegative;
import org.immutables.value.Value;

/** Beitrag: the annual fee the statute (or fee schedule) sets for one kind of membership. */
@Value.Immutable
public interface Fee {

  /** {@return the kind of membership} */
  MembershipKind getKind();

  /** {@return the annual amount} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAnnualAmount();

  /**
   * Creates a fee.
   *
   * @param kind the kind of membership
   * @param annualAmount the annual amount
   * @return the fee
   */
  static Fee of(MembershipKind kind, Money annualAmount) {
    return builder().kind(kind).annualAmount(annualAmount).build();
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

  /** Builds a {@link Fee}. */
  final class Builder extends ImmutableFee.Builder {
    /** Creates an empty builder, as {@link Fee#builder()} does. */
    public Builder() {}
  }
}
