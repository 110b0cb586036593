package de.nextnetz.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A message that can be rendered in German or English: a key of a resource bundle with named
 * parameters (<code>{dueBy}</code>), or two literal texts. Parameters are replaced as text; there
 * is no expression language.
 */
public final class Message {

  /** The bundle of the built-in rules' messages. */
  public static final String BUILT_IN_BUNDLE = "de.nextnetz.rules.Messages";

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private final @Nullable String bundle;
  private final String key;
  private final @Nullable String german;
  private final Map<String, String> parameters;

  private Message(@Nullable String bundle, String key, @Nullable String german,
      Map<String, String> parameters) {
    this.bundle = bundle;
    this.key = key;
    this.german = german;
    this.parameters = parameters;
  }

  /**
   * A message from a resource bundle.
   *
   * @param bundle the bundle's base name, e.g. {@code "com.example.Messages"}
   * @param key the key in the bundle
   * @param parameters the named parameters, in order
   * @return the message
   */
  public static Message fromBundle(String bundle, String key, Map<String, String> parameters) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    return new Message(bundle, key, null,
        Collections.unmodifiableMap(new LinkedHashMap<>(parameters)));
  }

  /**
   * A message of the built-in bundle.
   *
   * @param key the key
   * @param parameters the named parameters, in order
   * @return the message
   */
  public static Message builtIn(String key, Map<String, String> parameters) {
    return fromBundle(BUILT_IN_BUNDLE, key, parameters);
  }

  /**
   * A message given as text, in English and German (for rules of one's own that need no bundle).
   *
   * @param english the English text
   * @param german the German text
   * @return the message
   */
  public static Message literal(String english, String german) {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(german, "german");
    return new Message(null, english, german, Map.of());
  }

  /**
   * Binds named parameters to a bundle message (a literal message has none and stays as it is).
   *
   * @param newParameters the parameters, in order
   * @return the message with these parameters
   */
  public Message withParameters(Map<String, String> newParameters) {
    if (bundle == null) {
      return this;
    }
    return new Message(bundle, key, german, Collections.unmodifiableMap(new LinkedHashMap<>(newParameters)));
  }

  /** {@return the key in the bundle (for a literal message: the English text)} */
  public String getKey() {
    return key;
  }

  /** {@return the named parameters, in order} */
  public Map<String, String> getParameters() {
    return parameters;
  }

  /**
   * Renders the message.
   *
   * @param locale the language; German for {@code de}, English otherwise
   * @return the text, with every parameter replaced; the key itself where the bundle lacks it
   */
  public String render(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (bundle == null) {
      return isGerman(locale) && german != null ? german : key;
    }
    return substitute(lookUp(bundle, key, locale).orElse(key), parameters);
  }

  /**
   * Looks a text up in a bundle.
   *
   * @param bundle the bundle's base name
   * @param key the key
   * @param locale the language
   * @return the text, if the bundle has the key
   */
  static java.util.Optional<String> lookUp(String bundle, String key, Locale locale) {
    try {
      ResourceBundle resources = ResourceBundle.getBundle(bundle, isGerman(locale) ? Locale.GERMAN : Locale.ROOT,
          Message.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return java.util.Optional.of(resources.getString(key));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean isGerman(Locale locale) {
    return locale.getLanguage().equals("de");
  }

  private static String substitute(String pattern, Map<String, String> parameters) {
    Matcher matcher = PARAMETER.matcher(pattern);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String value = parameters.get(matcher.group(1));
      matcher.appendReplacement(text, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(text);
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Message that && Objects.equals(that.bundle, bundle)
        && that.key.equals(key) && Objects.equals(that.german, german)
        && that.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, german, parameters);
  }

  /** {@return the English rendering} */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
