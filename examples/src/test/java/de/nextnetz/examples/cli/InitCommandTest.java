package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next init}: one's own association, valid and checkable at once. */
class InitCommandTest {

  @Test
  @DisplayName("§ 56 BGB: next init writes seven founding members and a board; next validate and next check pass on it at once")
  void init_then_validate_then_check(@TempDir Path folder) {
    Path file = folder.resolve("verein.json");

    NextCliTest.Run init = next("init", file.toString());
    NextCliTest.Run validate = next("validate", file.toString());
    NextCliTest.Run check = next("check", file.toString());

    assertThat(init.code()).isZero();
    assertThat(init.out()).startsWith(file + ": written (Musterverein e. V., 7 founding members, a board of three"
        + " elected on 22 November 2026).");
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("valid (Musterverein e. V.: 7 members");
    assertThat(check.code()).as(check.out()).isZero();
    assertThat(check.out()).contains("Result: no errors, no warnings");
  }

  @Test
  @DisplayName("--name, --seat and --founded go into the document; the seat Hamburg gives the Land HH (§ 193 BGB holidays)")
  void the_options_go_into_the_document(@TempDir Path folder) {
    Path file = folder.resolve("verein.json");

    NextCliTest.Run init = next("init", file.toString(), "--name", "Hafenverein", "--seat", "Hamburg", "--founded", "2025-03-01",
        "--lang", "de");

    assertThat(init.out()).contains("Hafenverein e. V., 7 Gründungsmitglieder");
    Association written = NextJson.standard().readAssociation(file);
    assertThat(written.getName()).isEqualTo("Hafenverein");
    assertThat(written.getSeatState()).contains(FederalState.HH);
    assertThat(written.getFoundingDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(written.getBoard().getElections()).singleElement().satisfies(election ->
        assertThat(election.getDate()).isEqualTo(LocalDate.of(2025, 3, 1)));
  }

  @Test
  @DisplayName("next init - writes the document to standard output, not to a file named '-', and it reads back")
  void init_to_standard_output(@TempDir Path folder) throws IOException {
    NextCliTest.Run run = next("init", "-", "--name", "Musterverein Beispielstadt", "--founded", "2019-03-01");
    assertThat(run.code()).isZero();
    assertThat(Files.exists(Path.of("-"))).isFalse();
    assertThat(run.out()).startsWith("{").contains("\"name\" : \"Musterverein Beispielstadt\"");
    Path file = folder.resolve("verein.json");
    Files.writeString(file, run.out());
    assertThat(next("validate", file.toString()).code()).isZero();
  }

  @Test
  @DisplayName("next init keeps an existing file unless --force is given")
  void init_keeps_an_existing_file(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("verein.json"), "mine");

    NextCliTest.Run kept = next("init", file.toString());
    assertThat(kept.code()).isEqualTo(2);
    assertThat(kept.err()).isEqualTo("next: " + file + ": exists; --force replaces it\n");
    assertThat(Files.readString(file)).isEqualTo("mine");

    assertThat(next("init", file.toString(), "--force").code()).isZero();
    assertThat(Files.readString(file)).contains("\"format\" : \"nextnetz.association\"");
  }
}
