/**
 * The board (Vorstand): its seats with roles, and the elections by the general assembly that
 * filled them.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.board;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
