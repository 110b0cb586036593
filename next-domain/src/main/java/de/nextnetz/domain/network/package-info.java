/**
 * The NExTnetzwerk (participation without membership) and cooperations with stakeholder groups.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.network;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
