package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.seeds.NextSeeds;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module inside a plain Jackson 3 mapper. */
class ModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().defaultLocale(Locale.ENGLISH).build();

  @Test
  void is_found_through_the_service_file() {
    assertThat(mapper.registeredModules()).anyMatch(module -> module instanceof NextJsonModule);
    assertThat(NextJsonModule.VERSION.getArtifactId()).isEqualTo("next-json");
  }

  @Test
  void reads_and_writes_domain_values_with_plain_jackson() {
    Association next = NextSeeds.association();
    String written = mapper.writeValueAsString(next);

    assertThat(mapper.readValue(written, Association.class)).isEqualTo(next);
    BoardSeat chair = next.getBoard().getSeats().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(chair), BoardSeat.class)).isEqualTo(chair);
    assertThat(mapper.writeValueAsString(chair.getPerson()))
        .isEqualTo("{\"id\":\"kranstedt\",\"name\":\"Alfred Kranstedt\",\"title\":\"Dr.\"}");
  }

  @Test
  void reports_every_problem_through_plain_jackson_too() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"p 1\",\"name\":\"\",\"age\":3}", Person.class))
        .isInstanceOf(NextJsonException.class)
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::toString)
            .containsExactly("/age: unknown property \"age\" (Person has: id, name, title)"));
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"p 1\",\"name\":\"\"}", Person.class))
        .isInstanceOf(NextJsonException.class)
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::toString)
            .containsExactly("/id: must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)",
                "/name: must not be blank"));
  }

  @Test
  @DisplayName("A reader with a German locale tells the problems in German, Bean Validation's included")
  void tells_the_problems_in_the_readers_language() {
    assertThatThrownBy(() -> mapper.readerFor(Person.class).with(Locale.GERMAN).readValue("{\"id\":\"p1\",\"name\":\"\",\"age\":3}"))
        .isInstanceOf(NextJsonException.class)
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::toString)
            .containsExactly("/age: unbekannte Eigenschaft „age“ (Person hat: id, name, title)"));
    assertThatThrownBy(() -> mapper.readerFor(Person.class).with(Locale.GERMAN).readValue("{\"id\":\"p1\",\"name\":\"\"}"))
        .isInstanceOf(NextJsonException.class)
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::toString)
            .containsExactly("/name: darf nicht leer sein"));
    assertThatThrownBy(() -> mapper.readerFor(Person.class).with(Locale.FRENCH).readValue("{\"id\":\"p1\",\"name\":\"\"}"))
        .as("a language without messages of its own gets English")
        .satisfies(e -> assertThat(((NextJsonException) e).getProblems()).extracting(JsonProblem::toString)
            .containsExactly("/name: must not be blank"));
  }
}
