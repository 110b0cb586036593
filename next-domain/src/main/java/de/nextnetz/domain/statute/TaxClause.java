package de.nextnetz.domain.statute;

import org.immutables.value.Value;

/**
 * Where a Satzung version states one of the elements the tax-privileged status asks of it (§ 60 Abs. 1 Satz 2 AO,
 * Anlage 1 AO): the element, the clause, e.g. "§ 2 Abs. 3 der Satzung", and its wording where recorded.
 */
@Value.Immutable
public interface TaxClause extends Cited {

  /** {@return the element of the Mustersatzung the clause states} */
  TaxElement getElement();

  /**
   * A clause without its wording.
   *
   * @param element the element
   * @param clause where the Satzung states it
   * @return the clause
   */
  static TaxClause of(TaxElement element, String clause) {
    return builder().element(element).clause(clause).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaxClause}. */
  final class Builder extends ImmutableTaxClause.Builder {
    /** Creates an empty builder, as {@link TaxClause#builder()} does. */
    public Builder() {}
  }
}
