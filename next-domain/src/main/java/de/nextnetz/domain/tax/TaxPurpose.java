package de.nextnetz.domain.tax;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purpose the Satzung pursues, in its words, and the number of the § 52 Abs. 2 Satz 1 AO catalogue it belongs to
 * (e.g. 7: "die Förderung der Erziehung, Volks- und Berufsbildung einschließlich der Studentenhilfe").
 */
@Value.Immutable
public interface TaxPurpose {

  /** {@return the purpose in the Satzung's words} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getText();

  /** {@return the number of the § 52 Abs. 2 Satz 1 AO catalogue, 1 to 26, where the office assigned one} */
  Optional<Integer> getCatalogueNumber();

  /**
   * Creates a purpose.
   *
   * @param text the words
   * @param number the catalogue number
   * @return the purpose
   */
  static TaxPurpose of(String text, int number) {
    return builder().text(text).catalogueNumber(number).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TaxPurpose}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableTaxPurpose.Builder {
    /** Creates an empty builder, as {@link TaxPurpose#builder()} does. */
    public Builder() {}
  }
}
