/**
 * The {@code next} command line tool: statute check, deadlines, activity report, validation,
 * import of the report's event table and the JSON Schemas, on the embedded NExT 2024 data set or
 * on a file. Exit codes: 0 no statute errors, 1 statute errors found, 2 bad input or usage.
 */
@NullMarked
package de.nextnetz.examples.cli;

import org.jspecify.annotations.NullMarked;
