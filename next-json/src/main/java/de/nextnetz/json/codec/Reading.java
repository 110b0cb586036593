package de.nextnetz.json.codec;

import de.nextnetz.rules.Localized;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import de.nextnetz.json.problem.JsonProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/** The state of reading one document: the problems found so far. Not thread-safe; one per read. */
public final class Reading {

  private static final String BUNDLE = "de.nextnetz.json.Messages";

  /** The most problems a reading keeps; beyond it, it only counts them, so memory stays bounded. */
  public static final int MAX_PROBLEMS = 100;

  private final List<JsonProblem> problems = new ArrayList<>();
  private final Locale locale;
  private final int maxStringLength;
  /** The deepest nesting, as {@code NextJson.DEFAULT_MAX_NESTING_DEPTH} publishes it. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The longest number, in digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;
  /** The longest property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 200;
  /** The largest document, in bytes (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private boolean fatal;
  private boolean shapeViolated;
  private int omitted;

  /** The values of this document parsed so far, by their codec and text ({@link #parsedBefore}). */
  private final java.util.IdentityHashMap<Codec<?>, java.util.HashMap<String, Object>> parsed =
      new java.util.IdentityHashMap<>();

  /** Creates an empty reading with English messages and the default limits (the values {@code NextJson} publishes). */
  public Reading() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates an empty reading with the default limits (the values {@code NextJson} publishes): what
   * {@link de.nextnetz.json.NextJsonModule} applies inside any mapper, whatever that mapper's own
   * stream constraints are.
   *
   * @param locale the language of the problems' messages (German for {@code de}, else English)
   */
  public Reading(Locale locale) {
    this(locale, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_NUMBER_LENGTH,
        DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  /**
   * Creates an empty reading with the limits of a parser's stream constraints, so that the codecs
   * check the same limits as the parser (where the parser checks them too, it is first).
   *
   * @param locale the language of the problems' messages
   * @param constraints the limits
   */
  public Reading(Locale locale, tools.jackson.core.StreamReadConstraints constraints) {
    this(locale, constraints.getMaxStringLength(), constraints.getMaxNestingDepth(), constraints.getMaxNumberLength(),
        constraints.getMaxDocumentLength());
  }

  private Reading(Locale locale, int maxStringLength, int maxNestingDepth, int maxNumberLength, long maxDocumentLength) {
    this.maxNumberLength = maxNumberLength;
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
    this.maxStringLength = maxStringLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * The value a codec parsed before in this document from the same text, if any: for a codec whose value is a function
   * of its text alone and immutable (a day), so that a text the document names again is one value, read once.
   *
   * @param codec the codec
   * @param text the text, as in the document
   * @param <V> the codec's value type
   * @return the value, or {@code null} where the codec has not read this text
   */
  @SuppressWarnings("unchecked") // each codec's map holds only the values that codec remembered
  public <V> @Nullable V parsedBefore(Codec<V> codec, String text) {
    java.util.HashMap<String, Object> values = parsed.get(codec);
    return values == null ? null : (V) values.get(text);
  }

  /**
   * Remembers the value a codec parsed from a text, for {@link #parsedBefore}.
   *
   * @param codec the codec
   * @param text the text, as in the document
   * @param value the value it was read as
   * @param <V> the codec's value type
   */
  public <V> void rememberParsed(Codec<V> codec, String text, V value) {
    parsed.computeIfAbsent(codec, c -> new java.util.HashMap<>()).put(text, value);
  }

  /** {@return the longest string value this reading accepts, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the deepest nesting this reading accepts} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Skips the value the parser is on, with its children, checking the limits on the way as the
   * values a codec reads are checked: a string too long, nesting too deep or a document too large
   * inside an unknown property is refused as anywhere else. Every codec skips through here.
   *
   * @param parser the parser, on the value to skip; afterwards on its last token
   * @throws StreamConstraintsException if a limit is exceeded
   */
  public void skip(JsonParser parser) {
    JsonToken token = parser.currentToken();
    int depth = token != null && token.isStructStart() ? 1 : 0;
    if (token == JsonToken.VALUE_STRING) {
      checkLength(parser.getStringLength());
    } else if (token != null && token.isNumeric()) {
      checkNumber(parser);
    }
    while (depth > 0) {
      token = parser.nextToken();
      if (token == null) {
        return; // the parser reports the truncated document
      }
      if (token.isStructStart()) {
        depth++;
        checkDepth(parser);
        checkDocumentLength(parser);
      } else if (token.isStructEnd()) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        checkLength(parser.getStringLength());
      } else if (token.isNumeric()) {
        checkNumber(parser);
      }
    }
  }

  /**
   * Refuses a string longer than {@link #maxStringLength()}.
   *
   * @param length the string's length, in characters
   * @throws StreamConstraintsException if it is too long
   */
  public void checkLength(int length) {
    if (length > maxStringLength) {
      throw new StreamConstraintsException("String value length (" + length + ") exceeds the maximum allowed ("
          + maxStringLength + ")");
    }
  }

  /**
   * Refuses a number with more characters than the reading accepts.
   *
   * @param parser the parser, on a number
   * @throws StreamConstraintsException if it is too long
   */
  public void checkNumber(JsonParser parser) {
    int length = parser.getStringLength();
    if (length > maxNumberLength) {
      throw new StreamConstraintsException("Number value length (" + length + ") exceeds the maximum allowed ("
          + maxNumberLength + ")");
    }
  }

  private void checkDepth(JsonParser parser) {
    int depth = parser.streamReadContext().getNestingDepth();
    if (depth > maxNestingDepth) {
      throw new StreamConstraintsException("Document nesting depth (" + depth + ") exceeds the maximum allowed ("
          + maxNestingDepth + ")");
    }
  }

  /**
   * Refuses a document read beyond the largest this reading accepts.
   *
   * @param parser the parser
   * @throws StreamConstraintsException if the parser is beyond the limit
   */
  public void checkDocumentLength(JsonParser parser) {
    if (beyondDocumentLength(parser)) {
      throw new StreamConstraintsException("Document length exceeds the maximum allowed (" + maxDocumentLength + ")");
    }
  }

  /**
   * Whether the parser has read beyond the largest document this reading accepts; checked where
   * documents grow (at each item of a list, in skipped values), so that a mapper without a
   * document limit of its own still stops.
   */
  private boolean beyondDocumentLength(JsonParser parser) {
    if (maxDocumentLength <= 0) {
      return false;
    }
    tools.jackson.core.TokenStreamLocation location = parser.currentTokenLocation();
    long offset = Math.max(location.getByteOffset(), location.getCharOffset());
    return offset > maxDocumentLength;
  }

  /**
   * A text of the reader's bundle in the reading's language.
   *
   * @param key the key, e.g. {@code "required"}
   * @param pairs parameter names and values, alternating; values are inserted as their text
   * @return the text
   */
  public String text(String key, Object... pairs) {
    Object[] texts = new Object[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      texts[i] = String.valueOf(pairs[i]); // numbers as written, without digit grouping
    }
    return Localized.message(BUNDLE, key, locale, Localized.parameters(texts));
  }


  /**
   * The JSON Pointer of the value the parser is on.
   *
   * @param parser the parser
   * @return the pointer, empty for the root
   */
  public static String pointerOf(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /**
   * Records a problem at the parser's value.
   *
   * @param parser the parser, on the value concerned
   * @param message what is wrong
   */
  public void problem(JsonParser parser, String message) {
    problemAt(pointerOf(parser), message);
  }

  /**
   * Records a problem at a pointer.
   *
   * @param pointer the pointer
   * @param message what is wrong
   */
  public void problemAt(String pointer, String message) {
    if (!fatal) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new JsonProblem(pointer, message));
      } else {
        omitted++;
      }
    }
  }

  /** {@return how many problems were found beyond the {@value #MAX_PROBLEMS} kept} */
  public int omitted() {
    return omitted;
  }

  /**
   * Records a problem that makes every other one meaningless (a document of a newer format
   * version); it stays the only one.
   *
   * @param pointer the pointer
   * @param message what is wrong
   */
  public void fatal(String pointer, String message) {
    if (!fatal) {
      problems.clear();
      problems.add(new JsonProblem(pointer, message));
      omitted = 0;
      fatal = true;
    }
  }

  /**
   * Records a limit the document exceeds; like {@link #fatal}, it stays the only problem.
   *
   * @param parser the parser, where the limit was hit
   * @param exceeded the limit's exception, from the parser or from {@link #skip} and its kin
   */
  public void limitExceeded(JsonParser parser, StreamConstraintsException exceeded) {
    fatal(pointerOf(parser), text("limit", "detail", plain(exceeded.getOriginalMessage())));
  }

  /**
   * A parser's message without the Java names Jackson puts in it for developers: "Document length (16)
   * exceeds the maximum allowed (10, from `StreamReadConstraints.getMaxDocumentLength()`)" is told as
   * "Document length (16) exceeds the maximum allowed (10)"; a source description that names
   * {@code StreamReadFeature} goes too.
   *
   * @param message the parser's message, possibly absent
   * @return its first line, without Java names
   */
  public static String plain(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.replaceAll(",? ?from `[^`]*`", "")
        .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
        .replaceAll(" ?\\([^()`]*`[^`]*`[^()]*\\)", "")
        .strip();
  }

  /**
   * Notes that a text read does not have the shape its property asks for (an identifier, a text that is not blank):
   * the validation after reading then checks the shapes too, and words the violation (see {@link
   * Documents#validated(Object, de.nextnetz.domain.validation.DomainValidator, Reading)}).
   */
  public void shapeViolated() {
    shapeViolated = true;
  }

  /** {@return whether a text read did not have the shape its property asks for} */
  public boolean isShapeViolated() {
    return shapeViolated;
  }

  /** {@return whether any problem was recorded} */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** {@return the problems, sorted by pointer} */
  public List<JsonProblem> problems() {
    List<JsonProblem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return sorted;
  }
}
