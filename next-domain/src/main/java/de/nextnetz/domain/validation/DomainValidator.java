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
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;

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

  /** Whether Hibernate Validator has the voter of processed-beans tracking (9.1 and later). */
  private static final boolean TRACKING_VOTER = present("org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter");

  private static boolean present(String type) {
    try {
      Class.forName(type, false, DomainValidator.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Hibernate Validator remembers every object it cascaded into, so that a cycle of references ends (issue 31: the
   * larger part of validating a document). The domain's values are immutable, built bottom-up, and so can form no
   * cycle: for them the bookkeeping is switched off; for any other class Hibernate Validator decides as usual. The
   * voter came with Hibernate Validator 9.1; an application whose platform manages 9.0 (Spring Boot 4.0) validates
   * as before, only slower.
   */
  private static final class ValuesFormNoCycles implements ProcessedBeansTrackingVoter {

    static void configure(HibernateValidatorConfiguration configuration) {
      configuration.processedBeansTrackingVoter(new ValuesFormNoCycles());
    }

    private static final String DOMAIN = "de.nextnetz.domain.";

    private static Vote of(Class<?> type) {
      return type.getName().startsWith(DOMAIN) ? Vote.NON_TRACKING : Vote.DEFAULT;
    }

    @Override
    public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
      return of(beanClass);
    }

    @Override
    public Vote isEnabledForReturnValue(Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }

    @Override
    public Vote isEnabledForParameters(Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }
  }

  private DomainValidator(Locale locale) {
    java.util.Objects.requireNonNull(VERSION_LOG);
    @SuppressWarnings("resource") // lives as long as the validator; holds no external resource
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Collections.singleton(locale), locale, false));
    if (TRACKING_VOTER) {
      ValuesFormNoCycles.configure(configuration);
    }
    ValidatorFactory factory = configuration.buildValidatorFactory();
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
    return violations(validator.validate(Objects.requireNonNull(value, "value")));
  }

  /**
   * Validates a value and everything it holds except the shape of its texts: the constraints of the group {@link
   * Semantic}, for a value whose every identifier and text was checked as it was read (next-json's strict reader). The
   * violations are those of {@link #validate(Object)} for such a value.
   *
   * @param value the value, e.g. an {@code Association} just read
   * @return every violation of the group, sorted by path then message; empty if there is none
   */
  public List<Violation> validateSemantics(Object value) {
    return violations(validator.validate(Objects.requireNonNull(value, "value"), Semantic.class));
  }

  private static List<Violation> violations(java.util.Set<ConstraintViolation<Object>> found) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation : found) {
      violations.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
    }
    Collections.sort(violations);
    return List.copyOf(violations);
  }
}
