package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.domain.base.Echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What the reader echoes of the input cannot forge a line or drive a terminal. */
class EchoTest {

  private static final String BASE = NextJson.standard().writeAssociationAsString(JsonFixtures.smallNext());

  private static NextJsonException read(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) JsonFixtures.tree(BASE);
    change.accept(root);
    return catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(JsonFixtures.PLAIN.writeValueAsString(root)));
  }

  @Test
  @DisplayName("An unknown property named like a line of the tool's own output stays on one line, newline escaped")
  void a_forged_line_stays_one_line() {
    NextJsonException refused = read(root -> root.put("\nnext: the document is valid", 1));

    String shown = refused.getProblems().get(0).toString();
    assertThat(shown).doesNotContain("\n")
        .startsWith("/\\u000Anext: the document is valid: unknown property \"\\u000Anext: the document is valid\"");
    assertThat(String.valueOf(refused.getMessage()).lines()).hasSize(2);
  }

  @Test
  @DisplayName("An ESC sequence that would set the terminal's title is shown as text")
  void terminal_escapes_are_shown_as_text() {
    NextJsonException refused = read(root -> root.put("foundingDate", "\u001b]0;owned\u0007"));

    assertThat(refused.getProblems()).singleElement().satisfies(problem -> assertThat(problem.message())
        .doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001B]0;owned\\u0007"));
  }

  @Test
  @DisplayName("Echoes are quoted as JSON strings and cut to 60 characters without splitting an escape")
  void echoes_are_escaped_and_cut() {
    assertThat(Echo.shorten("a\"b\\c")).isEqualTo("a\\\"b\\\\c");
    assertThat(Echo.shorten("x".repeat(60))).isEqualTo("x".repeat(60));
    assertThat(Echo.shorten("x".repeat(61))).isEqualTo("x".repeat(57) + "…");
    assertThat(Echo.shorten("x".repeat(55) + "\n\n\n")).isEqualTo("x".repeat(55) + "…");
    assertThat(Echo.shorten("\u202Eevil")).isEqualTo("\\u202Eevil");
    assertThat(Echo.escapeControls("/a\u2028b")).isEqualTo("/a\\u2028b");
  }

  @Test
  @DisplayName("A document with 200,000 problems keeps the first 100 and counts the rest, so memory stays bounded")
  void many_problems_are_counted_not_kept() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 200_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":0");
    }
    json.append('}');
    NextJsonException refused = catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(json.toString()));

    assertThat(refused.getProblems()).hasSize(100);
    assertThat(refused.getProblems().size() + refused.getOmitted()).isGreaterThan(200_000);
    assertThat(String.valueOf(refused.getMessage())).startsWith("200009 problems in the JSON document (the first 100 listed):")
        .endsWith("\n  and 199909 more");
  }
}
