/**
 * The municipal side: a council resolution (Beschluss) with its conditions, and a municipality's
 * membership in an association with its fee and the cost shares of its departments.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.municipal;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
