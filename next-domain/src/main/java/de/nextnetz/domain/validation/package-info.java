/**
 * Structural validation of domain values with Bean Validation: every violation with its property
 * path, never only the first one.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.validation;

import de.nextnetz.domain.NextStyle;
import org.jspecify.annotations.NullMarked;
