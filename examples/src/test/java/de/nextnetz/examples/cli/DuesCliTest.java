package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dues through the JSON format and the command line: {@code next dues}, and {@code next check} deciding
 * {@code FEE_DUE} from the Musterverein's recorded payments instead of naming them missing.
 */
class DuesCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static NextCliTest.Run withDocument(Consumer<ObjectNode> change, String... args) throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(DataSet.MUSTERVEREIN)));
    change.accept(document);
    Path file = Files.createTempFile("verein", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(document));
      String[] all = new String[args.length + 1];
      all[0] = args[0];
      all[1] = file.toString();
      System.arraycopy(args, 1, all, 2, args.length - 1);
      return next(all);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  @DisplayName("§§ 286, 288 BGB: next dues lists the open fees with default and interest, the credit, and the missing base rate")
  void the_open_items_of_the_musterverein() {
    NextCliTest.Run run = next("dues", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        Dues of Musterverein e. V. as of 7 December 2026
        Open: €90.00 from 2 members; credit: €60.00; default interest on the fees below: €1.48.
        The default interest is known only up to the day before 1 July 2026: the table has no base rate (§ 247 BGB) \
        from then; add it with --base-rate.
          Gerda Graf, fee 2026: €60.00, paid €30.00, open €30.00; in default since 1 April 2026 (§ 286 Abs. 2 Nr. 1 \
        BGB), default interest €0.54
          Hans Hahn: credit €60.00
          Karla Kern, fee 2026: €60.00, paid €0.00, open €60.00; in default since 1 April 2026 (§ 286 Abs. 2 Nr. 1 \
        BGB), default interest €0.94
        """);
  }

  @Test
  @DisplayName("§ 247 BGB: --base-rate adds the rate from 1 July 2026, and the interest runs to the day")
  void a_base_rate_given_on_the_command_line() {
    NextCliTest.Run run = next("dues", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--base-rate", "2026-07-01=1.27",
        "--lang", "de");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Gerda Graf, Beitrag 2026: 60,00\u00a0€, gezahlt 30,00\u00a0€, offen 30,00\u00a0€;"
            + " in Verzug seit 1. April 2026 (§ 286 Abs. 2 Nr. 1 BGB), Verzugszinsen 1,37\u00a0€")
        .doesNotContain("Basiszinssatz");
    NextCliTest.Run bad = next("dues", DataSet.MUSTERVEREIN, "--base-rate", "2026-07-02=1.27");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--base-rate must be a half-year's first day and a rate in percent")
        .doesNotContain("Exception");
  }

  @Test
  @DisplayName("Write-off and late payment: one member's every year, in German")
  void one_member_every_year() {
    NextCliTest.Run run = next("dues", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--member", "m13", "--lang", "de");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Mia Moser, Beitrag 2024: 48,00\u00a0€, gezahlt 24,00\u00a0€, ausgebucht 24,00\u00a0€,"
        + " offen 0,00\u00a0€; beglichen am 5. März 2024");
    NextCliTest.Run late = next("dues", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--member", "m05");
    assertThat(late.out()).contains("Eva Engel, fee 2025: €48.00, paid €48.00, open €0.00; settled late on 20 May 2025,"
        + " default interest €0.47");
    NextCliTest.Run unknown = next("dues", DataSet.MUSTERVEREIN, "--member", "m99");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("No member has the id m99.");
  }

  @Test
  @DisplayName("§ 286 Abs. 1 and Abs. 2 Nr. 2 BGB: next dues names why a member is in default, after an invoice's days to pay or a reminder")
  void the_basis_of_default_is_named() throws IOException {
    NextCliTest.Run afterInvoice = withDocument(document -> {
      for (JsonNode version : document.get("statute").get("versions")) {
        ((ObjectNode) version).remove("feeDueDay");
        ((ObjectNode) version).put("feePaymentDays", 30);
      }
      ((ObjectNode) document.get("dues")).set("demands", JSON.readTree("""
          [{"memberId": "m11", "feeYear": 2026, "kind": "INVOICE", "receivedOn": "2026-02-10"}]"""));
    }, "dues", "--as-of", "2026-03-13", "--member", "m11");
    assertThat(afterInvoice.code()).as(afterInvoice.err()).isZero();
    assertThat(afterInvoice.out()).contains("Karla Kern, fee 2026: €60.00, paid €0.00, open €60.00; in default since"
        + " 13 March 2026 (§ 286 Abs. 2 Nr. 2 BGB), default interest €0.01");

    NextCliTest.Run afterReminder = withDocument(document -> {
      for (JsonNode version : document.get("statute").get("versions")) {
        ((ObjectNode) version).remove("feeDueDay");
      }
    }, "dues", "--as-of", "2026-05-05", "--member", "m11", "--lang", "de", "--format", "json");
    assertThat(afterReminder.code()).as(afterReminder.err()).isZero();
    JsonNode item = JSON.readTree(afterReminder.out()).get("ledgers").get(0).get("items").get(2);
    assertThat(item.get("year").asInt()).isEqualTo(2026);
    assertThat(item.get("reminders").toString()).isEqualTo("[\"2026-04-16\",\"2026-05-04\"]");
    assertThat(item.get("defaultFrom").asString()).isEqualTo("2026-04-17");
    assertThat(item.get("defaultBasis").asString()).isEqualTo("REMINDER");
    assertThat(item.has("due")).isFalse();
  }

  @Test
  @DisplayName("Reminders for mail merge: the open fees as a German spreadsheet, with default, interest and reminder level")
  void reminders_as_a_spreadsheet() {
    NextCliTest.Run run = next("export", "reminders", DataSet.MUSTERVEREIN, "--from", "2026-04-20", "--lang", "de");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).containsExactly(
        "\uFEFFMitglied;Name;Jahr;Beitrag;Gezahlt;Ausgebucht;Offen;Fällig;Verzug seit;Verzugszinsen;Währung;Mahnstufe",
        "m07;Gerda Graf;2026;60,00;30,00;0,00;30,00;2026-03-31;2026-04-01;0,18;EUR;1",
        "m11;Karla Kern;2026;60,00;0,00;0,00;60,00;2026-03-31;2026-04-01;0,21;EUR;1");
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: next portfolio shows per department what it owes, paid and has open, and flags a short payment")
  void the_portfolio_shows_payments() throws IOException {
    ObjectNode portfolio = (ObjectNode) JSON.readTree(Files.readString(
        Path.of("src/main/resources/de/nextnetz/examples/wiesbaden-portfolio.json")));
    ((ObjectNode) portfolio.get("memberships").get(0)).set("payments", JSON.readTree("""
        [ { "department" : "Dezernat VII", "budgetYear" : 2025, "day" : "2025-03-15",
            "amount" : { "amount" : "500.00", "currency" : "EUR" } },
          { "department" : "Dezernat II", "budgetYear" : 2025, "day" : "2025-04-01",
            "amount" : { "amount" : "450.00", "currency" : "EUR" } } ]"""));
    Path file = Files.createTempFile("portfolio", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(portfolio));
      NextCliTest.Run run = next("portfolio", file.toString(), "--year", "2025", "--as-of", "2026-01-15");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("Dezernat II             €500.00  NExT e. V.; paid €450.00, open €50.00")
          .contains("[MUNICIPAL_PAYMENT_NOT_AS_RESOLVED]")
          .contains("Dezernat II paid €450.00 for the membership in the NExT e. V. for 2025, which has ended");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  @DisplayName("An association that records no dues: next dues says what to add, exit 2")
  void no_dues_recorded() {
    NextCliTest.Run run = next("dues");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("The document records no dues: add \"dues\" with \"recordedFrom\"");
  }

  @Test
  @DisplayName("next dues --format json: every member's ledger, typed, without any bank detail")
  void dues_as_json() throws IOException {
    NextCliTest.Run run = next("dues", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode dues = JSON.readTree(run.out());
    assertThat(dues.get("format").asString()).isEqualTo("nextnetz.dues");
    assertThat(dues.get("ledgers")).hasSize(13);
    JsonNode graf = dues.get("ledgers").get(6);
    assertThat(graf.get("name").asString()).isEqualTo("Gerda Graf");
    assertThat(graf.get("open").get("amount").asString()).isEqualTo("30.00");
    JsonNode year = graf.get("items").get(2);
    assertThat(year.get("due").asString()).isEqualTo("2026-03-31");
    assertThat(year.get("interestUnknownFrom").asString()).isEqualTo("2026-07-01");
    assertThat(run.out()).doesNotContain("IBAN").doesNotContain("25050000");
  }

  @Test
  @DisplayName("§ 286 BGB: next check decides FEE_DUE from the payments and finds Gerda Graf and Karla Kern in default")
  void check_decides_the_fees() throws IOException {
    NextCliTest.Run run = next("check", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "json");
    assertThat(run.code()).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out());
    String status = "";
    for (JsonNode outcome : report.get("outcomes")) {
      if (outcome.get("rule").asString().equals("FEE_DUE")) {
        status = outcome.get("status").asString();
      }
    }
    assertThat(status).isEqualTo("SATISFIED");
    long defaults = 0;
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("rule").asString().equals("FEE_IN_DEFAULT")) {
        defaults++;
      }
    }
    assertThat(defaults).isEqualTo(2);
  }

  @Test
  @DisplayName("ISO 13616: a mistyped IBAN is refused with its place and why, without echoing the number; nothing is judged")
  void a_mistyped_iban_is_bad_input() throws IOException {
    NextCliTest.Run run = withDocument(document -> ((ObjectNode) document.get("members").get(0).get("mandate"))
        .put("iban", "DE38250500000001007918"), "check", "--as-of", "2026-12-07");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("/members/0/mandate/iban").contains("the check digits do not match the rest")
        .doesNotContain("250500000001007918").doesNotContain("Exception");
  }

  @Test
  @DisplayName("A payment before the member joined is refused at its place")
  void a_payment_before_the_member_joined() throws IOException {
    NextCliTest.Run run = withDocument(document -> ((ObjectNode) document.get("dues").get("payments").get(0))
        .put("day", "2019-04-30"), "validate");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err() + run.out()).contains("/dues/payments/0/day")
        .contains("the payment arrived on 2019-04-30, before member m01 joined on 2019-05-01");
  }

  @Test
  @DisplayName("--public: the dues rules find the same on pseudonymous accounts; no IBAN and no name of the document is printed")
  void public_keeps_the_findings_and_drops_the_accounts() throws IOException {
    JsonNode plain = JSON.readTree(next("check", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "json")
        .out());
    NextCliTest.Run run = next("check", DataSet.MUSTERVEREIN, "--as-of", "2026-12-07", "--format", "json", "--public");
    JsonNode published = JSON.readTree(run.out());
    assertThat(duesFindings(published)).isEqualTo(duesFindings(plain)).contains("FEE_IN_DEFAULT WARNING /members/6",
        "SEPA_IBAN_NOT_NORMALISED INFO /members/5/mandate/iban");
    assertThat(run.out()).doesNotContain("DE10…14").doesNotContain("Gerda Graf").doesNotContain("25050000");
  }

  /** Rule, severity and place of every finding of the dues rules. */
  private static java.util.List<String> duesFindings(JsonNode report) {
    java.util.List<String> found = new java.util.ArrayList<>();
    for (JsonNode finding : report.get("findings")) {
      String rule = finding.get("rule").asString();
      if (rule.startsWith("FEE_") || rule.startsWith("SEPA_")) {
        found.add(rule + " " + finding.get("severity").asString() + " " + finding.get("path").asString());
      }
    }
    return found;
  }
}
