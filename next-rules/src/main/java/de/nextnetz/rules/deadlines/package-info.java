/**
 * Deadlines that follow from the same data and rules as the check: the board election, the next
 * annual general assembly, the NExTpanel conferences, community meetings still needed in the year,
 * fee due dates (moved to the next working day at the seat, § 193 BGB, with the holidays of its Land) and the § 73 BGB application.
 */
@NullMarked
package de.nextnetz.rules.deadlines;

import org.jspecify.annotations.NullMarked;
