/**
 * Testing against the rule API: {@link de.nextnetz.test.NextAssertions} (AssertJ assertions on check
 * reports, outcomes, findings and deadlines whose failures list what was there instead), {@link
 * de.nextnetz.test.NextFixtures} (the NExT 2024 data set and intention-revealing changes of it), and
 * {@link de.nextnetz.test.scenario scenario files} that state a case as data.
 */
@NullMarked
package de.nextnetz.test;

import org.jspecify.annotations.NullMarked;
