package de.nextnetz.json.codec;

import de.nextnetz.domain.base.Echo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of an object type, declared as its properties in the order they are written: each with
 * a name, a codec, how to get it from a value and how to give it to a builder. Reading is strict
 * (unknown properties, wrong types, nulls and missing required properties are problems) and
 * collects every problem; building a value whose invariant fails is a problem at the object.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {

  /**
   * The most items a list of a document may have (members, events, applications …): far more than an
   * association has, few enough that a document's values fit a default heap.
   */
  public static final int MAX_ITEMS = 100_000;

  private enum Kind { REQUIRED, DEFAULTED, OPTIONAL, LIST, SET, DEFAULTED_SET, ARRAY, CONSTANT }

  private static final class Property<T, B> {
    final String name;
    final Kind kind;
    final Codec<Object> codec;
    final Function<T, @Nullable Object> getter;
    final BiConsumer<B, Object> setter;
    final @Nullable Object constant;
    final SerializedString jsonName;
    int index;

    @SuppressWarnings("unchecked")
    Property(String name, Kind kind, Codec<?> codec, Function<T, ?> getter, BiConsumer<B, ?> setter,
        @Nullable Object constant) {
      this.name = name;
      this.kind = kind;
      this.codec = (Codec<Object>) codec;
      this.getter = (Function<T, @Nullable Object>) getter;
      this.setter = (BiConsumer<B, Object>) setter;
      this.constant = constant;
      this.jsonName = new SerializedString(name);
    }
  }

  private final Class<T> type;
  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName = new LinkedHashMap<>();
  private final long requiredMask;

  private final boolean writtenOnly;
  private final List<List<String>> exactlyOne;

  private ObjectCodec(Builder<T, B> builder) {
    this.exactlyOne = List.copyOf(builder.exactlyOne);
    this.type = builder.type;
    this.name = builder.name;
    this.writtenOnly = builder.writtenOnly;
    this.description = builder.description;
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.properties = List.copyOf(builder.properties);
    if (properties.size() > 64) {
      throw new IllegalArgumentException(name + " has more than 64 properties");
    }
    long required = 0;
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B> property = properties.get(i);
      property.index = i;
      byName.put(property.name, property);
      if (property.kind == Kind.REQUIRED || property.kind == Kind.CONSTANT || property.kind == Kind.ARRAY) {
        required |= 1L << i;
      }
    }
    this.requiredMask = required;
  }

  /**
   * Starts the declaration of an object type.
   *
   * @param type the value type; its simple name is the name in the schema, e.g. {@code "BoardSeat"}
   * @param description what it is, for the schema
   * @param newBuilder makes an empty builder
   * @param build builds the value (may throw {@link IllegalStateException} for a broken invariant)
   * @param <T> the value type
   * @param <B> the builder type
   * @return the declaration
   */
  public static <T, B> Builder<T, B> of(Class<T> type, String description, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new Builder<>(type, description, newBuilder, build);
  }

  /**
   * Starts the declaration of a type the library writes but never reads, such as a check report:
   * the same declaration drives its writer and its schema; reading it is refused.
   *
   * @param type the value type
   * @param description what it is, for the schema
   * @param <T> the value type
   * @return the declaration
   */
  public static <T> Builder<T, Void> written(Class<T> type, String description) {
    Builder<T, Void> builder = new Builder<>(type, description, () -> {
      throw new UnsupportedOperationException(type.getSimpleName() + " is written, not read");
    }, b -> {
      throw new UnsupportedOperationException(type.getSimpleName() + " is written, not read");
    });
    builder.writtenOnly = true;
    return builder;
  }

  /** {@return the value type} */
  public Class<T> type() {
    return type;
  }

  /** {@return the type's name in the schema} */
  public String name() {
    return name;
  }

  /** {@return the names of the properties, in the order they are written} */
  public List<String> propertyNames() {
    return properties.stream().map(p -> p.name).toList();
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeStartObject();
    writeProperties(value, out);
    out.writeEndObject();
  }

  private void writeProperties(T value, JsonGenerator out) {
    for (Property<T, B> property : properties) {
      switch (property.kind) {
        case CONSTANT -> {
          out.writeName(property.jsonName);
          property.codec.write(java.util.Objects.requireNonNull(property.constant), out);
        }
        case REQUIRED, DEFAULTED -> {
          out.writeName(property.jsonName);
          property.codec.write(java.util.Objects.requireNonNull(property.getter.apply(value)), out);
        }
        case OPTIONAL -> {
          Optional<?> present = (Optional<?>) java.util.Objects.requireNonNull(property.getter.apply(value));
          if (present.isPresent()) {
            out.writeName(property.jsonName);
            property.codec.write(present.get(), out);
          }
        }
        case LIST, SET, DEFAULTED_SET, ARRAY -> {
          Collection<?> elements = (Collection<?>) java.util.Objects.requireNonNull(property.getter.apply(value));
          if (!elements.isEmpty() || property.kind == Kind.ARRAY || property.kind == Kind.DEFAULTED_SET) {
            out.writeName(property.jsonName);
            out.writeStartArray();
            for (Object element : elements) {
              property.codec.write(element, out);
            }
            out.writeEndArray();
          }
        }
      }
    }
  }

  @Override
  public @Nullable T read(JsonParser in, Reading reading) {
    if (writtenOnly) {
      reading.problem(in, reading.text("writtenOnly", "type", name));
      reading.skip(in);
      return null;
    }
    if (in.currentToken() != JsonToken.START_OBJECT) {
      Scalars.unexpected(in, reading, reading.text("expected.object", "type", name));
        return null;
    }
    B builder = newBuilder.get();
    boolean ok = true;
    long seen = 0;
    int next = 0;
    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
      String propertyName = in.currentName();
      in.nextToken();
      // Documents mostly list the properties in the order they are written: the next one is tried first, without a
      // look-up (the parser's names are canonical, so the comparison is mostly one of identity).
      Property<T, B> property = next < properties.size() && properties.get(next).name.equals(propertyName)
          ? properties.get(next) : byName.get(propertyName);
      if (property == null) {
        reading.problem(in, reading.text("unknownProperty", "name", Echo.shorten(propertyName), "type", name,
            "known", String.join(", ", byName.keySet())));
        reading.skip(in);
        ok = false;
        continue;
      }
      if ((seen & (1L << property.index)) != 0) {
        // One place for repeated keys, whatever mapper reads: the facade's and any other.
        reading.problem(in, reading.text("duplicate", "name", propertyName));
        reading.skip(in);
        ok = false;
        continue;
      }
      seen |= 1L << property.index;
      next = property.index + 1;
      ok &= readProperty(property, builder, in, reading);
    }
    if ((seen & requiredMask) != requiredMask) {
      // At the end of the object the parser's context still names it: the pointer of the object.
      String here = Reading.pointerOf(in);
      for (Property<T, B> property : properties) {
        if ((requiredMask & (1L << property.index)) != 0 && (seen & (1L << property.index)) == 0) {
          reading.problemAt(JsonPointer.compile(here).appendProperty(property.name).toString(), reading.text("required"));
        }
      }
      ok = false;
    }
    if (!ok) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      reading.problemAt(Reading.pointerOf(in), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private boolean readProperty(Property<T, B> property, B builder, JsonParser in, Reading reading) {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      reading.problem(in, reading.text("notNull"));
      return false;
    }
    switch (property.kind) {
      case CONSTANT -> {
        Object value = property.codec.read(in, reading);
        if (value == null) {
          return false;
        }
        Codec<?> codec = property.codec;
        if (!(codec instanceof FormatVersion) && !value.equals(property.constant)) {
          // A format version reads every earlier version too (FormatVersion checks the range).
          reading.problem(in, reading.text("constant", "constant", String.valueOf(property.constant), "value", value));
          return false;
        }
        return true;
      }
      case LIST, SET, DEFAULTED_SET, ARRAY -> {
        if (in.currentToken() != JsonToken.START_ARRAY) {
          Scalars.unexpected(in, reading, reading.text("expected.array"));
          return false;
        }
        List<Object> elements = new ArrayList<>();
        Set<Object> distinct = property.kind == Kind.SET || property.kind == Kind.DEFAULTED_SET ? new HashSet<>() : Set.of();
        boolean ok = true;
        int count = 0;
        while (in.nextToken() != JsonToken.END_ARRAY) {
          reading.checkDocumentLength(in);
          if (++count > MAX_ITEMS) {
            reading.problem(in, reading.text("tooManyItems", "limit", MAX_ITEMS));
            reading.skip(in);
            while (in.nextToken() != JsonToken.END_ARRAY) {
              reading.skip(in);
            }
            return false;
          }
          if (in.currentToken() == JsonToken.VALUE_NULL) {
            reading.problem(in, reading.text("itemNotNull"));
            ok = false;
            continue;
          }
          Object element = property.codec.read(in, reading);
          if (element == null) {
            ok = false;
          } else if ((property.kind == Kind.SET || property.kind == Kind.DEFAULTED_SET) && !distinct.add(element)) {
            reading.problem(in, reading.text("repeats", "element", element));
            ok = false;
          } else {
            elements.add(element);
          }
        }
        if (ok) {
          property.setter.accept(builder, elements);
        }
        return ok;
      }
      default -> {
        Object value = property.codec.read(in, reading);
        if (value == null) {
          return false;
        }
        property.setter.accept(builder, value);
        return true;
      }
    }
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    return schemas.refTo(this);
  }

  /**
   * The full definition of this type, for {@code $defs}.
   *
   * @param schemas the schema being built
   * @return the definition
   */
  ObjectNode definition(Schemas schemas) {
    ObjectNode schema = schemas.node().put("type", "object").put("description", description);
    ObjectNode props = schema.putObject("properties");
    ArrayNode required = schemas.node().arrayNode();
    for (Property<T, B> property : properties) {
      ObjectNode value = property.codec.schema(schemas);
      ObjectNode items = BeanConstraints.refinable(value) ? value : null;
      switch (property.kind) {
        case CONSTANT -> props.set(property.name, constant(schemas, property));
        case LIST, ARRAY -> props.set(property.name, schemas.node().put("type", "array").set("items", value));
        case SET, DEFAULTED_SET -> props.set(property.name, schemas.node().put("type", "array").put("uniqueItems", true)
            .set("items", value));
        default -> {
          props.set(property.name, value);
          items = null;
        }
      }
      if (property.kind != Kind.CONSTANT && props.get(property.name) instanceof ObjectNode node
          && BeanConstraints.refinable(node)) {
        BeanConstraints.refine(type, property.name, node, items);
      }
      boolean nonEmpty = props.get(property.name).path("minItems").asInt(0) > 0;
      if (property.kind == Kind.REQUIRED || property.kind == Kind.CONSTANT || property.kind == Kind.ARRAY || nonEmpty) {
        required.add(property.name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    for (List<String> names : exactlyOne) {
      // Exactly one of the properties: one branch per property that requires it (the others are then absent,
      // since two would match two branches).
      ArrayNode oneOf = schema.putArray("oneOf");
      for (String one : names) {
        oneOf.addObject().putArray("required").add(one);
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static <T, B> ObjectNode constant(Schemas schemas, Property<T, B> property) {
    Codec<?> codec = property.codec;
    if (codec instanceof FormatVersion version) {
      return version.schema(schemas);
    }
    ObjectNode node = schemas.node();
    Object value = java.util.Objects.requireNonNull(property.constant);
    if (value instanceof Integer number) {
      node.put("const", number.intValue());
    } else {
      node.put("const", value.toString());
    }
    return node;
  }

  /**
   * Declares the properties of an object type.
   *
   * @param <T> the value type
   * @param <B> the builder type
   */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private String name;
    private boolean writtenOnly;
    private final List<List<String>> exactlyOne = new ArrayList<>();

    private Builder(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.name = type.getSimpleName();
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /**
     * A property that must be present.
     *
     * @param name the name
     * @param codec its codec
     * @param getter reads it from a value
     * @param setter gives it to a builder
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, Kind.REQUIRED, codec, getter, setter, null));
      return this;
    }

    /**
     * A property that is always written but may be left out when reading (the value type's
     * default applies).
     *
     * @param name the name
     * @param codec its codec
     * @param getter reads it from a value
     * @param setter gives it to a builder
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> defaulted(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, Kind.DEFAULTED, codec, getter, setter, null));
      return this;
    }

    /**
     * A property that may be absent; it is left out when empty.
     *
     * @param name the name
     * @param codec its codec
     * @param getter reads it from a value
     * @param setter gives a present value to a builder
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter,
        BiConsumer<B, V> setter) {
      properties.add(new Property<>(name, Kind.OPTIONAL, codec, getter, setter, null));
      return this;
    }

    /**
     * A list; left out when empty, read as empty when absent.
     *
     * @param name the name
     * @param codec the codec of an element
     * @param getter reads the elements from a value
     * @param setter gives all elements to a builder
     * @param <V> the element type
     * @return this declaration
     */
    public <V> Builder<T, B> list(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
        BiConsumer<B, List<V>> setter) {
      properties.add(new Property<>(name, Kind.LIST, codec, getter, setter, null));
      return this;
    }

    /**
     * A set: like a list, but repeated items are a problem.
     *
     * @param name the name
     * @param codec the codec of an element
     * @param getter reads the elements from a value
     * @param setter gives all elements to a builder
     * @param <V> the element type
     * @return this declaration
     */
    public <V> Builder<T, B> set(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
        BiConsumer<B, List<V>> setter) {
      properties.add(new Property<>(name, Kind.SET, codec, getter, setter, null));
      return this;
    }

    /**
     * A set whose absence means a default other than empty: written always, also when empty, so
     * that an empty set survives a round trip; read as a {@link #set}.
     *
     * @param name the name
     * @param codec the codec of an element
     * @param getter reads the elements from a value
     * @param setter gives all elements to a builder
     * @param <V> the element type
     * @return this declaration
     */
    public <V> Builder<T, B> defaultedSet(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
        BiConsumer<B, List<V>> setter) {
      properties.add(new Property<>(name, Kind.DEFAULTED_SET, codec, getter, setter, null));
      return this;
    }

    /**
     * A property with one allowed value that the value type does not hold, e.g. a format identifier.
     *
     * @param name the name
     * @param codec its codec
     * @param value the value
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> constant(String name, Codec<V> codec, V value) {
      properties.add(new Property<>(name, Kind.CONSTANT, codec, t -> value, (b, v) -> { }, value));
      return this;
    }

    /**
     * Names the type in the schema, where its simple name is taken or says too little.
     *
     * @param schemaName the name under {@code $defs}, e.g. {@code "CheckReport"}
     * @return this declaration
     */
    public Builder<T, B> named(String schemaName) {
      this.name = schemaName;
      return this;
    }

    /**
     * States in the schema that exactly one of some optional properties is present, as the value's own check
     * demands (a member is a person or an organisation): the reader learns it from the value's invariant, the
     * schema from here.
     *
     * @param names the properties, declared on this type
     * @return this declaration
     */
    public Builder<T, B> exactlyOneOf(String... names) {
      this.exactlyOne.add(List.of(names));
      return this;
    }

    /**
     * A property that is always written, of a type that is written only.
     *
     * @param name the name
     * @param codec its codec
     * @param getter reads it from a value
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> getter) {
      return required(name, codec, getter, (b, v) -> { });
    }

    /**
     * A property that is written when present, of a type that is written only.
     *
     * @param name the name
     * @param codec its codec
     * @param getter reads it from a value
     * @param <V> its type
     * @return this declaration
     */
    public <V> Builder<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
      return optional(name, codec, getter, (b, v) -> { });
    }

    /**
     * A list that is always written, even when empty, of a type that is written only.
     *
     * @param name the name
     * @param codec the codec of an element
     * @param getter reads the elements from a value
     * @param <V> the element type
     * @return this declaration
     */
    public <V> Builder<T, B> array(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter) {
      properties.add(new Property<>(name, Kind.ARRAY, codec, getter, (b, v) -> { }, null));
      return this;
    }

    /** {@return the codec} */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
