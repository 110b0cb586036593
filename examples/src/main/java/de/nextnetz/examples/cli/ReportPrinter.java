package de.nextnetz.examples.cli;

import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import java.io.PrintWriter;
import java.util.List;

/** The one printer of a check report's findings, missing facts and assumptions, for statute and portfolio checks. */
final class ReportPrinter {

  private ReportPrinter() {}

  /** The summary line: findings by severity, and rules by outcome; its counts are those of the sections below. */
  static String summary(CheckReport report, Lang lang) {
    return Texts.of(lang, "check.result",
        "errors", report.findings(Severity.ERROR).size(),
        "warnings", report.findings(Severity.WARNING).size(),
        "infos", report.findings(Severity.INFO).size(),
        "rules", report.outcomes().size(),
        "satisfied", report.count(Status.SATISFIED),
        "violated", report.count(Status.VIOLATED),
        "notApplicable", report.count(Status.NOT_APPLICABLE),
        "undecided", report.count(Status.UNKNOWN),
        "missing", report.withMissingFacts().size());
  }

  /** Prints the findings by severity, then the rules with missing facts, then the assumptions. */
  static void sections(CheckReport report, Lang lang, PrintWriter out,
      java.util.function.Function<String, java.util.Optional<String>> places) {
    findings(report.findings(), lang, out, places);
    List<Outcome> missing = report.withMissingFacts();
    if (!missing.isEmpty()) {
      out.println();
      out.println(Texts.of(lang, "section.missing", "count", missing.size()));
      for (Outcome outcome : missing) {
        out.println("  [" + outcome.ruleId() + "] " + String.join("; ", outcome.missingFacts().stream()
            .map(fact -> fact(fact, lang, places)).toList()));
      }
    }
    if (!report.assumptions().isEmpty()) {
      out.println();
      out.println(Texts.of(lang, "section.assumptions"));
      for (Assumption assumption : report.assumptions()) {
        out.println("  " + parameter(lang, assumption.getParameter()) + ": " + assumption.value(lang.locale()) + " – "
            + assumption.reason(lang.locale()));
      }
    }
  }

  /**
   * Prints findings by severity, each section under its heading: the one way a finding reaches a person on the
   * command line (the check, the portfolio review and the assembly plan print with it).
   */
  static void findings(List<Finding> all, Lang lang, PrintWriter out,
      java.util.function.Function<String, java.util.Optional<String>> places) {
    for (Severity severity : Severity.values()) {
      List<Finding> findings = all.stream().filter(finding -> finding.severity() == severity).toList();
      if (findings.isEmpty()) {
        continue;
      }
      out.println();
      out.println(Texts.of(lang, "section." + severity.name()));
      findings.forEach(finding -> finding(finding, lang, out, places));
    }
  }

  private static void finding(Finding finding, Lang lang, PrintWriter out,
      java.util.function.Function<String, java.util.Optional<String>> places) {
    // The rule's id is the catalogue's reference; the place is named in words (its pointer is in the JSON output).
    out.println("  [" + finding.ruleId() + "]" + place(finding.path(), places).map(place -> " " + place).orElse(""));
    out.println("    " + finding.message(lang.locale()));
    out.println("    " + Texts.of(lang, "finding.citation", "source", finding.citation().source()));
    out.println("    " + Texts.of(lang, "finding.explanation", "explanation", finding.explain(lang.locale())));
    finding.dueDate().ifPresent(due -> out.println("    " + Texts.of(lang, "finding.due", "due", due)));
  }

  /**
   * A missing fact in words: its place and, where the place does not say it, the field ("Mitgliederversammlung vom
   * 21. November 2024: wer eingeladen hat"); a field the tool has no word for by its name in the document.
   */
  private static String fact(String path, Lang lang, java.util.function.Function<String, java.util.Optional<String>> places) {
    return place(path, places).map(place -> Places.field(path)
        .map(field -> place + ": " + Texts.find(lang, "field." + field).orElse(field)).orElse(place)).orElse(path);
  }

  /** A path's place in words: a pointer by the document's names; other text (a base rate's name) as it is. */
  private static java.util.Optional<String> place(String path,
      java.util.function.Function<String, java.util.Optional<String>> places) {
    if (!path.startsWith("/")) {
      return path.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(path);
    }
    return places.apply(path);
  }

  /**
   * A statute parameter in words ("Fortdauerklausel" for {@code continuationClause}); a parameter
   * the tool has no words for is shown as the document writes it.
   */
  static String parameter(Lang lang, String parameter) {
    return Texts.find(lang, "assumption." + parameter.replaceAll("[^A-Za-z0-9]", "")).orElse(parameter);
  }
}
