package de.nextnetz.domain.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every package of the domain.
 *
 * <p>Abstract value types are interfaces with {@code getX()}/{@code isX()} accessors (so that Bean
 * Validation sees them as properties); builders and {@code withX(..)} methods use the bare name
 * ({@code Board.builder().addSeat(..)}); generated code uses the JDK only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    jdk9Collections = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "lead:leads", "guest:invitedGuests", "row:sourceRows"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    // No @Generated from the class path: javax.annotation.processing is not readable by javadoc
    // when it documents the module.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface NextStyle {}
