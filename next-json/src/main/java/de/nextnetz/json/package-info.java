/**
 * JSON for the NExT domain and its check results, on Jackson 3.
 *
 * <p>{@link de.nextnetz.json.NextJson} is the facade for users who do not want to configure
 * Jackson: read an association from a stream, file or string (strictly, validated, every problem
 * reported with its JSON Pointer in one {@link de.nextnetz.json.problem.NextJsonException}); write it; write
 * a check report and an activity report. {@link de.nextnetz.json.NextJsonModule} binds the same
 * format into any Jackson 3 {@code JsonMapper}, also through {@code findAndAddModules()}. The JSON
 * Schemas (draft 2020-12) ship in the jar next to this package.
 *
 * <p>Thread safety: {@code NextJson} and {@code NextJsonModule} are immutable and may be shared
 * between threads (tested with eight threads); {@code NextJsonException} and {@code JsonProblem} are
 * values.
 */
@NullMarked
package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import org.jspecify.annotations.NullMarked;
