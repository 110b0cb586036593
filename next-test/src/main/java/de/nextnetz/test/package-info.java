/**
 * Testing against the rule API: {@link de.nextnetz.test.NextAssertions} (AssertJ assertions on check
 * reports, outcomes, findings and deadlines whose failures list what was there instead), {@link
 * de.nextnetz.test.NextFixtures} (the NExT 2024 data set and intention-revealing changes of it), and
 * {@link de.nextnetz.test.scenario scenario files} that state a case as data.
 *
 * <p>Thread safety: assertions and scenario results belong to the test that makes them; scenarios
 * and fixtures are immutable values, and scenario files may be run from several threads.
 */
@NullMarked
package de.nextnetz.test;

import org.jspecify.annotations.NullMarked;
