/** Rules on fees: the amount the statute sets per kind of membership, and cost shares that sum to the fee. */
@NullMarked
package de.nextnetz.rules.fees;

import org.jspecify.annotations.NullMarked;
