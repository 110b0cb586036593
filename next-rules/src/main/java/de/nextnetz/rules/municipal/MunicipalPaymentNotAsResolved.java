package de.nextnetz.rules.municipal;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.DepartmentPayment;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.MunicipalFees;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What each department paid for a budget year is its share under the resolution ({@link MunicipalFees}): a WARNING
 * where a department paid more than its share, where a department the resolution does not name paid, and, once the
 * budget year has ended, where a department that paid in the year left part of its share open. Memberships without
 * recorded payments are not judged.
 */
final class MunicipalPaymentNotAsResolved extends MembershipRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_PAYMENT_NOT_AS_RESOLVED", Severity.WARNING, MunicipalCitations.SPLIT);

  MunicipalPaymentNotAsResolved() {
    super(DEFINITION);
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {
    Set<Year> years = new LinkedHashSet<>();
    for (DepartmentPayment payment : membership.getPayments()) {
      if (!payment.getDay().isAfter(context.asOf())) {
        years.add(payment.getBudgetYear());
      }
    }
    if (years.isEmpty()) {
      return;
    }
    outcome.checked();
    String resolution = membership.getResolution().map(CouncilResolution::getNumber).orElse("–");
    for (Year year : years) {
      Map<String, Money> owed = MunicipalFees.owedByDepartment(membership, year);
      Set<String> departments = new LinkedHashSet<>(owed.keySet());
      membership.getPayments().stream().filter(p -> p.getBudgetYear().equals(year))
          .forEach(p -> departments.add(p.getDepartment()));
      boolean ended = context.asOf().isAfter(year.atDay(year.length()));
      for (String department : departments) {
        Money paid = MunicipalFees.paid(membership, year, department, context.asOf());
        @Nullable Money share = owed.get(department);
        String key = key(share, paid, ended);
        if (key.isEmpty()) {
          continue;
        }
        Finding.Builder finding = Finding.builder(this, path(index) + Pointer.to("payments"))
            .citation(MunicipalCitations.of(membership, MunicipalCitations.SPLIT))
            .fact("association", membership.getAssociation())
            .fact("year", year)
            .fact("department", department)
            .fact("paid", paid)
            .fact("resolution", resolution);
        if (share != null) {
          finding.fact("share", share);
        }
        outcome.add(finding.messageKey(key).build());
      }
    }
  }

  /** The message of a department's payments against its share, or empty where they agree (so far). */
  private static String key(@Nullable Money share, Money paid, boolean ended) {
    if (share == null) {
      return paid.isZero() ? "" : "MUNICIPAL_PAYMENT_NOT_AS_RESOLVED.department";
    }
    if (paid.compareTo(share) > 0) {
      return "MUNICIPAL_PAYMENT_NOT_AS_RESOLVED.message";
    }
    return ended && paid.compareTo(share) < 0 ? "MUNICIPAL_PAYMENT_NOT_AS_RESOLVED.open" : "";
  }
}
