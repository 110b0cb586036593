/**
 * Rules on membership and admission: the path of application, review by at least two members and
 * approval by the board (NExT statute), the kinds of membership, and the minimum of three members
 * (§ 73 BGB).
 */
@NullMarked
package de.nextnetz.rules.admission;

import org.jspecify.annotations.NullMarked;
