/**
 * The figures of the yearly activity report (Tätigkeitsbericht), computed from the same data the
 * rules check: members by kind, joined and left, events by format and mode, the members' spring and autumn conferences,
 * general assemblies and meetings per community; and the municipal budget office's review of a portfolio (what
 * each department owes in a budget year, with the findings of the portfolio rules).
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules.report;

import org.jspecify.annotations.NullMarked;
