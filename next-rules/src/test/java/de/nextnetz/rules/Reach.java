package de.nextnetz.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Counts, per property, how many inputs a generator produced and how many of them reached the
 * property's assertion, so that a generator that makes most inputs useless is noticed. The counts
 * are printed after the class and, when the stored inputs are replayed (not while fuzzing), must
 * reach a stated share.
 */
final class Reach {

  private static final Map<String, AtomicIntegerArray> COUNTS = new ConcurrentHashMap<>();

  private Reach() {}

  /** An input was generated for a property. */
  static void tried(String property) {
    COUNTS.computeIfAbsent(property, name -> new AtomicIntegerArray(2)).incrementAndGet(0);
  }

  /** The input reached the property's assertion. */
  static void reached(String property) {
    COUNTS.computeIfAbsent(property, name -> new AtomicIntegerArray(2)).incrementAndGet(1);
  }

  /**
   * Prints every property's share and checks it while replaying.
   *
   * @param minimumShare the least share of inputs that must reach the assertion, e.g. 0.8
   * @param properties the properties of the calling class
   */
  static void report(double minimumShare, String... properties) {
    boolean fuzzing = System.getenv("JAZZER_FUZZ") != null;
    for (String property : properties) {
      AtomicIntegerArray counts = COUNTS.getOrDefault(property, new AtomicIntegerArray(2));
      int tried = counts.get(0);
      int reached = counts.get(1);
      System.out.printf("property %s: %d of %d inputs reached the assertion (%.0f %%)%n",
          property, reached, tried, tried == 0 ? 0.0 : 100.0 * reached / tried);
      if (!fuzzing && tried > 1) {
        assertThat((double) reached / tried).as(property + ": share of inputs that reach the assertion")
            .isGreaterThanOrEqualTo(minimumShare);
      }
    }
  }
}
