/**
 * Rules on the board (Vorstand): that there is one (§ 26 BGB), its composition and roles, and the
 * re-election at the latest two years after the last election (NExT statute).
 */
@NullMarked
package de.nextnetz.rules.board;

import org.jspecify.annotations.NullMarked;
