package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.json.problem.NextJsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schema and the reader refuse the same documents: a validator in any language and the library agree
 * on what a valid association is, the cases only a reader can judge aside (listed in the README).
 */
class SchemaAgreesWithReaderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String changed(Consumer<ObjectNode> change) {
    ObjectNode document = (ObjectNode) JSON.readTree(NextJson.standard().writeAssociationAsString(Musterverein.association()));
    change.accept(document);
    return JSON.writeValueAsString(document);
  }

  private static boolean readerRefuses(String document) {
    try {
      NextJson.standard().readAssociation(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
      return false;
    } catch (NextJsonException refused) {
      return true;
    }
  }

  private static ObjectNode member(ObjectNode document) {
    return (ObjectNode) document.get("members").get(0);
  }

  private static ObjectNode version(ObjectNode document) {
    return (ObjectNode) document.get("statute").get("versions").get(0);
  }

  @ParameterizedTest(name = "{0}: refused {1}")
  @CsvSource(delimiter = '|', value = {
      "valid document|false",
      "quorum 1/2000|true",
      "quorum 1/1000|false",
      "quorum 1000/1000|false",
      "member with person and organisation|true",
      "member with neither person nor organisation|true",
      "name of a no-break space|true",
      "name of a byte order mark|true",
      "name of an information separator (U+001C)|true",
      "name of a next line (U+0085)|true",
      "name with a no-break space inside|false",
      "notice of six weeks|false"})
  @DisplayName("Schema and reader agree: fractions to 1000, a member is a person or an organisation, one class of blank")
  void schema_and_reader_refuse_the_same(String edit, boolean refused) {
    String document = changed(edited -> {
      switch (edit) {
        case "quorum 1/2000" -> version(edited).put("quorum", "1/2000");
        case "quorum 1/1000" -> version(edited).put("quorum", "1/1000");
        case "quorum 1000/1000" -> version(edited).put("quorum", "1000/1000");
        case "member with person and organisation" -> member(edited).putObject("organisation")
            .put("id", "org").put("name", "Verein").put("kind", "ASSOCIATION");
        case "member with neither person nor organisation" -> member(edited).remove("person");
        case "name of a no-break space" -> edited.put("name", "\u00A0");
        case "name of a byte order mark" -> edited.put("name", "\uFEFF");
        case "name of an information separator (U+001C)" -> edited.put("name", "\u001C");
        case "name of a next line (U+0085)" -> edited.put("name", "\u0085");
        case "name with a no-break space inside" -> edited.put("name", "Muster\u00A0Verein");
        case "notice of six weeks" -> version(edited).put("exitNotice", "P6W");
        default -> { }
      }
    });
    assertThat(readerRefuses(document)).as("reader").isEqualTo(refused);
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA, document).isEmpty()).as("schema accepts").isEqualTo(!refused);
  }
}
