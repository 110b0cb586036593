package de.nextnetz.consumer;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.deadlines.Deadlines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main job as a consumer runs it on NExT's data set, read from its JSON document: every part of the library that loads something at run time
 * (Bean Validation, resource bundles in two languages, the holiday data, the JSON module through
 * {@code ServiceLoader}, the shipped schemas) is touched once.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Runs the job and says what it found, one line per fact.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> lines = new ArrayList<>();
    Association next;
    try (InputStream in = Consumer.class.getResourceAsStream("next-2024.json")) {
      next = NextJson.standard().readAssociation(Objects.requireNonNull(in, "next-2024.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines.add("violations: " + DomainValidator.standard().validate(next).size());
    lines.add("blank name: " + DomainValidator.forLocale(Locale.GERMAN).validate(next.toBuilder().name(" ").build()));

    CheckReport report = BuiltInRules.engine().check(next, LocalDate.of(2026, 11, 22));
    Finding overdue = report.findings().get(0);
    lines.add("finding: " + overdue.ruleId().value());
    lines.add("de: " + overdue.message(Locale.GERMAN));
    lines.add("en: " + overdue.message(Locale.ENGLISH));
    // § 193 BGB with Berlin's one-off holiday of 8 May 2025, from Jollyday's data.
    lines.add("deadlines 2025: " + Deadlines.between(next.toBuilder().statute(next.getStatute()).build(),
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).size());

    String json = NextJson.standard().writeAssociationAsString(next);
    lines.add("round trip: " + NextJson.standard().readAssociation(json).equals(next));
    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    lines.add("plain mapper: " + plain.readValue(json, Association.class).equals(next));
    lines.add("report json: " + NextJson.standard().writeCheckReportAsString(report, Locale.GERMAN).contains("Vorstand"));
    lines.add("schemas: " + NextJson.schemas().size());
    return lines;
  }

  /**
   * Prints what {@link #run()} found.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
