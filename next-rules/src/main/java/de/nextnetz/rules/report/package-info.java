/**
 * The figures of the yearly activity report (Tätigkeitsbericht), computed from the same data the
 * rules check: members by kind, joined and left, events by format and mode, NExTpanel conferences,
 * general assemblies and meetings per community.
 */
@NullMarked
package de.nextnetz.rules.report;

import org.jspecify.annotations.NullMarked;
