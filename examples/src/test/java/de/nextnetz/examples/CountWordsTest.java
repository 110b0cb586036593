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
class CountWordsTest {

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
      "error.lineTooLong", "error.tooManyRows", "importMembers.tooMany", "error.keyTooShort", "iban.length");

  /** German plurals found after a number in the bundles (a count of one takes the singular). */
  private static final Pattern GERMAN = Pattern.compile("(?<![.,\\d])\\b1 (Mitglieder|Tage|Tagen|Zeilen|Enthaltungen|"
      + "Stimmen|Regeln|Jahre|Jahren|Veranstaltungen|Unterschriften|Gutachten von|Warnungen|Hinweise|Fehlern|Monate|"
      + "Monaten|Wochen|Buchungen|Probleme|Problemen|Zahlungen|Befürworter|Personen|Sitzungen|Treffen mal|Mal|"
      + "Versammlungen|Beschlüsse|Einladungen|Gemeinschaften|Zeilen|Spalten|Bewerbungen|Anträge|Einträge)\\b");

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)");

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
