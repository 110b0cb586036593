package de.nextnetz.json.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.problem.NextJsonException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the reader tells of a parser's message: plain words, no Java names. */
class ReadingTest {

  @Test
  @DisplayName("A parser's message loses the Java names Jackson adds for developers")
  void parser_messages_lose_java_names() {
    assertThat(Reading.plain("Document length (16) exceeds the maximum allowed (10, from `StreamReadConstraints.getMaxDocumentLength()`)"))
        .isEqualTo("Document length (16) exceeds the maximum allowed (10)");
    assertThat(Reading.plain("Unexpected character ('}' (code 125)): expected a value\n at [Source: REDACTED "
        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 4]"))
        .isEqualTo("Unexpected character ('}' (code 125)): expected a value");
    assertThat(Reading.plain("Unrecognized token 'tru' [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
        + " disabled); line: 1]")).isEqualTo("Unrecognized token 'tru'");
    assertThat(Reading.plain(null)).isEqualTo("unreadable");
  }

  @Test
  @DisplayName("A document over the length limit is told without naming StreamReadConstraints")
  void the_length_limit_in_plain_words() {
    assertThatThrownBy(() -> NextJson.builder().maxDocumentLength(10).build().readAssociation("{\"format\" : \"nextnetz.association\"}"))
        .isInstanceOf(NextJsonException.class)
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::message)
            .singleElement().asString()
            .startsWith("the document exceeds a limit: Document length")
            .doesNotContain("StreamReadConstraints").doesNotContain("`"));
  }
}
