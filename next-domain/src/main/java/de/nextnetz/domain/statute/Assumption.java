package de.nextnetz.domain.statute;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A statute value the sources do not give, taken as an assumption: named, with the value taken
 * and why, so that every check that relies on it can list it.
 */
@Value.Immutable
public interface Assumption {

  /** {@return the parameter assumed, e.g. {@code "board.continuationClause"}} */
  @NotBlank
  String getParameter();

  /** {@return the value taken, in words, e.g. {@code "false"}} */
  @NotBlank
  String getValue();

  /** {@return why this value was taken} */
  @NotBlank
  String getReason();

  /**
   * Creates an assumption.
   *
   * @param parameter the parameter
   * @param value the value taken
   * @param reason why
   * @return the assumption
   */
  static Assumption of(String parameter, String value, String reason) {
    return ImmutableAssumption.builder().parameter(parameter).value(value).reason(reason).build();
  }
}
