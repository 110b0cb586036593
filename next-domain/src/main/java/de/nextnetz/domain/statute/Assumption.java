package de.nextnetz.domain.statute;

import java.util.Locale;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A statute value the sources do not give, taken as an assumption: named, with the value taken
 * and why, so that every check that relies on it can list it.
 */
@Value.Immutable
public interface Assumption {

  /** {@return the parameter assumed, e.g. {@code "board.continuationClause"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getParameter();

  /** {@return the value taken, in words, e.g. {@code "false"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getValue();

  /** {@return the value taken, in German words, where it is given (e.g. {@code "keine Fortdauerklausel"})} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getGermanValue();

  /** {@return why this value was taken, in English} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getReason();

  /** {@return why this value was taken, in German (Begründung), where it is given} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getGermanReason();

  /**
   * The reason in a language.
   *
   * @param locale the language; German where a German reason is given and the language is {@code de}
   * @return the reason
   */
  default String reason(Locale locale) {
    return locale.getLanguage().equals("de") ? getGermanReason().orElse(getReason()) : getReason();
  }

  /**
   * The value in a language.
   *
   * @param locale the language; German where a German value is given and the language is {@code de}
   * @return the value
   */
  default String value(Locale locale) {
    return locale.getLanguage().equals("de") ? getGermanValue().orElse(getValue()) : getValue();
  }

  /**
   * Creates an assumption with its value and reason in English and German.
   *
   * @param parameter the parameter
   * @param value the value taken, in English words
   * @param germanValue the value taken, in German words
   * @param reason why, in English
   * @param germanReason why, in German
   * @return the assumption
   */
  static Assumption of(String parameter, String value, String germanValue, String reason, String germanReason) {
    return builder().parameter(parameter).value(value).germanValue(germanValue).reason(reason)
        .germanReason(germanReason).build();
  }

  /**
   * Creates an assumption.
   *
   * @param parameter the parameter
   * @param value the value taken
   * @param reason why
   * @return the assumption
   */
  static Assumption of(String parameter, String value, String reason) {
    return builder().parameter(parameter).value(value).reason(reason).build();
  }

  /**
   * Creates an assumption with its reason in English and German.
   *
   * @param parameter the parameter
   * @param value the value taken
   * @param reason why, in English
   * @param germanReason why, in German
   * @return the assumption
   */
  static Assumption of(String parameter, String value, String reason, String germanReason) {
    return builder().parameter(parameter).value(value).reason(reason)
        .germanReason(germanReason).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Assumption}. */
  final class Builder extends ImmutableAssumption.Builder {
    /** Creates an empty builder, as {@link Assumption#builder()} does. */
    public Builder() {}
  }
}
