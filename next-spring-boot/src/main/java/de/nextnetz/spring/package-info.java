/**
 * Spring Boot 4 auto-configuration for {@code next-json} in a Spring MVC application (optional module
 * {@code de.next-netz:next-spring-boot}): the JSON converter reads and writes in the request's language
 * ({@link de.nextnetz.spring.LocalizedJsonHttpMessageConverter}), and a document that cannot be read is
 * answered with an RFC 9457 problem that lists every problem with its JSON Pointer
 * ({@link de.nextnetz.spring.NextJsonProblemHandler}). {@link de.nextnetz.spring.NextJsonAutoConfiguration}
 * sets both up; an application that declares its own JSON converter or handler keeps its own.
 */
@org.jspecify.annotations.NullMarked
package de.nextnetz.spring;
