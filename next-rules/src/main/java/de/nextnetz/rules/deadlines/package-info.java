/**
 * Deadlines that follow from the same data and rules as the check: the board election, the next
 * annual general assembly, the members' spring and autumn conferences, community meetings still needed in the year,
 * fee due dates (moved to the next working day at the seat, § 193 BGB, with the holidays of its Land) and the § 73 BGB application.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules.deadlines;

import org.jspecify.annotations.NullMarked;
