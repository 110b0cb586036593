/**
 * The rules of the tax-privileged status (§§ 51–68 AO, § 3 Nr. 26/26a EStG): the purposes against the § 52
 * catalogue, the notice's receipt authority (§ 63 Abs. 5 AO), timely use of funds and its exemption (§ 55 Abs. 1 Nr. 5
 * AO), reserves (§ 62 AO), the § 64 Abs. 3 AO limit, allowances per person and year, and the tax return's day. They
 * ask {@link de.nextnetz.rules.law.TaxLaw} and the dated {@link de.nextnetz.rules.law.TaxThresholds}; not applicable
 * where the association records no tax profile.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.tax;

import org.jspecify.annotations.NullMarked;
