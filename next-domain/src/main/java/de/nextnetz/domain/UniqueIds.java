package de.nextnetz.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identifiers of an association's members, general assemblies, minority demands and donations, and the numbers
 * of its donation receipts, are each unique: a second
 * member with the same id would silently change what the rules count (a consent, a supporter, a recipient). Each
 * repetition is a violation at its own id that names the first one's place, e.g. {@code /members/5/id}: "the id
 * m05 is used twice; first at /members/4".
 */
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {

  /** {@return the message of a violation, completed by the id and the first place} */
  String message() default "the id is used twice";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
