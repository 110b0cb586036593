/**
 * Testing against the rule API: AssertJ assertions on check reports, findings, outcomes and
 * deadlines; fixtures on the NExT data set; scenario files run as JUnit dynamic tests or by
 * {@code next test}.
 */
module de.nextnetz.test {
  requires transitive de.nextnetz.json;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports de.nextnetz.test;
  exports de.nextnetz.test.scenario;
}
