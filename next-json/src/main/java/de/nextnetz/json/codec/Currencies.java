package de.nextnetz.json.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The currencies money of the format may have: one list, read by the reader, the writer and the
 * schema alike, so that they agree whatever JDK runs them. It is generated from the JDK's currency
 * data, a maintained source of ISO 4217 ({@link SchemaDocuments#main}), and shipped as {@code
 * de/nextnetz/json/currencies.txt}; a test holds it to the JDK it was generated with. A newer JDK
 * may know codes the list does not have yet (Java 25 knows XAD); they are refused until the list is
 * regenerated, as the schema refuses them.
 */
final class Currencies {

  private Currencies() {}

  /** The list, loaded on first use (so that the JDK's list can be read without it). */
  private static final class Listed {
    static final List<String> CODES = load();
    static final Set<String> SET = Set.copyOf(CODES);

    private Listed() {}
  }

  /** {@return the codes of the list, sorted} */
  static List<String> codes() {
    return Listed.CODES;
  }

  /**
   * Tells whether a code is in the list.
   *
   * @param code the code, e.g. {@code "EUR"}
   * @return whether money of the format may have it
   */
  static boolean contains(String code) {
    return Listed.SET.contains(code);
  }

  /** {@return the ISO 4217 codes whose minor unit is the cent, as the running JDK knows them, sorted} */
  static List<String> fromJdk() {
    TreeSet<String> codes = new TreeSet<>();
    for (Currency currency : Currency.getAvailableCurrencies()) {
      if (currency.getDefaultFractionDigits() == 2) {
        codes.add(currency.getCurrencyCode());
      }
    }
    return List.copyOf(codes);
  }

  private static List<String> load() {
    try (InputStream in = Currencies.class.getResourceAsStream("/de/nextnetz/json/currencies.txt")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks de/nextnetz/json/currencies.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
