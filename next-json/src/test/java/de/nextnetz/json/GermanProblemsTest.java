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

  private static String knownProperties(NextJsonException thrown) {
    String message = thrown.getProblems().get(3).message();
    return message.substring(message.indexOf("hat: ") + 5, message.length() - 1);
  }
}
