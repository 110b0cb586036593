/**
 * The machinery behind the JSON format: one {@link de.nextnetz.json.codec.Codec} per type that
 * writes it, reads it strictly (collecting every problem with its JSON Pointer instead of stopping
 * at the first) and describes it as JSON Schema, so that format, reader and schema cannot drift
 * apart. Not part of the stable API; use {@link de.nextnetz.json.NextJson} or {@link
 * de.nextnetz.json.NextJsonModule}.
 *
 * <p>Thread safety: the codecs are immutable and shared; a {@code Reading} collects the problems of
 * one read on one thread.
 */
@NullMarked
package de.nextnetz.json.codec;

import org.jspecify.annotations.NullMarked;
