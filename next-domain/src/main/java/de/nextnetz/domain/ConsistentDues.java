package de.nextnetz.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The recorded dues fit the members: every payment, write-off, invoice and reminder names a member of the
 * association, no payment arrives before its member joined, no invoice or reminder asks for a year before it, payments are in euros and their ids are unique. Each problem is a violation at
 * its place, e.g. {@code /dues/payments/3/day}: "the payment arrived on 2025-01-10, before member m07 joined on
 * 2025-02-01".
 */
@Documented
@Constraint(validatedBy = ConsistentDuesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentDues {

  /** {@return the message of a violation, completed by what is wrong} */
  String message() default "the dues do not fit the members";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
