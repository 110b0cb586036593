package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.DepartmentPayment;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.municipal.MunicipalMembership;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a municipality's membership owes in a budget year and how the council resolution splits it across the
 * departments, computed once for the budget year ({@code BudgetYear}) and the rule that compares the departments'
 * payments with it ({@code MUNICIPAL_PAYMENT_NOT_AS_RESOLVED}).
 */
public final class MunicipalFees {

  /** The department of a membership without cost shares. */
  public static final String UNASSIGNED = "(no department recorded)";

  private MunicipalFees() {}

  /**
   * The fee a membership owes in a year: the annual fee, prorated in the first and last year as the membership
   * says (the whole year where it is silent), nothing where the membership does not cover the year.
   *
   * @param membership the membership
   * @param year the year
   * @return the fee for the year, zero where the membership does not cover it
   */
  public static Money feeFor(MunicipalMembership membership, Year year) {
    Money fee = membership.getAnnualFee();
    Money zero = Money.ofCents(0, fee.currency());
    if (!isActive(membership, year)) {
      return zero;
    }
    LocalDate start = start(membership).orElse(year.atDay(1));
    boolean starts = start.getYear() == year.getValue();
    boolean ends = membership.getEnd().filter(end -> end.getYear() == year.getValue()).isPresent();
    FeeProration first = membership.getFirstYearProration().orElse(FeeProration.FULL_YEAR);
    FeeProration last = membership.getLastYearProration().orElse(FeeProration.FULL_YEAR);
    if ((starts && first == FeeProration.NONE) || (ends && last == FeeProration.NONE)) {
      return zero;
    }
    if ((starts && first == FeeProration.MONTHS) || (ends && last == FeeProration.MONTHS)) {
      int from = starts && first == FeeProration.MONTHS ? start.getMonthValue() : 1;
      int to = ends && last == FeeProration.MONTHS ? membership.getEnd().orElseThrow().getMonthValue() : 12;
      long months = Math.max(0, to - from + 1);
      return months == 12 ? fee : fee.allocate(List.of(months, 12 - months)).get(0);
    }
    return fee;
  }

  /**
   * The year's fee split across the departments as the cost shares weigh it (to the cent, largest remainder), or
   * all of it under {@link #UNASSIGNED} where the membership records no cost shares.
   *
   * @param membership the membership
   * @param year the year
   * @return the amount each department owes, in the order of the cost shares
   */
  public static Map<String, Money> owedByDepartment(MunicipalMembership membership, Year year) {
    Money owed = feeFor(membership, year);
    Map<String, Money> byDepartment = new LinkedHashMap<>();
    if (membership.getCostShares().isEmpty()) {
      byDepartment.put(UNASSIGNED, owed);
      return byDepartment;
    }
    List<Long> weights = new ArrayList<>();
    for (CostShare share : membership.getCostShares()) {
      weights.add(Math.max(0, share.getAmount().cents()));
    }
    if (weights.stream().allMatch(weight -> weight == 0)) {
      weights = Collections.nCopies(weights.size(), 1L);
    }
    List<Money> parts = owed.allocate(weights);
    for (int i = 0; i < parts.size(); i++) {
      byDepartment.merge(membership.getCostShares().get(i).getDepartment(), parts.get(i), Money::plus);
    }
    return byDepartment;
  }

  /**
   * What one department paid for a budget year, up to a day.
   *
   * @param membership the membership
   * @param year the budget year
   * @param department the department
   * @param asOf the last day counted
   * @return the sum of its payments, zero where none
   */
  public static Money paid(MunicipalMembership membership, Year year, String department, LocalDate asOf) {
    Money paid = Money.ofCents(0, membership.getAnnualFee().currency());
    for (DepartmentPayment payment : membership.getPayments()) {
      if (payment.getBudgetYear().equals(year) && payment.getDepartment().equals(department)
          && !payment.getDay().isAfter(asOf) && payment.getAmount().currency().equals(paid.currency())) {
        paid = paid.plus(payment.getAmount());
      }
    }
    return paid;
  }

  /**
   * Whether a membership covers any day of a year.
   *
   * @param membership the membership
   * @param year the year
   * @return whether it started by the year's end and had not ended before its start
   */
  public static boolean isActive(MunicipalMembership membership, Year year) {
    Optional<LocalDate> start = start(membership);
    if (start.isEmpty() || start.get().isAfter(year.atMonthDay(MonthDay.of(12, 31)))) {
      return false;
    }
    return membership.getEnd().map(end -> !end.isBefore(year.atDay(1))).orElse(true);
  }

  private static Optional<LocalDate> start(MunicipalMembership membership) {
    return membership.getStart().or(() -> membership.getResolution()
        .map(resolution -> resolution.getConditionsMetOn().orElse(resolution.getDate())));
  }
}
