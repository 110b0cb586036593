package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.examples.CountWordsTest;
import de.nextnetz.json.NextJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The German word list check of issue 29 on what the tool prints: every German text output of the main
 * commands, for NExT and the Musterverein, without the documents' own words (names, titles, sources), has
 * none of the English words of {@link CountWordsTest#ENGLISH_WORDS}, and no JSON Pointer: a finding's place is
 * named in words ({@code [BOARD_ELECTION_OVERDUE] Vorstand}).
 */
class GermanOutputTest {

  /** Every text of a document, longest first, so that a name is taken out before a word inside it. */
  private static List<String> texts(Association association) {
    List<String> texts = new ArrayList<>();
    collect(JsonMapper.builder().build().readTree(NextJson.standard().writeAssociationAsString(association)), texts);
    texts.sort(Comparator.comparingInt(String::length).reversed());
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isString() && node.asString().length() >= 3 && !node.asString().matches("[A-Z0-9_]+")) {
      texts.add(node.asString());
    }
    for (JsonNode child : node) {
      collect(child, texts);
    }
  }

  @ParameterizedTest(name = "next {0}")
  @ValueSource(strings = {"check", "check musterverein.json --as-of 2026-11-22", "report --year 2024",
      "report --year 2024 --format markdown", "deadlines", "deadlines musterverein.json", "assembly --date 2024-11-21",
      "assembly musterverein.json", "dues musterverein.json --as-of 2026-11-22", "person m05 musterverein.json",
      "validate musterverein.json", "init - --name Kleingartenverein"})
  @DisplayName("German output has no English words, apart from the document's own names and titles")
  void german_output_is_german(String command) {
    List<String> args = new ArrayList<>(java.util.Arrays.asList(java.util.regex.Pattern.compile(" ").split(command)));
    args.addAll(List.of("--lang", "de"));
    NextCliTest.Run run = next(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isBetween(0, 1);
    String text = run.out() + run.err();
    for (String own : command.contains("musterverein")
        ? texts(de.nextnetz.domain.seeds.Musterverein.association())
        : texts(de.nextnetz.domain.seeds.NextSeeds.association())) {
      text = text.replace(own, " ");
    }
    List<String> found = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String words = line.replaceAll("\"[^\"]*\"|„[^“]*“|\\b[A-Z][A-Z0-9_]+\\b|--[a-z-]+|https?://\\S+", " ");
      Matcher english = CountWordsTest.ENGLISH_WORDS.matcher(words);
      if (english.find() || line.matches(".*(^|\\s)/[a-z][A-Za-z]+(/\\S*)?(\\s.*|$)")) {
        found.add(line.strip());
      }
    }
    assertThat(found).isEmpty();
  }
}
