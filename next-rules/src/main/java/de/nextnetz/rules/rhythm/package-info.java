/**
 * Rules on NExT's rhythm: the annual general assembly within the autumn conference, one spring and
 * one autumn conference of the NExTpanel a year, and two to six meetings a year per community.
 *
 * <p>They judge completed calendar years, from the first year with any recorded event or assembly
 * to the year before the day of the check. A year in that span without any record is reported as
 * unknown (the data is missing), not as a breach.
 */
@NullMarked
package de.nextnetz.rules.rhythm;

import org.jspecify.annotations.NullMarked;
