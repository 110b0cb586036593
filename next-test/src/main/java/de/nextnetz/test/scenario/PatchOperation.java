package de.nextnetz.test.scenario;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of a JSON Patch (RFC 6902) on a scenario's document: {@code add}, {@code remove} or
 * {@code replace} at a JSON Pointer (RFC 6901).
 *
 * @param op the operation
 * @param path where, e.g. {@code /board/elections/0/date}; {@code -} as the last segment appends to an array
 * @param value the value for {@code add} and {@code replace}
 */
public record PatchOperation(Op op, String path, Optional<JsonNode> value) {

  /** The operations of RFC 6902 that a scenario needs. */
  public enum Op {
    /** Adds a property, or inserts into an array (at an index, or at the end with {@code -}). */
    add,
    /** Removes a property or an array element. */
    remove,
    /** Replaces a value that is there. */
    replace
  }

  /**
   * Checks the operation.
   *
   * @param op the operation
   * @param path where
   * @param value the value for {@code add} and {@code replace}
   * @throws IllegalArgumentException if {@code add} or {@code replace} has no value, or the path is
   *     empty or not a JSON Pointer
   */
  public PatchOperation {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    if (op != Op.remove && value.isEmpty()) {
      throw new IllegalArgumentException("'" + op + "' needs a 'value'");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("'path' must be a JSON Pointer into the document, such as /board, but was \""
          + path + "\"");
    }
  }

  /**
   * Applies the operation to a document.
   *
   * @param document the document's tree, changed in place
   * @throws IllegalArgumentException naming the path where the target is not there
   */
  public void applyTo(JsonNode document) {
    JsonPointer pointer = JsonPointer.compile(path);
    JsonNode parent = document.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      if (op != Op.add && !object.has(last)) {
        throw new IllegalArgumentException(path + ": there is no such property to " + op);
      }
      if (op == Op.remove) {
        object.remove(last);
      } else {
        object.set(last, value.orElseThrow().deepCopy());
      }
    } else if (parent instanceof ArrayNode array) {
      if (last.equals("-") && op != Op.add) {
        // RFC 6902, 4.2 and 4.3: "-" names the element after the last, which does not exist; only "add" may use it.
        throw new IllegalArgumentException(path + ": \"-\" names no element of the array; only 'add' may use it");
      }
      int index = last.equals("-") ? array.size() : index(last, array.size() + (op == Op.add ? 1 : 0));
      switch (op) {
        case add -> array.insert(index, value.orElseThrow().deepCopy());
        case remove -> array.remove(index);
        case replace -> array.set(index, value.orElseThrow().deepCopy());
      }
    } else {
      throw new IllegalArgumentException(path + ": there is no object or array at " + pointer.head());
    }
  }

  private int index(String segment, int bound) {
    // RFC 6901, 4: an index is "0" or digits without a leading zero (no sign, no "01").
    if (!segment.matches("0|[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException(path + ": \"" + segment + "\" is no index of the array (0 to " + (bound - 1) + ")");
    }
    try {
      int index = Integer.parseInt(segment);
      if (index >= 0 && index < bound) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(path + ": \"" + segment + "\" is no index of the array (0 to " + (bound - 1) + ")");
  }
}
