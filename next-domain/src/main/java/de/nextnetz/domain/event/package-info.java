/**
 * Events (Veranstaltungen) with their format, date or date range, mode and audience, and the
 * general assemblies (Mitgliederversammlungen) of the association.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.event;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
