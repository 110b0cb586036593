package de.nextnetz.rules;

/**
 * A rule that shares a look-up with other rules of the same check run, e.g. the admission rules,
 * which all find applications by member. The engine computes the look-up once per run; called on
 * its own, the rule computes it itself.
 *
 * @param <T> what the rule checks
 * @param <L> the look-up
 */
public interface LookupRule<T, L> extends Rule<T> {

  /** {@return the look-up the rule needs} */
  SharedLookup<T, L> lookup();

  /**
   * Checks a subject with the look-up computed for it in this run.
   *
   * @param subject what is checked
   * @param context the day and statute version
   * @param lookup the look-up, computed from this subject
   * @return the outcome, of this rule's id
   */
  Outcome check(T subject, CheckContext context, L lookup);

  @Override
  default Outcome check(T subject, CheckContext context) {
    return check(subject, context, lookup().compute(subject));
  }
}
