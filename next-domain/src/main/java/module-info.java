/**
 * The immutable domain model of a German registered association (e. V.) and the municipalities
 * that join it: association, members, admission, board, communities, events, network,
 * cooperations, municipal memberships with their council resolutions and fees, dues with payments and SEPA
 * mandates, the statute as
 * versioned data, the period toolkit of §§ 187–193 BGB, redaction for publication, and the NExT
 * 2024 data set. Bean Validation constraints are part of the API; {@code DomainValidator} runs them
 * with Hibernate Validator.
 */
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
  exports de.nextnetz.domain.seeds;
  exports de.nextnetz.domain.statute;
  exports de.nextnetz.domain.tax;
  exports de.nextnetz.domain.time;
  exports de.nextnetz.domain.validation;
}
