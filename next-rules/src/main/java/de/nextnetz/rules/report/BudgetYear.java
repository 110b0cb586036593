package de.nextnetz.rules.report;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.law.MunicipalFees;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What each department owes in a budget year, per membership, with totals per department and for
 * the municipality. Amounts are exact and always sum up: a membership's fee for the year is split
 * across its departments in proportion to their cost shares with {@link Money#allocate}, so the
 * lines of a membership sum to its fee for the year to the cent.
 *
 * <p>The fee for the year: the full annual fee; in the year the membership starts or ends, as its
 * {@link de.nextnetz.domain.municipal.FeeProration} says: {@code FULL_YEAR} (the default where the statute is silent),
 * {@code MONTHS} (one twelfth per calendar month covered, counting the first and last month
 * whole) or {@code NONE}. A membership with no recorded start counts from the day its resolution's
 * conditions were met, else from the resolution's day; a membership without cost shares owes its
 * fee on one line without department.
 */
public final class BudgetYear {

  /** The department of a line where a membership records no cost shares. */
  public static final String UNASSIGNED = MunicipalFees.UNASSIGNED;

  /** One department's share of one membership's fee in the year. */
  public static final class Line {
    private final String membershipId;
    private final String association;
    private final String department;
    private final Money amount;
    private final Money paid;
    private final @Nullable String executingUnit;

    Line(String membershipId, String association, String department, Money amount, Money paid,
        @Nullable String executingUnit) {
      this.membershipId = membershipId;
      this.association = association;
      this.department = department;
      this.amount = amount;
      this.paid = paid;
      this.executingUnit = executingUnit;
    }

    /** {@return the membership's identifier} */
    public String getMembershipId() {
      return membershipId;
    }

    /** {@return the association} */
    public String getAssociation() {
      return association;
    }

    /** {@return the department that pays} */
    public String getDepartment() {
      return department;
    }

    /** {@return the amount it pays in the year} */
    public Money getAmount() {
      return amount;
    }

    /** {@return what the department paid for the year, as recorded in the membership's payments} */
    public Money getPaid() {
      return paid;
    }

    /** {@return what is still open: the amount less what was paid; negative where the department paid more} */
    public Money getOpen() {
      return amount.minus(paid);
    }

    /** {@return the unit that executes the payment, if recorded} */
    public Optional<String> getExecutingUnit() {
      return Optional.ofNullable(executingUnit);
    }

    /** {@return e.g. {@code "Musterverein e. V.: Dezernat VII 500.00 EUR"}} */
    @Override
    public String toString() {
      return association + ": " + department + " " + amount;
    }
  }

  private final Year year;
  private final List<Line> lines;
  private final Map<String, Money> byDepartment;
  private final @Nullable Money total;

  private BudgetYear(Year year, List<Line> lines) {
    this.year = year;
    this.lines = List.copyOf(lines);
    Map<String, Money> totals = new LinkedHashMap<>();
    Money sum = null;
    for (Line line : lines) {
      totals.merge(line.getDepartment(), line.getAmount(), Money::plus);
      sum = sum == null ? line.getAmount() : sum.plus(line.getAmount());
    }
    this.byDepartment = Collections.unmodifiableMap(totals);
    this.total = sum;
  }

  /**
   * Computes a budget year.
   *
   * @param portfolio the municipality's memberships
   * @param year the budget year (the calendar year)
   * @return what each department owes
   * @throws IllegalArgumentException if the fees of the portfolio are in different currencies
   */
  public static BudgetYear of(MunicipalPortfolio portfolio, Year year) {
    Objects.requireNonNull(year, "year");
    List<Line> lines = new ArrayList<>();
    for (MunicipalMembership membership : portfolio.getMemberships()) {
      if (MunicipalFees.feeFor(membership, year).isZero() && !MunicipalFees.isActive(membership, year)) {
        continue;
      }
      String unit = membership.getExecutingUnit().orElse(null);
      MunicipalFees.owedByDepartment(membership, year).forEach((department, owed) -> lines.add(new Line(
          membership.getId(), membership.getAssociation(), department, owed,
          MunicipalFees.paid(membership, year, department, LocalDate.MAX), unit)));
    }
    return new BudgetYear(year, lines);
  }

  /**
   * The fee a membership owes in a year ({@link MunicipalFees#feeFor}).
   *
   * @param membership the membership
   * @param year the year
   * @return the fee for the year, zero where the membership does not cover it
   */
  public static Money feeFor(MunicipalMembership membership, Year year) {
    return MunicipalFees.feeFor(membership, year);
  }

  /** {@return the budget year} */
  public Year getYear() {
    return year;
  }

  /** {@return every department's share of every membership, in the portfolio's order} */
  public List<Line> getLines() {
    return lines;
  }

  /** {@return the total per department, in order of first appearance} */
  public Map<String, Money> getTotalsByDepartment() {
    return byDepartment;
  }

  /** {@return the total of the municipality, if any membership owes anything in the year} */
  public Optional<Money> getTotal() {
    return Optional.ofNullable(total);
  }

}
