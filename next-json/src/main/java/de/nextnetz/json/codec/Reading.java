package de.nextnetz.json.codec;

import de.nextnetz.rules.Localized;
import java.util.Locale;
import de.nextnetz.json.JsonProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonParser;

/** The state of reading one document: the problems found so far. Not thread-safe; one per read. */
public final class Reading {

  private static final String BUNDLE = "de.nextnetz.json.Messages";

  /** The most problems a reading keeps; beyond it, it only counts them, so memory stays bounded. */
  public static final int MAX_PROBLEMS = 100;

  private final List<JsonProblem> problems = new ArrayList<>();
  private final Locale locale;
  private boolean fatal;
  private int omitted;

  /** Creates an empty reading with English messages. */
  public Reading() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates an empty reading.
   *
   * @param locale the language of the problems' messages (German for {@code de}, else English)
   */
  public Reading(Locale locale) {
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
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
