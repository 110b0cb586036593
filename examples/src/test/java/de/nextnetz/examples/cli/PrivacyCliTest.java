package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next person} (Art. 15 DSGVO) and {@code next erase} (Art. 17 DSGVO) on the Musterverein. */
class PrivacyCliTest {

  private static final String MUSTERVEREIN = DataSet.MUSTERVEREIN;

  @Test
  @DisplayName("Art. 15 DSGVO: next person names what is held about Eva Engel and how long each kind is kept,"
      + " in English and German")
  void a_person_s_data() {
    NextCliTest.Run english = next("person", "m05", MUSTERVEREIN, "--as-of", "2026-12-07");
    assertThat(english.code()).isZero();
    assertThat(english.out())
        .contains("Personal data of Eva Engel held by Musterverein e. V. on 7 December 2026 (Art. 15 DSGVO)")
        .contains("personal member from 1 May 2019 to 31 December 2025")
        .contains("Board: treasurer from 1 May 2019 to 15 March 2024")
        .contains("2 payments recorded, €96.00 in all; no write-off")
        .contains("Request (erasure) received on 31 January 2026, answered on 20 February 2026")
        .contains("Named in 5 of the association’s records: the invitation to the assembly of 16 March 2024")
        .contains("the exit declaration of 30 September 2025")
        .contains("the member entry: needed until 30 January 2026, then kept with restricted processing until"
            + " 31 December 2035")
        .contains("the book entries of payments and allowances: until 31 December 2035 (Art. 17 Abs. 3 lit. b")
        .doesNotContain("/generalAssemblies");
    NextCliTest.Run german = next("person", "m13", MUSTERVEREIN, "--as-of", "2026-12-07", "--lang", "de");
    assertThat(german.out()).contains("Personenbezogene Daten von Mia Moser")
        .contains("Mitglied (persönlich) seit dem 1. März 2024")
        .contains("3 Zahlungen erfasst, insgesamt 132,00").contains("€; eine Abschreibung")
        .contains("der Mitgliedseintrag: solange die Mitgliedschaft besteht");
    String page = next("person", "m05", MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "html", "--lang", "de").out();
    assertThat(page).startsWith("<!DOCTYPE html>").contains("@page { size: A4;")
        .contains("<li>Zahlungsweise: Überweisung</li>").endsWith("</html>\n");
    NextCliTest.Run one = next("person", "m01", MUSTERVEREIN, "--as-of", "2026-12-07");
    assertThat(one.out()).contains("SEPA mandate MV-M-0001, account DE38…19, signed on 15 January 2024")
        .doesNotContain("DE38250500000001007919");
    assertThat(next("person", "m04", MUSTERVEREIN, "--as-of", "2026-12-07").out())
        .contains("2025: €3,100.00 for Leitung der Heimatkundekurse (trainer allowance, § 3 Nr. 26 EStG)");
    NextCliTest.Run json = next("person", "m01", MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "json");
    assertThat(json.out()).contains("\"format\" : \"nextnetz.person\"").contains("\"iban\" : \"DE38250500000001007919\"");
    NextCliTest.Run unknown = next("person", "m99", MUSTERVEREIN);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no member has the id m99");
  }

  @Test
  @DisplayName("Art. 17 DSGVO: next erase removes the contact data now, keeps the books restricted, and after every"
      + " period leaves a pseudonym: no name, no IBAN in the written document, which reads back")
  void erasure(@TempDir Path folder) throws IOException {
    Path now = folder.resolve("now.json");
    NextCliTest.Run early = next("erase", "m05", MUSTERVEREIN, "--as-of", "2026-12-07", "--output", now.toString());
    assertThat(early.code()).isZero();
    assertThat(early.out()).contains("Erasure of the data of Eva Engel on 7 December 2026 (Art. 17 DSGVO)")
        .contains("the contact data (Land, payment method, representatives): erased")
        .contains("the member entry: kept, restricted until 31 December 2035 (Art. 18 DSGVO; § 35 Abs. 3 BDSG)");
    Association kept = NextJson.standard().readAssociation(now);
    assertThat(kept.findMember("m05").orElseThrow().getPaymentMethod()).isEmpty();
    assertThat(Files.readString(now)).contains("Eva Engel");

    Path late = folder.resolve("late.json");
    NextCliTest.Run gone = next("erase", "m06", MUSTERVEREIN, "--as-of", "2026-11-22", "--output", late.toString());
    assertThat(gone.code()).as("Frank Fuchs is still a member").isEqualTo(2);
    assertThat(gone.err()).contains("Frank Fuchs is a member on 22 November 2026").contains("Nothing was written");
    assertThat(late).doesNotExist();

    Path leftFile = folder.resolve("left.json");
    String left = Files.readString(Path.of(MUSTERVEREIN)).replace("\"id\" : \"m06\",", "\"id\" : \"m06\",\n      \"end\" : \"2026-06-30\",");
    Files.writeString(leftFile, left);
    assertThat(NextJson.standard().readAssociation(leftFile).findMember("m06").orElseThrow().getEnd()).isPresent();
    NextCliTest.Run erased = next("erase", "m06", leftFile.toString(), "--as-of", "2037-01-01", "--output",
        late.toString(), "--lang", "de");
    assertThat(erased.code()).isZero();
    assertThat(erased.out()).contains("Löschung der Daten von Frank Fuchs am 1. Januar 2037")
        .contains("Das Mitglied heißt jetzt erased-").contains("das SEPA-Mandat: gelöscht");
    String written = Files.readString(late);
    assertThat(written).doesNotContain("Frank Fuchs").doesNotContain("Fuchs").doesNotContain("\"m06\"")
        .doesNotContain("1047514").doesNotContain("0475 14").contains("\"erasedOn\" : \"2037-01-01\"");
    assertThat(NextJson.standard().readAssociation(late).getMembers()).hasSize(13);

    NextCliTest.Run exists = next("erase", "m05", MUSTERVEREIN, "--as-of", "2026-12-07", "--output", now.toString());
    assertThat(exists.code()).isEqualTo(2);
    assertThat(exists.err()).contains("exists; --force replaces it");
    NextCliTest.Run noOutput = next("erase", "m05", MUSTERVEREIN);
    assertThat(noOutput.code()).isEqualTo(2);
    NextCliTest.Run json = next("erase", "m05", MUSTERVEREIN, "--as-of", "2026-12-07", "--output", now.toString(),
        "--force", "--format", "json");
    assertThat(json.out()).contains("\"format\" : \"nextnetz.erasure\"").contains("\"action\" : \"RESTRICTED\"");
  }
}
