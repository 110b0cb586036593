/**
 * The statute (Satzung) as data: its parameters in dated versions, each value with its source or
 * as a named assumption where the seeds do not give it.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.statute;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
