package de.nextnetz.examples;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.RuleEngine;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** Example: check NExT e. V. against its statute the day before and the day after the board's deadline. */
public final class CheckAsOfADate {

  private CheckAsOfADate() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Association next = NextDataSet.association();
    RuleEngine<Association> engine = BuiltInRules.engine();
    for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22)}) {
      CheckReport report = engine.check(next, day);
      out.println(report);
      for (Finding finding : report.findings()) {
        out.println("  " + finding.severity() + " " + finding.ruleId() + ": " + finding.message(Locale.ENGLISH));
        out.println("    because " + finding.explain(Locale.ENGLISH));
        out.println("    under " + finding.citation());
      }
    }
  }
}
