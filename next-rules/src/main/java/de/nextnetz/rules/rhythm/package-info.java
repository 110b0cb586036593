/**
 * Rules on the rhythm a Satzung sets: the annual general assembly, within the autumn conference where the
 * statute says so, one spring and one autumn conference of the members a year, and the statute's number of
 * meetings a year per community; each finding cites the association's own clause.
 *
 * <p>They judge completed calendar years, from the first year with any recorded event or assembly
 * to the year before the day of the check. A year in that span without any record is reported as
 * unknown (the data is missing), not as a breach.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.rhythm;

import org.jspecify.annotations.NullMarked;
