package de.nextnetz.json.codec;

import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * What a writer knows besides the value: the language of the texts it renders. It is Jackson's own
 * locale of the write ({@code ObjectWriter.with(Locale)}), so {@link de.nextnetz.json.NextJson} and a
 * plain Jackson mapper with the module write the same texts.
 */
public final class Writing {

  private Writing() {}

  /**
   * The language of the texts a generator writes.
   *
   * @param out the generator
   * @return the locale of its Jackson write; English where it has none
   */
  public static Locale locale(JsonGenerator out) {
    return out.objectWriteContext() instanceof SerializationContext context ? context.getLocale() : Locale.ENGLISH;
  }

  /**
   * The language code a document states: {@code de} for German, else {@code en}.
   *
   * @param locale the locale
   * @return {@code de} or {@code en}
   */
  public static String language(Locale locale) {
    return locale.getLanguage().equals("de") ? "de" : "en";
  }
}
