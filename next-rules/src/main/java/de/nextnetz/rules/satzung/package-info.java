/**
 * Rules on the Satzung itself and on the members' exits under it: the mandatory limits of § 39
 * BGB (exit terms at most two years, the right to leave), the minority quorum of § 37 BGB, and the
 * day an exit takes effect. Whether a statute change is in force yet (§ 71 BGB) is judged with the
 * resolutions, in {@code de.nextnetz.rules.assembly}.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.satzung;

import org.jspecify.annotations.NullMarked;
