package de.nextnetz.rules;

import java.util.Objects;
import java.util.function.Function;

/**
 * A look-up derived from a subject (e.g. applications by member) that several rules need: a {@link
 * RuleEngine} computes it at most once per check run and hands it to every {@link LookupRule} that
 * names it; the next run computes it afresh. Two lookups are the same when they are the same
 * instance, so declare each as a constant.
 *
 * @param <T> the subject
 * @param <L> the look-up
 */
public final class SharedLookup<T, L> {

  private final String name;
  private final Function<? super T, ? extends L> compute;

  private SharedLookup(String name, Function<? super T, ? extends L> compute) {
    this.name = name;
    this.compute = compute;
  }

  /**
   * Declares a look-up.
   *
   * @param name a name for messages, e.g. {@code "admissions"}
   * @param compute computes the look-up from the subject; a pure function
   * @param <T> the subject
   * @param <L> the look-up
   * @return the declaration
   */
  public static <T, L> SharedLookup<T, L> of(String name, Function<? super T, ? extends L> compute) {
    return new SharedLookup<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(compute, "compute"));
  }

  /**
   * Computes the look-up for a subject.
   *
   * @param subject the subject
   * @return the look-up
   */
  public L compute(T subject) {
    return Objects.requireNonNull(compute.apply(subject), name);
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name;
  }
}
