/** A Spring Boot application that checks association documents sent to it. */
@org.jspecify.annotations.NullMarked
package de.nextnetz.consumer.spring;
