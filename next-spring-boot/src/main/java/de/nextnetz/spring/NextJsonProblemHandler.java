package de.nextnetz.spring;

import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.rules.Localized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a NExT document that cannot be read with {@code 400 Bad Request} and an RFC 9457 problem
 * ({@code application/problem+json}) that carries every problem the reader found, each with its JSON
 * Pointer, in the request's language:
 *
 * <pre>{@code
 * { "type": "about:blank", "title": "Invalid NExT document", "status": 400,
 *   "detail": "The document has 2 problems.", "instance": "/associations",
 *   "problems": [ { "pointer": "/members/0/start", "message": "not a date: \"2024-02-30\"" }, ... ] }
 * }</pre>
 *
 * <p>It handles a {@link NextJsonException} thrown by a controller (one that reads with {@code NextJson})
 * and one that Spring's converter met while reading a request body (then wrapped in an {@link
 * HttpMessageNotReadableException}); any other unreadable body gets Spring's usual answer, a {@code 400}
 * problem without details. {@code omitted} is present when the document had more problems than are
 * listed. Ordered first, so an application's own {@code ResponseEntityExceptionHandler} does not take
 * these bodies; an application that wants its own answer declares a bean of this type.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NextJsonProblemHandler {

  private static final String BUNDLE = "de.nextnetz.spring.Messages";

  /** Creates the handler. */
  public NextJsonProblemHandler() {}

  /**
   * A controller's {@link NextJsonException}.
   *
   * @param exception what the reader found
   * @param locale the request's locale
   * @return the problem response
   */
  @ExceptionHandler(NextJsonException.class)
  public ResponseEntity<ProblemDetail> unreadableDocument(NextJsonException exception, Locale locale) {
    return answer(problem(exception, locale));
  }

  /**
   * A request body Spring's converter could not read.
   *
   * @param exception Spring's exception, whose cause may be a {@link NextJsonException}
   * @param locale the request's locale
   * @return the problem response
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException exception, Locale locale) {
    NextJsonException next = nextCause(exception);
    return answer(next != null ? problem(next, locale) : ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Failed to read request"));
  }

  /**
   * The problem that describes a document that could not be read.
   *
   * @param exception what the reader found
   * @param locale the language of title and detail (German for {@code de}, else English); the problems'
   *     messages are in the language the document was read in
   * @return the problem, status 400
   */
  public static ProblemDetail problem(NextJsonException exception, Locale locale) {
    Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(Localized.message(BUNDLE, "title", language, Map.of()));
    problem.setDetail(Localized.message(BUNDLE, "detail", language,
        Map.of("problems", exception.getProblems().size() + exception.getOmitted())));
    List<Map<String, String>> problems = exception.getProblems().stream().map(NextJsonProblemHandler::entry).toList();
    problem.setProperty("problems", problems);
    if (exception.getOmitted() > 0) {
      problem.setProperty("omitted", exception.getOmitted());
    }
    return problem;
  }

  private static Map<String, String> entry(JsonProblem problem) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("pointer", problem.pointer());
    entry.put("message", problem.message());
    return entry;
  }

  private static @Nullable NextJsonException nextCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof NextJsonException next) {
        return next;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
