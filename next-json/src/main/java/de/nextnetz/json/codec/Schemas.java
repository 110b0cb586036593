package de.nextnetz.json.codec;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A JSON Schema under construction: the definitions ({@code $defs}) of the object types seen. */
public final class Schemas {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final ObjectNode definitions = nodes.objectNode();
  private final Set<String> started = new HashSet<>();

  /** Creates an empty schema. */
  public Schemas() {}

  /** {@return a new empty schema node} */
  public ObjectNode node() {
    return nodes.objectNode();
  }

  /**
   * Refers to an object type, defining it on first use.
   *
   * @param codec the object type
   * @return {@code {"$ref": "#/$defs/<name>"}}
   */
  public ObjectNode refTo(ObjectCodec<?, ?> codec) {
    if (started.add(codec.name())) {
      definitions.putObject(codec.name());
      definitions.set(codec.name(), codec.definition(this));
    }
    return node().put("$ref", "#/$defs/" + codec.name());
  }

  /**
   * Builds a complete schema document.
   *
   * @param id the schema's {@code $id}
   * @param title its title
   * @param root the root type
   * @return the schema, root type by reference, definitions in order of first use
   */
  public static ObjectNode document(String id, String title, ObjectCodec<?, ?> root) {
    Schemas schemas = new Schemas();
    ObjectNode document = schemas.node();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    document.put("$id", id);
    document.put("title", title);
    ObjectNode ref = schemas.refTo(root);
    document.put("$ref", ref.get("$ref").asString());
    document.set("$defs", schemas.definitions);
    return document;
  }
}
