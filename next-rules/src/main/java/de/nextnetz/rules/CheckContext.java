package de.nextnetz.rules;

import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a check is relative to: the as-of day (rules never read a clock) and the statute version in
 * force that day. A context belongs to one check: rules may share look-ups derived from the
 * association through {@link #derived}, which is not thread-safe; the engine makes a new context
 * for every check.
 */
public final class CheckContext {

  private final LocalDate asOf;
  private final StatuteVersion statute;
  private final Map<Object, Object> derived = new HashMap<>();

  private CheckContext(LocalDate asOf, StatuteVersion statute) {
    this.asOf = asOf;
    this.statute = statute;
  }

  /**
   * Creates a context.
   *
   * @param asOf the day of the check
   * @param statute the statute version in force on that day
   * @return the context
   * @throws IllegalArgumentException if the version is not yet in force on that day
   */
  public static CheckContext of(LocalDate asOf, StatuteVersion statute) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(statute, "statute");
    if (statute.getValidFrom().isAfter(asOf)) {
      throw new IllegalArgumentException("the statute version valid from " + statute.getValidFrom()
          + " is not yet in force on " + asOf);
    }
    return new CheckContext(asOf, statute);
  }

  /** {@return the day of the check} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the statute version in force on the day of the check} */
  public StatuteVersion statute() {
    return statute;
  }

  /**
   * A look-up derived from the association, computed once per check and shared by the rules that
   * need it (e.g. members by identifier). The value must depend on the association only.
   *
   * @param key identifies the look-up, e.g. the class that computes it
   * @param compute computes it on first use
   * @param <T> its type
   * @return the look-up
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.get(), "derived value");
      derived.put(key, value);
    }
    return (T) value;
  }
}
