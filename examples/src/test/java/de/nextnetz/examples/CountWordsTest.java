package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.rules.Localized;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message of the library's and the tool's bundles, rendered with each of its parameters as 1: no count of one
 * stands before a plural ("1 members", "1 Mitglieder"), in English and in German. (Messages with choices for 0, 1
 * and more render each branch; the count check of issue 29 asks for this over every message.)
 */
public class CountWordsTest {

  private static final List<String> BUNDLES = List.of("de.nextnetz.rules.Messages", "de.nextnetz.json.Messages",
      "de.nextnetz.examples.cli.Messages");

  /** English plurals found after a number in the bundles (a count of one takes the singular). */
  private static final Pattern ENGLISH = Pattern.compile("(?<![.,\\d])\\b1 (members|abstentions|supporters|votes|"
      + "times|rows|events|lines|applications|communities|rules|days|months|years|weeks|signatures|reviews|warnings|"
      + "errors|infos|problems|payments|findings|bookings|items|characters|bytes|meetings|assemblies|debtors|"
      + "resolutions)\\b");

  /**
   * Messages whose numbers are limits of the format or the tool, never one: more than 100,000 items, 10,000
   * characters, 16 bytes, the 15 to 34 characters of a country's IBAN.
   */
  private static final java.util.Set<String> LIMITS = java.util.Set.of("tooManyItems", "camt.tooManyEntries",
      "error.lineTooLong", "error.tooManyRows", "importMembers.tooMany", "error.keyTooShort", "iban.length",
      // a parameter before the noun that is a word or a day, not a count: "the {kind} assembly of {day}",
      // "{kind} member since {day}", "{name} ist am {day} Mitglied"
      "MV_HYBRID_ACCESS_INFO_MISSING.message", "MV_VIRTUAL_NOT_AUTHORISED.message", "person.membership",
      "person.membershipEnded", "erase.stillMember");

  /** German plurals found after a number in the bundles (a count of one takes the singular). */
  private static final Pattern GERMAN = Pattern.compile("(?<![.,\\d])\\b1 (Mitglieder|Tage|Tagen|Zeilen|Enthaltungen|"
      + "Stimmen|Regeln|Jahre|Jahren|Veranstaltungen|Unterschriften|Gutachten von|Warnungen|Hinweise|Fehlern|Monate|"
      + "Monaten|Wochen|Buchungen|Probleme|Problemen|Zahlungen|Befürworter|Personen|Sitzungen|Treffen mal|Mal|"
      + "Versammlungen|Beschlüsse|Einladungen|Gemeinschaften|Zeilen|Spalten|Bewerbungen|Anträge|Einträge)\\b");

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)");

  /** English singulars after a count of 0 or 2 ("2 member", "0 row"). */
  private static final Pattern ENGLISH_SINGULAR = Pattern.compile("(?<![.,\\d])\\b[02] (member|abstention|supporter|vote|"
      + "row|event(?! days)|line|application|community|rule|day|month|year|week|signature|review|warning|error|info|problem|"
      + "payment|finding|booking|item|character|meeting|assembly|debtor|resolution|time|person|column)\\b(?!-)");

  /** German singulars after a count of 0 or 2 ("2 Mitglied", "0 Zeile"). */
  private static final Pattern GERMAN_SINGULAR = Pattern.compile("(?<![.,\\d])\\b[02] (Mitglied|Tag|Zeile|Enthaltung|"
      + "Stimme|Regel|Jahr|Veranstaltung|Unterschrift|Warnung|Hinweis|Monat|Woche|Buchung|Problem|Zahlung|"
      + "Person|Sitzung|Versammlung|Beschluss|Einladung|Spalte|Bewerbung|Antrag|Eintrag|Befund)\\b(?!-)");

  /**
   * English words that have no place in German text for people: a German message with one of them is half
   * translated ("in the version from", "the Satzung being silent", "(votes of the members present)").
   */
  public static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|and|of|must|is|are|not|with|has|have|by|for|"
      + "which|from|being|been|should|shall|votes|members|days|months|years|silent|present|practice|default|unless|"
      + "until|before|after|within|least|most|none|only|than|this|that|these|those|there|its|their|were|every|"
      + "each|missing|decided|satisfied|violated|applicable|deadline|deadlines|due|overdue|warning|warnings|error|"
      + "errors|rule|rules|board|assembly|member|meeting|notice|fee|fees|year|month|day|week|weeks)\\b");

  /** Renders every message of the bundles that takes parameters, each parameter as the count. */
  private static Map<String, String> rendered(Locale locale, int count) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String bundle : BUNDLES) {
      ResourceBundle messages = ResourceBundle.getBundle(bundle, locale);
      for (String key : messages.keySet()) {
        String pattern = messages.getString(key);
        Map<String, Object> counts = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(pattern);
        while (parameter.find()) {
          counts.put(parameter.group(1), count);
        }
        try {
          texts.put(bundle.substring(bundle.lastIndexOf('.', bundle.length() - 10) + 1) + " " + key,
              counts.isEmpty() ? pattern : Localized.message(bundle, key, locale, counts));
        } catch (RuntimeException notANumber) {
          // a parameter that takes a date or a value of its own
        }
      }
    }
    return texts;
  }

  @ParameterizedTest(name = "{0} with {1}")
  @org.junit.jupiter.params.provider.CsvSource({"en,0", "en,2", "de,0", "de,2"})
  @DisplayName("Plural forms: a count of 0 or 2 is never followed by a singular, in any message of either language")
  void counts_of_zero_and_two_take_the_plural(String language, int count) {
    Locale locale = Locale.forLanguageTag(language);
    Pattern wrong = language.equals("de") ? GERMAN_SINGULAR : ENGLISH_SINGULAR;
    List<String> found = new ArrayList<>();
    Map<String, String> texts = rendered(locale, count);
    texts.forEach((key, text) -> {
      Matcher bad = wrong.matcher(text);
      if (!LIMITS.contains(key.substring(key.indexOf(' ') + 1)) && bad.find()) {
        found.add(key + ": …" + text.substring(Math.max(0, bad.start() - 30), Math.min(text.length(), bad.end() + 10)) + "…");
      }
    });
    assertThat(texts).hasSizeGreaterThan(500);
    assertThat(found).isEmpty();
  }

  @org.junit.jupiter.api.Test
  @DisplayName("German text has no English words: every message of the German bundles, rendered, against a list of"
      + " English words")
  void german_messages_have_no_english_words() {
    List<String> found = new ArrayList<>();
    for (int count : new int[] {0, 1, 2}) {
      rendered(Locale.GERMAN, count).forEach((key, text) -> {
        // Quoted input, Java names and ids are not words of the message.
        String words = text.replaceAll("\"[^\"]*\"|„[^“]*“|'[^']*'|\\b[A-Z][A-Z0-9_]+\\b|\\{[^}]*}|--[a-z-]+|[a-z]+\\.[a-z.]+", " ");
        Matcher english = ENGLISH_WORDS.matcher(words);
        if (english.find() && !found.stream().anyMatch(f -> f.startsWith(key + ":"))) {
          found.add(key + ": …" + words.substring(Math.max(0, english.start() - 30),
              Math.min(words.length(), english.end() + 20)) + "…");
        }
      });
    }
    assertThat(found).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de"})
  @DisplayName("Plural forms: a count of one is never followed by a plural, in any message of either language")
  void a_count_of_one_takes_the_singular(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Pattern wrong = language.equals("de") ? GERMAN : ENGLISH;
    List<String> found = new ArrayList<>();
    int rendered = 0;
    for (String bundle : BUNDLES) {
      ResourceBundle messages = ResourceBundle.getBundle(bundle, locale);
      for (String key : messages.keySet()) {
        if (LIMITS.contains(key)) {
          continue;
        }
        String pattern = messages.getString(key);
        Map<String, Object> ones = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(pattern);
        while (parameter.find()) {
          ones.put(parameter.group(1), 1);
        }
        if (ones.isEmpty()) {
          continue;
        }
        String text;
        try {
          text = Localized.message(bundle, key, locale, ones);
        } catch (RuntimeException notANumber) {
          continue; // a parameter that takes a date or a value of its own
        }
        rendered++;
        Matcher bad = wrong.matcher(text);
        if (bad.find()) {
          found.add(bundle.substring(bundle.lastIndexOf('.', bundle.length() - 10) + 1) + " " + key + ": …"
              + text.substring(Math.max(0, bad.start() - 30), Math.min(text.length(), bad.end() + 10)) + "…");
        }
      }
    }
    assertThat(rendered).isGreaterThan(300);
    assertThat(found).isEmpty();
  }
}
