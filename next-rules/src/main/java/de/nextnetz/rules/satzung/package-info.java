/**
 * Rules on the Satzung itself and on the members' exits under it: the mandatory limits of § 39
 * BGB (exit terms at most two years, the right to leave), the minority quorum of § 37 BGB, the
 * entry of a statute change in the register (§ 71 BGB), and the day an exit takes effect.
 */
@NullMarked
package de.nextnetz.rules.satzung;

import org.jspecify.annotations.NullMarked;
