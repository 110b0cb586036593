package de.nextnetz.json.codec;

import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Reads a whole document: syntax and limits, then the codec, then Bean Validation. */
public final class Documents {

  private Documents() {}

  /**
   * Reads a document from a stream, its bytes checked as UTF-8 on the way ({@link Utf8Only}): a stream that is not
   * UTF-8 is the document's problem, a stream that fails an {@link UncheckedIOException}. Opening the parser reads the
   * first bytes, whose problems are the document's, so the parser is opened here.
   *
   * @param in the document's bytes; not closed
   * @param open makes a parser over the checked bytes (a factory's or a mapper's, whose context the codec may use);
   *     the parser is closed here
   * @param codec the codec of the document's root
   * @param validator the Bean Validation to run over the value read; {@code null} for none
   * @param locale the language of the problems' messages
   * @param <T> the value type
   * @return the value
   * @throws NextJsonException with every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream in, Function<InputStream, JsonParser> open, Codec<T> codec,
      @Nullable DomainValidator validator, Locale locale) {
    Objects.requireNonNull(in, "in");
    try (JsonParser parser = open.apply(new Utf8Only(in))) {
      return read(parser, codec, validator, locale);
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof Utf8Only.NotUtf8 notUtf8) {
        throw new NextJsonException(List.of(new JsonProblem("", String.valueOf(notUtf8.getMessage()))));
      }
      throw new UncheckedIOException("cannot read the document: " + e.getMessage(),
          cause != null ? cause : new IOException(e.getMessage(), e));
    }
  }

  /**
   * Reads a document whose root is a value of the codec, from a parser before its first token.
   *
   * @param in the parser
   * @param codec the root codec
   * @param validator the Bean Validation to run over the value read, in the language of its
   *     messages; {@code null} for none
   * @param <T> the value type
   * @return the value
   * @throws NextJsonException with every problem found
   */
  public static <T> T read(JsonParser in, Codec<T> codec, @Nullable DomainValidator validator) {
    return read(in, codec, validator, Locale.ENGLISH);
  }

  /**
   * Reads one document in a language of its problems' messages.
   *
   * @param in the parser, before the first token
   * @param codec the codec of the document's root
   * @param validator the Bean Validation to run over the value read; {@code null} for none
   * @param locale the language of the problems' messages
   * @param <T> the value type
   * @return the value
   * @throws NextJsonException with every problem found
   */
  public static <T> T read(JsonParser in, Codec<T> codec, @Nullable DomainValidator validator, Locale locale) {
    Reading reading = new Reading(locale, in.streamReadConstraints());
    T value = null;
    try {
      if (in.nextToken() == null) {
        reading.problemAt("", reading.text("empty"));
      } else {
        value = codec.read(in, reading);
        if (in.nextToken() != null) {
          reading.problemAt("", reading.text("trailing", "where", where(in.currentTokenLocation(), reading)));
        }
      }
    } catch (StreamConstraintsException e) {
      reading.limitExceeded(in, e);
      value = null;
    } catch (StreamReadException e) {
      String original = String.valueOf(e.getOriginalMessage());
      // A name missing or the document cut short concerns the object (or array) around, not its last member.
      boolean container = original.startsWith("Unexpected end-of-input") || original.contains("double-quote to start");
      reading.fatal(container ? containerPointerOf(in) : Reading.pointerOf(in), reading.text("malformed", "where",
          where(e.getLocation(), reading), "detail", syntax(original, reading)));
      value = null;
    }
    if (reading.hasProblems() || value == null) {
      List<JsonProblem> problems = reading.problems();
      throw new NextJsonException(problems.isEmpty() ? List.of(new JsonProblem("", "the document could not be read")) : problems,
          reading.omitted());
    }
    return validator != null ? validated(value, validator, reading) : value;
  }

  private static final java.util.regex.Pattern CHARACTER =
      java.util.regex.Pattern.compile("Unexpected character \\('(.*?)' \\(code \\d+\\)\\)");
  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("Unrecognized token '(.*?)'");

  /**
   * The parser's complaint in the reader's words: which character stands where something else is expected, with a
   * hint at the usual cause (a comma too many, single quotes, a cut-off file); the parser's own text where it says
   * something else.
   */
  static String syntax(String original, Reading reading) {
    java.util.regex.Matcher character = CHARACTER.matcher(original);
    String found = character.find() ? de.nextnetz.domain.base.Echo.shorten(character.group(1)) : "";
    java.util.regex.Matcher token = TOKEN.matcher(original);
    if (original.startsWith("Unexpected end-of-input")) {
      return reading.text("syntax.end");
    }
    if (original.contains("double-quote to start")) {
      return reading.text("syntax.name", "character", found);
    }
    if (original.contains("comma to separate")) {
      return reading.text("syntax.comma", "character", found);
    }
    if (original.contains("colon to separate")) {
      return reading.text("syntax.colon", "character", found);
    }
    if (token.find()) {
      return reading.text("syntax.token", "token", de.nextnetz.domain.base.Echo.shorten(token.group(1)));
    }
    if (original.startsWith("Illegal unquoted character")) {
      return reading.text("syntax.control");
    }
    if (!found.isEmpty() && original.contains("expected a value")) {
      return reading.text("syntax.value", "character", found);
    }
    return Reading.plain(original);
  }

  /** The pointer of the object or array the parser is in (the document's root: the empty pointer). */
  private static String containerPointerOf(JsonParser in) {
    tools.jackson.core.TokenStreamContext context = in.streamReadContext();
    if (context != null && context.inObject() && context.getParent() != null) {
      return context.getParent().pathAsPointer().toString();
    }
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Runs Bean Validation over a value read from JSON by the strict reader. Where every identifier and text had its
   * shape, only the group {@link de.nextnetz.domain.validation.Semantic} is left to check (a third of the cost of
   * all); where one had not, all constraints, so that Bean Validation words each violation as it always does.
   *
   * @param value the value
   * @param validator the validator, in the language of its messages
   * @param reading the reading that made the value
   * @param <T> its type
   * @return the value, if valid
   * @throws NextJsonException with every violation, each at its JSON Pointer
   */
  public static <T> T validated(T value, DomainValidator validator, Reading reading) {
    List<Violation> violations = reading.isShapeViolated() ? validator.validate(value) : validator.validateSemantics(value);
    if (violations.isEmpty()) {
      return value;
    }
    List<JsonProblem> problems = new ArrayList<>();
    for (Violation violation : violations) {
      problems.add(new JsonProblem(pointerOf(violation.path()), violation.message()));
    }
    Collections.sort(problems);
    int kept = Math.min(problems.size(), Reading.MAX_PROBLEMS);
    throw new NextJsonException(problems.subList(0, kept), problems.size() - kept);
  }

  /**
   * Turns a Bean Validation property path into a JSON Pointer.
   *
   * @param path e.g. {@code board.seats[3].person.name}
   * @return e.g. {@code /board/seats/3/person/name}
   */
  public static String pointerOf(String path) {
    JsonPointer pointer = JsonPointer.empty();
    for (String segment : path.replaceAll("<[^>]*>", "").split("\\.", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      int bracket = segment.indexOf('[');
      pointer = pointer.appendProperty(bracket < 0 ? segment : segment.substring(0, bracket));
      if (bracket >= 0) {
        String index = segment.substring(bracket + 1, segment.indexOf(']', bracket));
        if (!index.isEmpty()) {
          pointer = index.chars().allMatch(Character::isDigit) && index.length() < 10
              ? pointer.appendIndex(Integer.parseInt(index)) : pointer.appendProperty(index);
        }
      }
    }
    return pointer.toString();
  }

  private static String where(@org.jspecify.annotations.Nullable TokenStreamLocation location, Reading reading) {
    return location == null ? reading.text("where.unknown")
        : reading.text("where", "line", location.getLineNr(), "column", location.getColumnNr());
  }
}
