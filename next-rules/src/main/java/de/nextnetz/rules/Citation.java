package de.nextnetz.rules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule comes from: the clause of the statute or the paragraph of the BGB it implements,
 * e.g. {@code "§ 26 Abs. 1 BGB"}, with the quoted text where one is kept.
 *
 * @param source the clause, e.g. {@code "§ 73 BGB"}
 * @param quote the wording of the clause, if kept
 */
public record Citation(String source, Optional<String> quote) {

  /**
   * Checks the source.
   *
   * @throws IllegalArgumentException if the source is blank
   * @param source the clause, e.g. {@code "§ 73 BGB"}
   * @param quote the wording of the clause, if kept
   */
  public Citation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
    if (source.isBlank()) {
      throw new IllegalArgumentException("citation source must not be blank");
    }
  }

  /**
   * Creates a citation without quote.
   *
   * @param source the clause, e.g. {@code "§ 73 BGB"}
   * @return the citation
   * @throws IllegalArgumentException if the source is blank
   */
  public static Citation of(String source) {
    return new Citation(source, Optional.empty());
  }

  /**
   * Creates a citation with the quoted text of the clause.
   *
   * @param source the clause
   * @param quote the clause's wording, or {@code null} for none
   * @return the citation
   * @throws IllegalArgumentException if the source is blank
   */
  public static Citation of(String source, @Nullable String quote) {
    return new Citation(source, Optional.ofNullable(quote));
  }

  /** {@return the clause} */
  @Override
  public String toString() {
    return source;
  }
}
