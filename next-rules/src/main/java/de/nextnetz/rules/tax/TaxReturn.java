package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The tax return the tax office asked for: {@code TAX_RETURN_DUE} (INFO, a deadline while it is ahead) and {@code
 * TAX_RETURN_OVERDUE} (WARNING once passed unfiled), on the office's own day or else §§ 149, 108 Abs. 3 AO. A year
 * before 2024 without the office's day is unknown (its statutory day was extended by laws the table does not hold).
 */
abstract class TaxReturn extends TaxRule {

  private final boolean overdue;

  TaxReturn(boolean overdue, RuleDefinition definition) {
    super(definition, TaxThresholds.DEFAULT);
    this.overdue = overdue;
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    LocalDate day = context.asOf();
    for (int i = 0; i < tax.getYears().size(); i++) {
      TaxYear year = tax.getYears().get(i);
      if (!year.isReturnRequested() || year.getReturnFiledOn().map(filed -> !filed.isAfter(day)).orElse(false)) {
        continue;
      }
      String path = Pointer.to("tax", "years", i);
      Optional<LocalDate> due = year.getReturnDue()
          .or(() -> TaxLaw.returnDue(year.getYear(), year.isAdviser(), PublicHolidays.atSeatOf(association)));
      if (due.isEmpty()) {
        outcome.missing(path + "/returnDue");
        continue;
      }
      if (overdue && day.isAfter(due.get())) {
        outcome.add(Finding.builder(this, path).fact("year", year.getYear()).fact("due", due.get()).build());
      } else if (!overdue && !day.isAfter(due.get())) {
        outcome.deadline(Deadline.of(this, path, due.get(),
            Message.builtIn("deadline.TAX_RETURN_DUE", Map.of("year", year.getYear())), day));
      }
    }
  }
}
