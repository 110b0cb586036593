package de.nextnetz.spring;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.problem.NextJsonException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** The problem answer without a running application (the consumer-tests-spring module runs one). */
class NextJsonProblemHandlerTest {

  private static NextJsonException two() {
    return new NextJsonException(List.of(
        new JsonProblem("/members/0/start", "not a date: \"2024-02-30\""),
        new JsonProblem("/name", "must not be blank")));
  }

  @Test
  @DisplayName("RFC 9457: every problem with its pointer, title and detail in English")
  void lists_every_problem_in_english() {
    ProblemDetail problem = NextJsonProblemHandler.problem(two(), Locale.ENGLISH);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getTitle()).isEqualTo("Invalid NExT document");
    assertThat(problem.getDetail()).isEqualTo("The document has 2 problems.");
    assertThat(problem.getProperties()).containsEntry("problems", List.of(
        Map.of("pointer", "/members/0/start", "message", "not a date: \"2024-02-30\""),
        Map.of("pointer", "/name", "message", "must not be blank")));
    assertThat(problem.getProperties()).doesNotContainKey("omitted");
  }

  @Test
  @DisplayName("RFC 9457: title and detail in German for Accept-Language de, the count of problems left out")
  void tells_in_german_and_counts_the_omitted() {
    NextJsonException many = new NextJsonException(List.of(new JsonProblem("/name", "darf nicht leer sein")), 150);
    ProblemDetail problem = NextJsonProblemHandler.problem(many, Locale.forLanguageTag("de-AT"));
    assertThat(problem.getTitle()).isEqualTo("Ungültiges NExT-Dokument");
    assertThat(problem.getDetail()).isEqualTo("Das Dokument hat 151 Probleme.");
    assertThat(problem.getProperties()).containsEntry("omitted", 150);
  }

  @Test
  @DisplayName("The detail's plural in both languages for 0, 1 and 2 problems")
  void plural_forms() {
    assertThat(List.of(0, 1, 2)).map(n -> de.nextnetz.rules.Localized.message("de.nextnetz.spring.Messages", "detail",
        Locale.ENGLISH, Map.of("problems", n)))
        .containsExactly("The document has no problems.", "The document has one problem.", "The document has 2 problems.");
    assertThat(List.of(0, 1, 2)).map(n -> de.nextnetz.rules.Localized.message("de.nextnetz.spring.Messages", "detail",
        Locale.GERMAN, Map.of("problems", n)))
        .containsExactly("Das Dokument hat keine Probleme.", "Das Dokument hat ein Problem.", "Das Dokument hat 2 Probleme.");
  }

  @Test
  @DisplayName("A body Spring could not read: the NExT problems where the converter met them, Spring's answer otherwise")
  void unwraps_the_converters_exception() {
    NextJsonProblemHandler handler = new NextJsonProblemHandler();
    MockHttpInputMessage body = new MockHttpInputMessage(new byte[0]);
    ResponseEntity<ProblemDetail> next = handler.unreadableBody(
        new HttpMessageNotReadableException("JSON parse error", two(), body), Locale.ENGLISH);
    assertThat(next.getStatusCode().value()).isEqualTo(400);
    assertThat(next.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(next.getBody()).isNotNull().extracting(ProblemDetail::getDetail).isEqualTo("The document has 2 problems.");

    ResponseEntity<ProblemDetail> other = handler.unreadableBody(
        new HttpMessageNotReadableException("Required request body is missing", body), Locale.ENGLISH);
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(other.getBody()).isNotNull().satisfies(problem -> {
      assertThat(problem.getDetail()).isEqualTo("Failed to read request");
      assertThat(problem.getProperties()).isNullOrEmpty();
    });
  }
}
