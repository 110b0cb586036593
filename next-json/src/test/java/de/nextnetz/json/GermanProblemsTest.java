package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nextnetz.domain.seeds.NextSeeds;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GermanProblemsTest {

  private static final NextJson GERMAN = NextJson.builder().locale(Locale.GERMAN).build();

  @Test
  @DisplayName("A reader for German users names every problem in German, the reader's and Bean Validation's")
  void problems_in_german() {
    String json = NextJson.standard().writeAssociationAsString(NextSeeds.association())
        .replace("\"role\" : \"TREASURER\"", "\"role\" : \"KASSENWART\"")
        .replace("\"seat\" : \"Berlin\",", "\"sitz\" : \"Berlin\",")
        .replace("\"foundingDate\" : \"2018-07-12\"", "\"foundingDate\" : \"12.07.2018\"");

    NextJsonException thrown = catchThrowableOfType(NextJsonException.class, () -> GERMAN.readAssociation(json));

    assertThat(thrown.getProblems()).extracting(JsonProblem::toString).containsExactly(
        "/board/seats/2/role: muss einer der Werte CHAIR, VICE_CHAIR, TREASURER, MEMBER sein, war aber „KASSENWART“",
        "/foundingDate: muss ein Datum (jjjj-mm-tt) sein, war aber „12.07.2018“",
        "/seat: Pflichtangabe fehlt",
        "/sitz: unbekannte Eigenschaft „sitz“ (Association hat: " + knownProperties(thrown) + ")");
    assertThat(catchThrowableOfType(NextJsonException.class, () -> GERMAN.readAssociation(
        NextJson.standard().writeAssociationAsString(NextSeeds.association()).replace("\"seat\" : \"Berlin\"", "\"seat\" : \" \""))
        ).getProblems()).extracting(JsonProblem::toString)
        .containsExactly("/seat: darf nicht leer sein");
    assertThat(catchThrowableOfType(NextJsonException.class, () -> GERMAN.readAssociation("{\n  \"format\": 1,,\n}"))
        .getProblems().get(0).message()).startsWith("fehlerhaftes JSON bei Zeile 2, Spalte");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "a value missing|{\"format\": ,}|/format|„,“ steht, wo ein Wert erwartet wird|\",\" where a value is expected",
      "a comma too many|{\"format\": \"x\",}||„}“ steht, wo ein Name in doppelten Anführungszeichen erwartet wird (ein Komma zu viel oder einfache Anführungszeichen?)|\"}\" where a name in double quotes is expected",
      "single quotes|{'format': 'x'}||„'“ steht, wo ein Name in doppelten Anführungszeichen erwartet wird|\"'\" where a name in double quotes is expected",
      "a cut-off file|{\"format\": \"x\", \"name\": \"y\"||das Dokument endet, bevor es vollständig ist|the document ends before it is complete",
      "a word without quotes|{\"format\": nextnetz}|/format|nextnetz ist kein JSON-Wert (ein Text braucht doppelte Anführungszeichen)|nextnetz is no JSON value",
      "a colon missing|{\"format\" \"x\"}|/format|wo ein Doppelpunkt nach dem Namen erwartet wird|where a colon after the name is expected",
      "a comma missing|{\"format\": \"x\" \"name\": \"y\"}|/format|wo ein Komma zwischen zwei Einträgen erwartet wird|where a comma between two entries is expected"})
  @DisplayName("Malformed JSON is named in words in either language, at the object it concerns, never in the parser's text")
  void malformed_json_in_words(String what, String json, String pointer, String german, String english) {
    JsonProblem inGerman = catchThrowableOfType(NextJsonException.class, () -> GERMAN.readAssociation(json)).getProblems().get(0);
    JsonProblem inEnglish = catchThrowableOfType(NextJsonException.class, () -> NextJson.standard().readAssociation(json))
        .getProblems().get(0);

    assertThat(inGerman.pointer()).as(what).isEqualTo(pointer == null ? "" : pointer);
    assertThat(inGerman.message()).startsWith("fehlerhaftes JSON bei Zeile 1, Spalte ").contains(german)
        .doesNotContain("code").doesNotContain("expect");
    assertThat(inEnglish.message()).startsWith("malformed JSON at line 1, column ").contains(english).doesNotContain("(code");
  }

  private static String knownProperties(NextJsonException thrown) {
    String message = thrown.getProblems().get(3).message();
    return message.substring(message.indexOf("hat: ") + 5, message.length() - 1);
  }
}
