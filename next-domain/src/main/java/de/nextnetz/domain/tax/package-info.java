/**
 * The association's tax-privileged status (§§ 51–68 AO) as the office records it: the purposes and their numbers of
 * the § 52 catalogue, the exemption notices and § 60a determinations, each year's receipts per sphere (ideeller
 * Bereich, Vermögensverwaltung, Zweckbetrieb, wirtschaftlicher Geschäftsbetrieb), the reserves with the day they
 * were resolved, and the allowances paid per person. The rules of {@code next-rules} judge them with the dated
 * amounts of their year.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the builders are not
 * thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.tax;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
