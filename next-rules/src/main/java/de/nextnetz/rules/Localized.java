package de.nextnetz.rules;

import de.nextnetz.domain.base.Money;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where typed values become text for people: dates, amounts, periods, counts, yes
 * and no, and the named-parameter messages of the bundles. German for a locale of language {@code
 * de} ("21. November 2024"), English otherwise ("21 November 2024").
 *
 * <p>Messages use the JDK's {@link MessageFormat} with {@link java.text.ChoiceFormat} for plurals
 * (<code>{days,choice,0#no days|1#one day|1&lt;{days} days}</code>): German and English have only
 * the plural categories "one" and "other", which a choice expresses exactly, so ICU4J (about 14 MB)
 * would add nothing for these two languages. Parameters are named; the names are mapped to
 * positions here. There is no expression language.
 */
public final class Localized {

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?=[,}])");
  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMANY);
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
  private static final DateTimeFormatter GERMAN_MONTH_DAY = DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMANY);
  private static final DateTimeFormatter ENGLISH_MONTH_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private Localized() {}

  /**
   * Whether a locale asks for German.
   *
   * @param locale the locale
   * @return whether its language is {@code de}
   */
  public static boolean isGerman(Locale locale) {
    return locale.getLanguage().equals("de");
  }

  /**
   * The locale that formats numbers, amounts and dates for a language: Germany for German, the
   * United Kingdom (day before month) for English.
   *
   * @param locale the requested locale
   * @return the formatting locale
   */
  public static Locale formatting(Locale locale) {
    return isGerman(locale) ? Locale.GERMANY : Locale.UK;
  }

  /**
   * Formats a day.
   *
   * @param day the day
   * @param locale the language
   * @return e.g. {@code "21. November 2024"} or {@code "21 November 2024"}
   */
  public static String date(LocalDate day, Locale locale) {
    return (isGerman(locale) ? GERMAN_DATE : ENGLISH_DATE).format(day);
  }

  /**
   * Formats a typed value for people: a day as a date, a day of the year as day and month ("31 December"), an amount with its currency, a year as its
   * number, a period in years, months and days, a truth value as yes or no, an enum constant by its
   * label in the bundle ({@code enum.<Type>.<NAME>}) or its name, a message rendered in the
   * language, a number with the language's digit grouping, a collection as a list ("–" if empty),
   * an absent optional as "–", anything else by {@code toString()}.
   *
   * @param value the value
   * @param locale the language
   * @return the text
   */
  public static String value(Object value, Locale locale) {
    if (value instanceof LocalDate day) {
      return date(day, locale);
    }
    if (value instanceof MonthDay day) {
      // A leap year, so that 29 February formats too.
      return (isGerman(locale) ? GERMAN_MONTH_DAY : ENGLISH_MONTH_DAY).format(day.atYear(2000));
    }
    if (value instanceof Message message) {
      return message.render(locale);
    }
    if (value instanceof Money money) {
      return money.format(formatting(locale));
    }
    if (value instanceof Year year) {
      return Integer.toString(year.getValue());
    }
    if (value instanceof Period period) {
      return period(period, locale);
    }
    if (value instanceof Boolean truth) {
      return text(Message.BUILT_IN_BUNDLE, truth ? "value.yes" : "value.no", locale).orElse(truth.toString());
    }
    if (value instanceof Enum<?> constant) {
      return text(Message.BUILT_IN_BUNDLE,
          "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale)
          .orElse(constant.name());
    }
    if (value instanceof Number number) {
      return java.text.NumberFormat.getIntegerInstance(formatting(locale)).format(number);
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty() ? "–" : items.stream().map(item -> value(item, locale)).collect(Collectors.joining(", "));
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(item -> value(item, locale)).orElse("–");
    }
    return value.toString();
  }

  private static String period(Period period, Locale locale) {
    return format(text(Message.BUILT_IN_BUNDLE, "value.period", locale).orElse("{years}y {months}m {days}d"),
        Map.of("years", period.getYears(), "months", period.getMonths(), "days", period.getDays()), locale).strip();
  }

  /**
   * Fills a pattern with named parameters: numbers stay numbers (for choices), every other value is
   * formatted by {@link #value}.
   *
   * @param pattern the pattern, with <code>{name}</code> and <code>{name,choice,…}</code>
   * @param parameters the parameters by name
   * @param locale the language
   * @return the text; a parameter without value stays as written
   */
  public static String format(String pattern, Map<String, ?> parameters, Locale locale) {
    Matcher matcher = PARAMETER.matcher(pattern);
    StringBuilder indexed = new StringBuilder();
    java.util.List<Object> arguments = new java.util.ArrayList<>();
    Map<String, Integer> positions = new java.util.HashMap<>();
    while (matcher.find()) {
      String name = matcher.group(1);
      Object value = parameters.get(name);
      if (value == null) {
        matcher.appendReplacement(indexed, Matcher.quoteReplacement("'{'" + name));
        continue;
      }
      Integer position = positions.get(name);
      if (position == null) {
        position = arguments.size();
        positions.put(name, position);
        arguments.add(value instanceof Number && !(value instanceof java.math.BigDecimal) ? value : value(value, locale));
      }
      matcher.appendReplacement(indexed, "{" + position);
    }
    matcher.appendTail(indexed);
    String quoted = quoteApostrophes(indexed.toString());
    return new MessageFormat(quoted, formatting(locale)).format(arguments.toArray());
  }

  /** Apostrophes in the bundles are text, never MessageFormat's quotes (except the ones added above). */
  private static String quoteApostrophes(String pattern) {
    return pattern.replace("'{'", "\u0000").replace("'", "''").replace("\u0000", "'{'");
  }

  /**
   * A text of a bundle, filled with named parameters in a language: the one way every message of
   * the library (rules, command line, JSON reader) is made.
   *
   * @param bundle the bundle's base name
   * @param key the key; the key itself is used where the bundle lacks it
   * @param locale the language
   * @param parameters the parameters by name, formatted by {@link #format}
   * @return the text
   */
  public static String message(String bundle, String key, Locale locale, Map<String, ?> parameters) {
    return format(text(bundle, key, locale).orElse(key), parameters, locale);
  }

  /**
   * Named parameters from names and values, alternating.
   *
   * @param pairs e.g. {@code "file", path, "count", 3}
   * @return the parameters, in order
   */
  public static Map<String, Object> parameters(Object... pairs) {
    Map<String, Object> parameters = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      parameters.put(String.valueOf(pairs[i]), pairs[i + 1]);
    }
    return parameters;
  }

  /**
   * Looks a text up in a bundle.
   *
   * @param bundle the bundle's base name
   * @param key the key
   * @param locale the language
   * @return the text, if the bundle has the key
   */
  public static Optional<String> text(String bundle, String key, Locale locale) {
    try {
      ResourceBundle resources = bundle(bundle, isGerman(locale) ? Locale.GERMAN : Locale.ROOT);
      return resources.containsKey(key) ? Optional.of(resources.getString(key)) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The module that holds each bundle's package, on the module path; looked up once a bundle. */
  private static final java.util.concurrent.ConcurrentMap<String, Optional<Module>> OWNERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Loads a bundle of English (the root) or German texts. On the class path, through this
   * library's class loader without falling back to the JVM's default locale; on the module path,
   * from the module that holds the bundle's package (the library's own, a rule author's), because
   * bundles in named modules are private to their module and {@code ResourceBundle.Control} is not
   * supported there.
   */
  private static ResourceBundle bundle(String name, Locale locale) {
    Module self = Localized.class.getModule();
    if (!self.isNamed()) {
      return ResourceBundle.getBundle(name, locale, Localized.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
    Optional<Module> owner = OWNERS.computeIfAbsent(name, Localized::ownerOf);
    return owner.isPresent() ? ResourceBundle.getBundle(name, locale, owner.get())
        : ResourceBundle.getBundle(name, locale, Localized.class.getClassLoader());
  }

  private static Optional<Module> ownerOf(String bundle) {
    int dot = bundle.lastIndexOf('.');
    String packageName = dot < 0 ? "" : bundle.substring(0, dot);
    ModuleLayer layer = Localized.class.getModule().getLayer();
    java.util.Deque<ModuleLayer> layers = new java.util.ArrayDeque<>();
    layers.add(layer != null ? layer : ModuleLayer.boot());
    while (!layers.isEmpty()) {
      ModuleLayer next = layers.poll();
      for (Module module : next.modules()) {
        if (module.getPackages().contains(packageName)) {
          return Optional.of(module);
        }
      }
      layers.addAll(next.parents());
    }
    return Optional.empty();
  }
}
