package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.tax.Allowance;
import de.nextnetz.domain.tax.AllowanceKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThreshold;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.law.ThresholdKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that compare a year's amount with the dated threshold of that year, judged here once for six rule classes:
 * {@code ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED} (WARNING: the gross receipts of the taxable economic businesses above
 * the § 64 Abs. 3 AO limit), {@code ALLOWANCE_UEBUNGSLEITER_EXCEEDED} and {@code ALLOWANCE_EHRENAMT_EXCEEDED}
 * (WARNING: a person's allowance of a year above § 3 Nr. 26 or 26a EStG; the rest is taxable) and
 * {@code ALLOWANCE_DOUBLE_CLAIM} (ERROR: both allowances for the same activity of a person in a year) and
 * {@code BOARD_LIABILITY_PRIVILEGE_LOST} (INFO: a board member or member paid more in a year than §§ 31a, 31b BGB
 * allow for the liability privilege, whatever allowance the payments were claimed under) and
 * {@code MEMBER_FEE_AVERAGE_ABOVE_AEAO} (INFO: the members' average annual fee on the day above the amount of the
 * AEAO zu § 52, which keeps the general public out). "Nicht mehr
 * als X": X passes, X + 0.01 does not. A year the table has no amount for is not judged and named.
 */
abstract class ThresholdRules extends TaxRule {

  /** Which of the rules. */
  enum Kind {
    /** {@code ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED}. */
    ECONOMIC_BUSINESS,
    /** {@code ALLOWANCE_UEBUNGSLEITER_EXCEEDED}. */
    UEBUNGSLEITER,
    /** {@code ALLOWANCE_EHRENAMT_EXCEEDED}. */
    EHRENAMT,
    /** {@code ALLOWANCE_DOUBLE_CLAIM}. */
    DOUBLE_CLAIM,
    /** {@code BOARD_LIABILITY_PRIVILEGE_LOST}. */
    LIABILITY_PRIVILEGE,
    /** {@code MEMBER_FEE_AVERAGE_ABOVE_AEAO}. */
    MEMBER_FEE_AVERAGE
  }

  private final Kind kind;

  ThresholdRules(Kind kind, RuleDefinition definition, TaxThresholds thresholds) {
    super(definition, thresholds);
    this.kind = kind;
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    int today = context.asOf().getYear();
    switch (kind) {
      case ECONOMIC_BUSINESS -> {
        for (int i = 0; i < tax.getYears().size(); i++) {
          TaxYear year = tax.getYears().get(i);
          if (year.getYear().getValue() <= today) {
            over(ThresholdKind.ECONOMIC_BUSINESS, year.getYear().getValue(), year.getEconomicBusiness(),
                Pointer.to("tax", "years", i) + "/economicBusiness", "", outcome)
                .ifPresent(finding -> outcome.add(finding.build()));
          }
        }
      }
      case UEBUNGSLEITER, EHRENAMT -> {
        AllowanceKind allowance = kind == Kind.UEBUNGSLEITER ? AllowanceKind.UEBUNGSLEITER : AllowanceKind.EHRENAMT;
        paidByPersonAndYear(tax, today, paid -> paid.getKind() == allowance).forEach(paid -> {
          Allowance first = tax.getAllowances().get(paid.first());
          over(allowance == AllowanceKind.UEBUNGSLEITER ? ThresholdKind.UEBUNGSLEITER : ThresholdKind.EHRENAMT,
              first.getYear().getValue(), paid.sum(), Pointer.to("tax", "allowances", paid.first()),
              name(association, first.getPerson()), outcome).ifPresent(finding -> outcome.add(finding.build()));
        });
      }
      case LIABILITY_PRIVILEGE -> {
        // Everything paid to a person in a year counts, whatever allowance it was claimed under (§§ 31a, 31b BGB).
        paidByPersonAndYear(tax, today, paid -> true).forEach(paid -> {
          Allowance first = tax.getAllowances().get(paid.first());
          boolean board = onBoardIn(association, first.getPerson(), first.getYear().getValue());
          if (board || association.findMember(first.getPerson()).isPresent()) {
            over(ThresholdKind.LIABILITY_PRIVILEGE, first.getYear().getValue(), paid.sum(),
                Pointer.to("tax", "allowances", paid.first()), name(association, first.getPerson()), outcome)
                .ifPresent(finding -> outcome.add(finding
                    .citation(board ? TaxLaw.BOARD_LIABILITY : TaxLaw.MEMBER_LIABILITY)
                    .messageKey(id().value() + (board ? ".message" : ".member")).build()));
          }
        });
      }
      case MEMBER_FEE_AVERAGE -> {
        // The members on the day with the fee the Satzung in force sets them (their own where recorded).
        java.time.LocalDate day = context.asOf();
        java.util.List<de.nextnetz.domain.membership.Member> members = association.membersOn(day);
        Money sum = Money.ofCents(0, Money.EUR);
        boolean unknown = false;
        for (de.nextnetz.domain.membership.Member member : members) {
          Optional<Money> fee = de.nextnetz.rules.law.Ledgers.annualFee(member, context.statute())
              .filter(amount -> amount.currency().equals(Money.EUR));
          unknown |= fee.isEmpty();
          sum = fee.map(sum::plus).orElse(sum);
        }
        if (members.isEmpty()) {
          return;
        }
        if (unknown) {
          outcome.missing(de.nextnetz.rules.law.AssemblyLaw.pointer(association, context.statute(),
              de.nextnetz.domain.statute.StatuteParameter.FEES));
          return;
        }
        Money average = Money.of(sum.getAmount().divide(java.math.BigDecimal.valueOf(members.size()), 2,
            java.math.RoundingMode.HALF_UP), Money.EUR);
        over(ThresholdKind.MEMBER_FEE_AVERAGE, day.getYear(), average, "/members", "", outcome)
            .ifPresent(finding -> outcome.add(finding.fact("members", members.size()).build()));
      }
      case DOUBLE_CLAIM -> {
        for (int i = 0; i < tax.getAllowances().size(); i++) {
          Allowance one = tax.getAllowances().get(i);
          for (int j = i + 1; j < tax.getAllowances().size(); j++) {
            Allowance other = tax.getAllowances().get(j);
            if (one.getKind() != other.getKind() && one.getPerson().equals(other.getPerson())
                && one.getYear().equals(other.getYear()) && one.getActivity().equals(other.getActivity())) {
              outcome.add(Finding.builder(this, Pointer.to("tax", "allowances", j))
                  .fact("person", name(association, one.getPerson()))
                  .fact("year", one.getYear())
                  .fact("activity", one.getActivity())
                  .build());
            }
          }
        }
      }
    }
  }

  /** What a person was paid in a year: the sum, and the first allowance of the person and year, by index. */
  private record PaidInYear(int first, Money sum) {}

  /** The allowances up to a year that a filter keeps, summed per person and year, in the order of their first. */
  private static java.util.Collection<PaidInYear> paidByPersonAndYear(TaxProfile tax, int today,
      java.util.function.Predicate<Allowance> counted) {
    Map<String, PaidInYear> paid = new LinkedHashMap<>();
    for (int i = 0; i < tax.getAllowances().size(); i++) {
      Allowance allowance = tax.getAllowances().get(i);
      if (counted.test(allowance) && allowance.getYear().getValue() <= today) {
        int index = i;
        paid.merge(allowance.getYear().getValue() + "\u0000" + allowance.getPerson(),
            new PaidInYear(index, allowance.getAmount()), (earlier, more) -> new PaidInYear(earlier.first(),
                earlier.sum().plus(more.sum())));
      }
    }
    return paid.values();
  }

  /** Whether a person, given by member id or by name, held a board seat on some day of a year. */
  private static boolean onBoardIn(Association association, String person, int year) {
    java.util.Optional<de.nextnetz.domain.membership.Member> member = association.findMember(person);
    String name = member.map(found -> found.getName()).orElse(person);
    java.util.Optional<String> personId = member.flatMap(found -> found.getPerson()).map(found -> found.getId());
    java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
    java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
    return association.getBoard().getSeats().stream()
        .filter(seat -> seat.getPerson().getName().equals(name) || personId.equals(
            java.util.Optional.of(seat.getPerson().getId())))
        .anyMatch(seat -> seat.getElectedOn().map(from -> !from.isAfter(last)).orElse(true)
            && seat.getUntil().map(until -> !until.isBefore(first)).orElse(true));
  }

  /** A member's name where the person is given by member id, else the name given. */
  private static String name(Association association, String person) {
    return association.findMember(person).map(member -> member.getName()).orElse(person);
  }

  /** Judges an amount against the year's threshold; returns the finding to add where it is over. */
  private Optional<Finding.Builder> over(ThresholdKind threshold, int year, Money amount, String path, String person,
      Outcome.Builder outcome) {
    Optional<TaxThreshold> row = thresholds.of(threshold, year);
    if (row.isEmpty()) {
      outcome.missing("threshold " + threshold + " " + year);
      return Optional.empty();
    }
    if (amount.compareTo(row.get().amount()) > 0) {
      Finding.Builder finding = Finding.builder(this, path)
          .fact("year", java.time.Year.of(year))
          .fact("amount", amount)
          .fact("threshold", row.get().amount())
          .fact("excess", amount.minus(row.get().amount()))
          .fact("source", row.get().source());
      if (!person.isEmpty()) {
        finding.fact("person", person);
      }
      return Optional.of(finding);
    }
    return Optional.empty();
  }
}
