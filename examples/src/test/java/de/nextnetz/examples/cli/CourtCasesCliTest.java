package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The law as a court would decide it, through the JSON format and {@code next check --format json}: each case
 * changes the Musterverein's document as a user would and reads the rules' verdict from the printed report.
 */
class CourtCasesCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The Musterverein's document, changed, checked as of a day; the printed report. */
  private JsonNode check(String asOf, Consumer<ObjectNode> change) throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(DataSet.MUSTERVEREIN)));
    change.accept(document);
    Path file = Files.createTempFile("verein", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(document));
      NextCliTest.Run run = next("check", file.toString(), "--as-of", asOf, "--format", "json");
      assertThat(run.code()).as(run.err()).isIn(0, 1);
      return JSON.readTree(run.out());
    } finally {
      Files.delete(file);
    }
  }

  private static ObjectNode version(ObjectNode document, int index) {
    return (ObjectNode) document.get("statute").get("versions").get(index);
  }

  private static List<JsonNode> findings(JsonNode report, String rule) {
    List<JsonNode> found = new ArrayList<>();
    report.get("findings").forEach(finding -> {
      if (finding.get("rule").asString().equals(rule)) {
        found.add(finding);
      }
    });
    return found;
  }

  private static List<String> paths(JsonNode report, String rule) {
    return findings(report, rule).stream().map(finding -> finding.get("path").asString()).toList();
  }

  @Test
  @DisplayName("§ 71 Abs. 1 Satz 1 BGB: a Satzung version adopted 15 Mar and entered 2 Jun 2025 does not govern an assembly of 10 May")
  void a_statute_change_governs_from_its_register_entry() throws IOException {
    JsonNode report = check("2026-01-01", document -> {
      version(document, 1).put("validFrom", "2025-03-16").put("invitationPeriod", "P8W");
      ObjectNode may = ((ArrayNode) document.get("generalAssemblies")).addObject();
      may.put("id", "mv-2025-05").put("date", "2025-05-10").put("status", "HELD").put("kind", "EXTRAORDINARY")
          .put("format", "IN_PERSON");
      may.putObject("convener").put("kind", "BOARD").putArray("signers").add("p01").add("p02");
      ObjectNode invitation = may.putObject("invitation").put("dispatchedOn", "2025-04-20").put("form", "EMAIL");
      ArrayNode recipients = invitation.putArray("recipients");
      for (int k = 1; k <= 13; k++) {
        recipients.add(String.format("m%02d", k));
      }
      invitation.putArray("agendaItems").addObject().put("id", "top-1").put("subject", "Aussprache");
    });
    assertThat(paths(report, "MV_INVITATION_LATE")).as("20 days under the old 14-day period, not the new 8 weeks")
        .doesNotContain("/generalAssemblies/5/invitation");
    assertThat(paths(report, "SATZUNG_CHANGE_NOT_YET_EFFECTIVE")).contains("/statute/versions/1/validFrom");
    assertThat(findings(report, "SATZUNG_CHANGE_NOT_YET_EFFECTIVE").get(0).get("message").asString())
        .contains("the checks apply it from 2 June 2025");
  }

  @Test
  @DisplayName("§ 122 Abs. 2 Nr. 1 AO (BGBl. 2024 I Nr. 236) borrowed: a letter posted 3 Nov 2025 counts as received 7 Nov, and the finding states the assumption")
  void the_dated_postal_fiction_is_stated() throws IOException {
    JsonNode report = check("2026-01-01", document -> { });
    JsonNode late = findings(report, "MV_INVITATION_LATE").get(0);
    assertThat(late.get("severity").asString()).isEqualTo("ERROR");
    assertThat(late.get("explanation").asString()).contains("received: 7 November 2025")
        .contains("receipt taken as: on day 4 after posting").contains("BGBl. 2024 I Nr. 236");
  }

  @Test
  @DisplayName("Satzung deeming clause: an invitation deemed received when sent counts from its dispatch, even where a later receipt is recorded")
  void a_deeming_clause_beats_a_recorded_receipt() throws IOException {
    JsonNode report = check("2026-01-01", document -> {
      version(document, 1).put("invitationDeemedOnDispatch", true);
      ((ObjectNode) document.get("generalAssemblies").get(2).get("invitation")).put("receivedBy", "2025-11-10");
    });
    assertThat(paths(report, "MV_INVITATION_LATE")).doesNotContain("/generalAssemblies/2/invitation");
  }

  @Test
  @DisplayName("§ 32 Abs. 1 Satz 2, § 32 Abs. 2 Satz 2 BGB: a resolution on no announced agenda item is void and authorises no virtual assembly")
  void a_void_resolution_authorises_nothing() throws IOException {
    JsonNode authorised = check("2026-01-01", document -> { });
    assertThat(paths(authorised, "MV_VIRTUAL_NOT_AUTHORISED")).isEmpty();
    JsonNode report = check("2026-01-01", document ->
        ((ObjectNode) document.get("generalAssemblies").get(0).get("resolutions").get(1)).remove("agendaItemId"));
    assertThat(paths(report, "MV_AGENDA_ITEM_NOT_ANNOUNCED")).contains("/generalAssemblies/0/resolutions/1");
    assertThat(paths(report, "MV_VIRTUAL_NOT_AUTHORISED")).contains("/generalAssemblies/1/format");
  }

  @Test
  @DisplayName("§ 37 Abs. 1 BGB (OLG Celle 20 W 17/10): a Satzung quorum of one half is void, the tenth applies, and 3 of 13 may demand")
  void a_quorum_of_one_half_is_void() throws IOException {
    JsonNode report = check("2026-11-22", document -> version(document, 1).put("minorityQuorum", "1/2"));
    assertThat(findings(report, "SATZUNG_MINORITY_QUORUM_INVALID").get(0).get("message").asString())
        .contains("the clause is void and the tenth of § 37 Abs. 1 BGB applies");
    assertThat(paths(report, "MV_MINORITY_DEMAND_NOT_HONOURED")).containsExactly("/minorityDemands/2");
    assertThat(paths(report, "MINORITY_DEMAND_QUORUM_NOT_MET")).doesNotContain("/minorityDemands/2");
  }

  @Test
  @DisplayName("§ 37 Abs. 2 BGB: six weeks to call the assembly is a convention, named as one; a demand answered late is honoured")
  void the_six_weeks_are_a_convention() throws IOException {
    JsonNode report = check("2026-11-22", document -> { });
    assertThat(paths(report, "MV_MINORITY_DEMAND_NOT_HONOURED")).as("md-1 was answered on 3 Nov 2025, late")
        .containsExactly("/minorityDemands/2");
    assertThat(findings(report, "MV_MINORITY_DEMAND_NOT_HONOURED").get(0).get("message").asString())
        .contains("(42 days after receipt, a convention: the BGB sets no period)");
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB: a notice period of 800 days exceeds the two years; \"P6W\" is read as six weeks")
  void notice_in_days_is_capped_and_weeks_are_read() throws IOException {
    JsonNode days = check("2026-01-01", document -> version(document, 1).put("exitNotice", "P800D")
        .put("exitOnlyAt", "ANY_DAY"));
    assertThat(paths(days, "SATZUNG_EXIT_PERIOD_TOO_LONG")).containsExactly("/statute");
    JsonNode weeks = check("2026-01-01", document -> version(document, 1).put("exitNotice", "P6W"));
    assertThat(paths(weeks, "SATZUNG_EXIT_PERIOD_TOO_LONG")).isEmpty();
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB: notice and exit days cite Abs. 2, and a German check prints no English citation")
  void exit_terms_cite_paragraph_two() throws IOException {
    JsonNode report = check("2026-01-01", document -> {
      version(document, 0).putArray("clauses");
      version(document, 1).putArray("clauses");
    });
    List<String> exitCitations = new ArrayList<>();
    report.get("outcomes").forEach(outcome -> {
      if (outcome.get("rule").asString().equals("MEMBER_EXIT_EFFECTIVE_DATE")) {
        outcome.get("deadlines").forEach(deadline -> exitCitations.add(deadline.get("citation").asString()));
      }
    });
    assertThat(exitCitations).isNotEmpty().allSatisfy(citation ->
        assertThat(citation).contains("§ 39 Abs. 2 BGB").doesNotContain("§ 39 Abs. 1"));
    assertThat(findings(report, "MEMBER_EXIT_FORM_INVALID").get(0).get("citation").get("source").asString())
        .contains("§ 58 Nr. 1 BGB").doesNotContain("§ 39 Abs. 1");
    NextCliTest.Run german = next("check", DataSet.MUSTERVEREIN, "--lang", "de");
    assertThat(german.out()).doesNotContain("Satzung being silent").doesNotContain("assumed:");
  }

  @Test
  @DisplayName("§ 127 BGB (OLG Hamm 27 W 104/15): a Satzung that asks for a \"schriftlich\" invitation is met by an e-mail")
  void a_written_invitation_may_be_an_email() throws IOException {
    JsonNode written = check("2026-01-01", document -> {
      for (int k = 0; k < 2; k++) {
        version(document, k).remove("invitationForms");
        version(document, k).put("invitationForm", "WRITTEN_FORM");
      }
    });
    assertThat(paths(written, "MV_INVITATION_FORM_INVALID")).isEmpty();
    JsonNode signed = check("2026-01-01", document -> {
      for (int k = 0; k < 2; k++) {
        version(document, k).remove("invitationForms");
        version(document, k).put("invitationForm", "STATUTORY_WRITTEN_FORM");
      }
    });
    assertThat(paths(signed, "MV_INVITATION_FORM_INVALID")).as("the two e-mail invitations")
        .containsExactly("/generalAssemblies/1/invitation/form", "/generalAssemblies/3/invitation/form");
  }

  @Test
  @DisplayName("§ 33 Abs. 1 Satz 2 BGB: the consent of 20 Mar 2025 does not count on 16 Mar; two consents are missing then, one after")
  void a_consent_counts_from_its_day() throws IOException {
    assertThat(consentsMissing(check("2025-03-16", document -> { }))).isEqualTo(2);
    assertThat(consentsMissing(check("2025-03-21", document -> { }))).isEqualTo(1);
    JsonNode byName = check("2025-03-21", document -> {
      ArrayNode attendees = ((ObjectNode) document.get("generalAssemblies").get(1)).putArray("attendees");
      for (String id : List.of("m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m12")) {
        attendees.add(id);
      }
    });
    assertThat(consentsMissing(byName)).as("m12 was present and voted: her consent is not counted twice").isEqualTo(2);
  }

  private static long consentsMissing(JsonNode report) {
    for (JsonNode fact : findings(report, "RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING").get(0).get("facts")) {
      if (fact.get("name").asString().equals("consentsMissing")) {
        return fact.get("value").asLong();
      }
    }
    throw new AssertionError("no fact consentsMissing");
  }

  @Test
  @DisplayName("§ 67 Abs. 1 BGB: the vice chair's resignation of 30 June 2026 is a change to file; the chair's re-elections are none; a filing on any day fulfils it")
  void a_resignation_is_a_change_to_file() throws IOException {
    JsonNode report = check("2026-11-22", document -> { });
    assertThat(paths(report, "BOARD_CHANGE_NOT_FILED")).containsExactly("/board/seats/1");
    assertThat(findings(report, "BOARD_CHANGE_NOT_FILED").get(0).get("message").asString())
        .contains("1 July 2026").contains("Bernd Becker left (vice chair, resigned)").contains("§ 67 BGB sets no period");
    JsonNode filedLate = check("2026-11-22", document -> ((ArrayNode) document.get("registerFilings")).addObject()
        .put("kind", "BOARD_CHANGE").put("electionDate", "2026-07-01").put("filedOn", "2026-09-30"));
    assertThat(paths(filedLate, "BOARD_CHANGE_NOT_FILED")).as("filed on day 92: filed").isEmpty();
  }

  @Test
  @DisplayName("§ 26 BGB: a board elected on 1 Sep 2026 does not make the assemblies its predecessor called unauthorised")
  void the_convener_is_judged_by_the_board_of_the_invitation_day() throws IOException {
    JsonNode before = check("2026-11-22", document -> { });
    JsonNode replaced = check("2026-11-22", document -> {
      ArrayNode seats = (ArrayNode) document.get("board").get("seats");
      seats.forEach(seat -> {
        if (!seat.has("until")) {
          ((ObjectNode) seat).put("until", "2026-08-31").put("endReason", "TERM");
        }
      });
      String[][] elected = {{"n1", "Nora Neu", "CHAIR"}, {"n2", "Olaf Ost", "VICE_CHAIR"}, {"n3", "Paula Pohl", "TREASURER"}};
      for (String[] seat : elected) {
        ObjectNode added = seats.addObject();
        added.putObject("person").put("id", seat[0]).put("name", seat[1]);
        added.put("role", seat[2]).put("electedOn", "2026-09-01");
      }
    });
    assertThat(paths(replaced, "MV_CONVENED_BY_UNAUTHORISED")).isEqualTo(paths(before, "MV_CONVENED_BY_UNAUTHORISED"))
        .containsExactly("/generalAssemblies/2/convener");
  }

  @Test
  @DisplayName("§ 32 Abs. 1 BGB with the Satzung's votingKinds: a member without a vote is not counted for the quorum")
  void the_quorum_counts_members_with_a_vote() throws IOException {
    JsonNode report = check("2026-11-22", document -> {
      for (int k = 0; k < 2; k++) {
        ((ArrayNode) version(document, k).get("membershipKinds")).add("ASSOCIATED");
        version(document, k).putArray("votingKinds").add("PERSONAL");
      }
      ((ObjectNode) document.get("members").get(12)).put("kind", "ASSOCIATED");
    });
    assertThat(findings(report, "MV_QUORUM_NOT_MET").get(0).get("message").asString())
        .contains("had 2 voting members present of 11");
  }

  @Test
  @DisplayName("§ 32 Abs. 3 BGB, § 5 Abs. 3 GesRuaCOVBekG: a resolution without a meeting in 2021 with 7 of 12 voting holds; in 2023 it is void")
  void resolutions_without_a_meeting() throws IOException {
    Consumer<ObjectNode> written = document -> {
      ObjectNode umlauf = ((ArrayNode) document.get("generalAssemblies")).addObject();
      umlauf.put("id", "umlauf").put("date", "2021-05-10").put("status", "HELD").put("format", "WRITTEN");
      umlauf.putArray("resolutions").addObject().put("id", "u-r1").put("subject", "Beitragsordnung").put("kind", "SIMPLE")
          .putObject("votes").put("yes", 5).put("no", 2).put("abstain", 0);
    };
    JsonNode covid = check("2021-06-01", written);
    assertThat(paths(covid, "RESOLUTION_WITHOUT_MEETING_INVALID")).isEmpty();
    assertThat(paths(covid, "MV_INVITATION_LATE")).doesNotContain("/generalAssemblies/5/invitation");
    JsonNode later = check("2023-06-01", written.andThen(document ->
        ((ObjectNode) document.get("generalAssemblies").get(5)).put("date", "2023-05-10")));
    assertThat(paths(later, "RESOLUTION_WITHOUT_MEETING_INVALID")).containsExactly("/generalAssemblies/5/resolutions/0/votes");
    assertThat(findings(later, "RESOLUTION_WITHOUT_MEETING_INVALID").get(0).get("citation").get("source").asString())
        .isEqualTo("§ 32 Abs. 3 BGB");
  }

  @Test
  @DisplayName("§ 130 Abs. 1 BGB: an e-mail sent on the last day of receipt is received that day, in time")
  void an_email_is_received_the_day_it_is_sent() throws IOException {
    JsonNode report = check("2026-01-01", document -> ((ObjectNode) document.get("generalAssemblies").get(2)
        .get("invitation")).put("form", "EMAIL").put("dispatchedOn", "2025-11-05"));
    assertThat(paths(report, "MV_INVITATION_LATE")).doesNotContain("/generalAssemblies/2/invitation");
  }

  @Test
  @DisplayName("§ 5 Abs. 2 Nr. 2 GesRuaCOVBekG: in 2021 members voted before the assembly, so 11 votes with 8 present are no error; in 2023 they are")
  void votes_cast_in_advance() throws IOException {
    Consumer<ObjectNode> meeting = document -> {
      ObjectNode held = ((ArrayNode) document.get("generalAssemblies")).addObject();
      held.put("id", "mv-2021").put("date", "2021-05-10").put("status", "HELD").put("presentVoters", 8);
      held.putArray("resolutions").addObject().put("id", "h-r1").put("subject", "Haushalt").put("kind", "SIMPLE")
          .putObject("votes").put("yes", 10).put("no", 1).put("abstain", 0);
    };
    assertThat(paths(check("2021-06-01", meeting), "RESOLUTION_VOTES_EXCEED_ELIGIBLE")).isEmpty();
    assertThat(paths(check("2023-06-01", meeting.andThen(document ->
        ((ObjectNode) document.get("generalAssemblies").get(5)).put("date", "2023-05-10"))),
        "RESOLUTION_VOTES_EXCEED_ELIGIBLE")).containsExactly("/generalAssemblies/5/resolutions/0/votes");
  }

  @Test
  @DisplayName("A second member with the id m05 is refused, naming both places; 500 voters present at an assembly of 13 members is an ERROR")
  void duplicate_ids_and_impossible_attendance() throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(DataSet.MUSTERVEREIN)));
    ((ArrayNode) document.get("members")).add(document.get("members").get(4).deepCopy());
    Path file = Files.createTempFile("verein", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(document));
      NextCliTest.Run run = next("validate", "--format", "json", file.toString());
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).contains("\"pointer\" : \"/members/13/id\"").contains("the id m05 is used twice; first at /members/4");
    } finally {
      Files.delete(file);
    }
    JsonNode crowded = check("2026-11-22", changed ->
        ((ObjectNode) changed.get("generalAssemblies").get(3)).put("presentVoters", 500));
    assertThat(findings(crowded, "MV_QUORUM_NOT_MET")).anySatisfy(finding -> {
      assertThat(finding.get("path").asString()).isEqualTo("/generalAssemblies/3/presentVoters");
      assertThat(finding.get("message").asString()).contains("records 500 voting members present");
    });
  }

  @Test
  @DisplayName("§ 5 Abs. 1 GesRuaCOVBekG: a board whose term ended 16 Mar 2022 stayed in office until 31 Aug 2022 (WARNING), not after (ERROR)")
  void the_covid_rule_kept_a_board_in_office() throws IOException {
    Consumer<ObjectNode> electedIn2020 = document -> {
      version(document, 0).put("continuationClause", false);
      ((ObjectNode) document.get("board").get("elections").get(0)).put("date", "2020-03-16");
    };
    JsonNode during = check("2022-06-01", electedIn2020);
    assertThat(findings(during, "BOARD_ELECTION_OVERDUE").get(0).get("severity").asString()).isEqualTo("WARNING");
    assertThat(findings(during, "BOARD_ELECTION_OVERDUE").get(0).get("citation").get("source").asString())
        .contains("§ 5 Abs. 1 GesRuaCOVBekG");
    JsonNode after = check("2022-09-01", electedIn2020);
    assertThat(findings(after, "BOARD_ELECTION_OVERDUE").get(0).get("severity").asString()).isEqualTo("ERROR");
  }
}
