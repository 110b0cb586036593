/** What a consumer does with the library: check, validate, read and write, in both languages. */
@org.jspecify.annotations.NullMarked
package de.nextnetz.consumer;
