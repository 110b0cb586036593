/**
 * What a reader of the JSON format reports: a {@link de.nextnetz.json.problem.JsonProblem} names where (a
 * JSON Pointer) and what (a message in the reader's language); {@link de.nextnetz.json.problem.NextJsonException}
 * carries every problem of a refused document; {@link de.nextnetz.json.problem.Validation} is the written
 * answer of a validation. The facade, the module and the codecs share them, so they live below both.
 */
@NullMarked
package de.nextnetz.json.problem;

import org.jspecify.annotations.NullMarked;
