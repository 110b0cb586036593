/**
 * NExTcommunities: communities of practice with their leads, founding, origin and the aliases
 * under which they appear in tables.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.community;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
