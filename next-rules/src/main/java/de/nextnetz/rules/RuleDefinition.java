package de.nextnetz.rules;

import java.util.Objects;

/**
 * What every rule states once: its stable id, the severity of its findings unless a case makes it
 * another, and the clause it implements.
 *
 * <pre>{@code
 * static final RuleDefinition DEFINITION =
 *     RuleDefinition.of("MEMBER_COUNT_BELOW_3", Severity.ERROR, Citation.of("§ 73 BGB"));
 * }</pre>
 *
 * @param id the stable id
 * @param defaultSeverity the usual severity of the rule's findings
 * @param citation the clause of the statute or the paragraph of the BGB
 */
public record RuleDefinition(RuleId id, Severity defaultSeverity, Citation citation) {

  /**
   * Checks that nothing is missing.
   *
   * @param id the stable id
   * @param defaultSeverity the usual severity of the rule's findings
   * @param citation the clause of the statute or the paragraph of the BGB
   */
  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * Defines a rule.
   *
   * @param id the id, upper-case letters, digits and {@code _}
   * @param defaultSeverity the usual severity
   * @param citation the clause
   * @return the definition
   * @throws IllegalArgumentException if the id is not of that form
   */
  public static RuleDefinition of(String id, Severity defaultSeverity, Citation citation) {
    return new RuleDefinition(RuleId.of(id), defaultSeverity, citation);
  }
}
