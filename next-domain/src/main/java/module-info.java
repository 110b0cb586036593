/**
 * The immutable domain model of a German registered association (e. V.) and the municipalities
 * that join it: association, members, admission, board, communities, events, network,
 * cooperations, municipal memberships with their council resolutions and fees, dues with payments and SEPA
 * mandates, the statute as
 * versioned data, the period toolkit of §§ 187–193 BGB and redaction for publication. The NExT 2024 data set
 * inside is exported to the test kit only ({@code de.nextnetz.test.NextFixtures}). Bean Validation constraints are part of the API; {@code DomainValidator} runs them
 * with Hibernate Validator.
 */
@SuppressWarnings("module") // de.nextnetz.test, the target of the qualified export, is built after this module
module de.nextnetz.domain {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  // Immutables' annotations (class retention) sit on the API; compile time only (an automatic module).
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports de.nextnetz.domain;
  exports de.nextnetz.domain.base;
  exports de.nextnetz.domain.assembly;
  exports de.nextnetz.domain.board;
  exports de.nextnetz.domain.community;
  exports de.nextnetz.domain.dues;
  exports de.nextnetz.domain.event;
  exports de.nextnetz.domain.membership;
  exports de.nextnetz.domain.municipal;
  exports de.nextnetz.domain.network;
  exports de.nextnetz.domain.privacy;
  // NExT's data set, the Musterverein and next init's template: fixtures and data, not the model. A user reaches NExT's
  // data set through the test kit (de.nextnetz.test.NextFixtures) or reads it as JSON, like any association's.
  exports de.nextnetz.domain.seeds to de.nextnetz.test;
  exports de.nextnetz.domain.statute;
  exports de.nextnetz.domain.tax;
  exports de.nextnetz.domain.time;
  exports de.nextnetz.domain.validation;
}
