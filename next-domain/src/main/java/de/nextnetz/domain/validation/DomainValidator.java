package de.nextnetz.domain.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Bean Validation constraints of the domain over a value and returns every violation,
 * sorted by path, never only the first one.
 *
 * <p>Messages are interpolated by Hibernate Validator's {@link ParameterMessageInterpolator}, so no
 * Expression Language implementation is needed. An instance is immutable and safe to share across
 * threads; {@link #standard()} gives a shared one.
 */
public final class DomainValidator {

  private static final class Holder {
    static final DomainValidator STANDARD = new DomainValidator(Locale.ENGLISH);
  }

  private static final class GermanHolder {
    static final DomainValidator GERMAN = new DomainValidator(Locale.GERMAN);
  }

  /**
   * Hibernate Validator announces its version (HV000001) at INFO when it starts; a library must not
   * print on its users' standard error in normal use. Where it logs through java.util.logging (no
   * other logging back end present), that one logger is set to warnings; held here, because
   * java.util.logging keeps loggers only weakly. An application with a logging back end of its own
   * decides itself.
   */
  private static final java.util.logging.Logger VERSION_LOG = quiet("org.hibernate.validator.internal.util.Version");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  private final Validator validator;

  private DomainValidator(Locale locale) {
    java.util.Objects.requireNonNull(VERSION_LOG);
    @SuppressWarnings("resource") // lives as long as the validator; holds no external resource
    ValidatorFactory factory = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Collections.singleton(locale), locale, false))
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** {@return the shared validator with English messages} */
  public static DomainValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * A validator with messages in a language Hibernate Validator ships (e.g. German); the English
   * and German ones are shared, built on first use.
   *
   * @param locale the language of the messages
   * @return the validator
   */
  public static DomainValidator forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().equals("de")) {
      return GermanHolder.GERMAN;
    }
    return locale.getLanguage().equals("en") ? Holder.STANDARD : new DomainValidator(locale);
  }

  /**
   * Validates a value and everything it holds.
   *
   * @param value the value, e.g. an {@code Association}
   * @return every violation, sorted by path then message; empty if the value is valid
   */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      violations.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
    }
    Collections.sort(violations);
    return List.copyOf(violations);
  }
}
