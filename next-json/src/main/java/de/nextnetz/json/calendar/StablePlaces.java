package de.nextnetz.json.calendar;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A place in the association document (a JSON Pointer) with each list item named by its id instead of its position:
 * {@code /communities/9/meetings} becomes {@code /communities/@c-ki/meetings}, so the place of a deadline stays the
 * same when an item is inserted before it. An item without an id keeps its position; a pointer that leads nowhere
 * stays as it is.
 */
final class StablePlaces {

  private StablePlaces() {}

  /**
   * The places of one association.
   *
   * @param association the association
   * @return from a JSON Pointer into its document to the same place named by ids
   */
  static UnaryOperator<String> of(Association association) {
    JsonNode document = JsonMapper.builder().build().readTree(NextJson.standard().writeAssociationAsString(association));
    return pointer -> stable(document, pointer);
  }

  static String stable(JsonNode document, String pointer) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      return pointer;
    }
    StringBuilder place = new StringBuilder();
    @Nullable JsonNode node = document;
    for (String segment : pointer.substring(1).split("/", -1)) {
      place.append('/');
      if (node != null && node.isArray() && segment.matches("0|[1-9][0-9]{0,8}")
          && Integer.parseInt(segment) < node.size()) {
        node = node.get(Integer.parseInt(segment));
        JsonNode id = node.get("id");
        place.append(id != null && id.isString() ? "@" + id.asString().replace("~", "~0").replace("/", "~1")
            : segment);
      } else {
        place.append(segment);
        node = node == null ? null : node.get(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return place.toString();
  }
}
