package de.nextnetz.json.codec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes, reads and describes one type of value.
 *
 * @param <V> the type
 */
public interface Codec<V> {

  /**
   * Writes a value.
   *
   * @param value the value
   * @param out the generator, positioned where a value may be written
   */
  void write(V value, JsonGenerator out);

  /**
   * Reads a value strictly. The parser stands on the value's first token and is left on its last.
   *
   * @param in the parser
   * @param reading where problems go
   * @return the value, or {@code null} after recording at least one problem
   */
  @Nullable V read(JsonParser in, Reading reading);

  /**
   * Describes the value as JSON Schema (draft 2020-12).
   *
   * @param schemas the schema being built, for references to object types
   * @return the schema of the value
   */
  ObjectNode schema(Schemas schemas);
}
