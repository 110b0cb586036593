package de.nextnetz.json.codec;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries the Bean Validation constraints of the domain into the schema, so that the bounds are
 * stated once (on the domain's getters) and the schema refuses what Bean Validation refuses after
 * reading: {@code @Min}, {@code @Max}, {@code @Positive} and {@code @PositiveOrZero} on whole
 * numbers, {@code @Size} on lists and sets, and the same on the elements of a list ({@code
 * List<@Positive Integer>}) or an optional value.
 */
final class BeanConstraints {

  private BeanConstraints() {}

  /**
   * Adds the constraints of one property to its schema.
   *
   * @param type the domain type that declares the getter
   * @param name the property, e.g. {@code "chairs"} for {@code getChairs()}
   * @param property the property's schema: the value's, or the array's for a list or set
   * @param items the schema of the elements of a list or set, else {@code null}
   */
  static void refine(Class<?> type, String name, ObjectNode property, @Nullable ObjectNode items) {
    Optional<Method> getter = getter(type, name);
    if (getter.isEmpty()) {
      return;
    }
    apply(getter.get().getAnnotations(), property);
    AnnotatedType returned = getter.get().getAnnotatedReturnType();
    if (returned instanceof AnnotatedParameterizedType parameterized
        && parameterized.getAnnotatedActualTypeArguments().length == 1) {
      Annotation[] element = parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations();
      apply(element, items != null ? items : property);
    }
  }

  private static void apply(Annotation[] annotations, ObjectNode schema) {
    boolean integer = schema.path("type").asString("").equals("integer");
    boolean array = schema.path("type").asString("").equals("array");
    for (Annotation annotation : annotations) {
      if (integer && annotation instanceof PositiveOrZero) {
        schema.put("minimum", 0);
      } else if (integer && annotation instanceof Positive) {
        schema.put("minimum", 1);
      } else if (integer && annotation instanceof Min min) {
        schema.put("minimum", min.value());
      } else if (integer && annotation instanceof Max max) {
        schema.put("maximum", max.value());
      } else if (array && annotation instanceof Size size) {
        if (size.min() > 0) {
          schema.put("minItems", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
          schema.put("maxItems", size.max());
        }
      }
    }
  }

  private static Optional<Method> getter(Class<?> type, String name) {
    String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    for (String candidate : new String[] {"get" + capitalized, "is" + capitalized}) {
      try {
        return Optional.of(type.getMethod(candidate));
      } catch (NoSuchMethodException e) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }

  /** {@return whether a schema node is a plain object node that may take keywords} */
  static boolean refinable(JsonNode schema) {
    return schema instanceof ObjectNode && !schema.has("$ref");
  }
}
