/**
 * Scenario files: a case of statute law stated as data. A {@link de.nextnetz.test.scenario.Scenario}
 * names a document (the NExT 2024 data set, a file, or one written inline, changed by a JSON Patch),
 * a day, and the findings and outcomes the rules must give then. {@link
 * de.nextnetz.test.scenario.Scenarios} reads them strictly (schema {@code
 * de/nextnetz/test/scenario.schema.json}), runs them, and turns a folder of them into JUnit dynamic
 * tests; {@code next test FOLDER} runs the same files without Java.
 *
 * <p>Thread safety: assertions and scenario results belong to the test that makes them; scenarios
 * and fixtures are immutable values, and scenario files may be run from several threads.
 */
@NullMarked
package de.nextnetz.test.scenario;

import org.jspecify.annotations.NullMarked;
