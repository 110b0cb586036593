package de.nextnetz.rules.municipal;

import de.nextnetz.domain.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.municipal.ResolutionCondition;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The built-in rules over a municipality's portfolio, one small class each. */
public final class PortfolioRules {

  private PortfolioRules() {}

  /** {@return every built-in portfolio rule, with default settings} */
  public static List<PortfolioRule> all() {
    return List.of(new ResolutionMissing(), new StartBeforeCondition(), new CostSharesInconsistent(),
        new FeeNotAsResolved(), new NoticeDue());
  }

  private static final Citation RESOLUTION = Citation.of(
      "Kommunalrecht: Beschluss der Stadtverordnetenversammlung über den Beitritt (Wiesbaden: Beschluss Nr. 0057, 2.1)",
      "die Landeshauptstadt Wiesbaden nach Wirksamwerden des Haushaltes 2024 assoziiertes Mitglied im Verein"
          + " „NExT e. V.“ wird.");

  private static final Citation SPLIT = Citation.of(
      "Beschluss über die Finanzierung des Mitgliedsbeitrags (Wiesbaden: Beschluss Nr. 0057, 2.2)",
      "der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II"
          + " finanziert wird");

  /** A membership rests on a council resolution. ERROR per membership without one. */
  public static final class ResolutionMissing implements PortfolioRule {
    /** {@code MUNICIPAL_RESOLUTION_MISSING}. */
    public static final RuleId ID = RuleId.of("MUNICIPAL_RESOLUTION_MISSING");

    /** Creates the rule. */
    public ResolutionMissing() {}

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Citation citation() {
      return RESOLUTION;
    }

    @Override
    public Outcome check(MunicipalPortfolio portfolio, LocalDate asOf) {
      Outcome.Builder outcome = Outcome.builder(ID);
      List<MunicipalMembership> memberships = portfolio.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        outcome.checked();
        if (memberships.get(i).getResolution().isEmpty()) {
          outcome.add(Finding.builder(ID, RESOLUTION, Severity.ERROR, Pointer.to("memberships", i))
              .fact("association", memberships.get(i).getAssociation())
              .build());
        }
      }
      return outcome.build();
    }
  }

  /**
   * A membership does not start before the resolution, nor before its conditions were met (e.g.
   * "nach Wirksamwerden des Haushaltes 2024"). WARNING per early start; unknown while a condition's
   * day is not recorded.
   */
  public static final class StartBeforeCondition implements PortfolioRule {
    /** {@code MUNICIPAL_START_BEFORE_CONDITION}. */
    public static final RuleId ID = RuleId.of("MUNICIPAL_START_BEFORE_CONDITION");

    /** Creates the rule. */
    public StartBeforeCondition() {}

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Citation citation() {
      return RESOLUTION;
    }

    @Override
    public Outcome check(MunicipalPortfolio portfolio, LocalDate asOf) {
      Outcome.Builder outcome = Outcome.builder(ID);
      List<MunicipalMembership> memberships = portfolio.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        MunicipalMembership membership = memberships.get(i);
        if (membership.getResolution().isEmpty() || membership.getStart().isEmpty()) {
          continue;
        }
        CouncilResolution resolution = membership.getResolution().get();
        LocalDate start = membership.getStart().get();
        outcome.checked();
        if (start.isBefore(resolution.getDate())) {
          outcome.add(Finding.builder(ID, RESOLUTION, Severity.WARNING, Pointer.to("memberships", i, "start"))
              .fact("start", start).fact("conditionsMetOn", resolution.getDate())
              .messageKey("MUNICIPAL_START_BEFORE_CONDITION.resolution").build());
          continue;
        }
        List<ResolutionCondition> conditions = resolution.getConditions();
        for (int k = 0; k < conditions.size(); k++) {
          Optional<LocalDate> met = conditions.get(k).getMetOn();
          if (met.isEmpty()) {
            outcome.missing(Pointer.to("memberships", i, "resolution", "conditions", k, "metOn"));
          } else if (start.isBefore(met.get())) {
            outcome.add(Finding.builder(ID, RESOLUTION, Severity.WARNING, Pointer.to("memberships", i, "start"))
                .fact("start", start)
                .fact("condition", conditions.get(k).getDescription())
                .fact("conditionsMetOn", met.get())
                .build());
          }
        }
      }
      return outcome.build();
    }
  }

  /** The cost shares of a membership's fee sum to the fee, to the cent. ERROR otherwise. */
  public static final class CostSharesInconsistent implements PortfolioRule {
    /** {@code MUNICIPAL_COST_SHARES_INCONSISTENT}. */
    public static final RuleId ID = RuleId.of("MUNICIPAL_COST_SHARES_INCONSISTENT");

    /** Creates the rule. */
    public CostSharesInconsistent() {}

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Citation citation() {
      return SPLIT;
    }

    @Override
    public Outcome check(MunicipalPortfolio portfolio, LocalDate asOf) {
      Outcome.Builder outcome = Outcome.builder(ID);
      List<MunicipalMembership> memberships = portfolio.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        MunicipalMembership membership = memberships.get(i);
        if (membership.getCostShares().isEmpty()) {
          continue;
        }
        outcome.checked();
        Optional<Money> total = CostShare.total(membership.getCostShares(), membership.getAnnualFee().getCurrency());
        if (total.isEmpty() || !total.get().equals(membership.getAnnualFee())) {
          outcome.add(Finding.builder(ID, SPLIT, Severity.ERROR, Pointer.to("memberships", i, "costShares"))
              .fact("association", membership.getAssociation())
              .fact("fee", membership.getAnnualFee())
              .fact("sharesSum", total.map(Money::toString).orElse("(shares in another currency)"))
              .build());
        }
      }
      return outcome.build();
    }
  }

  /** The fee recorded is the fee the resolution approved. WARNING otherwise. */
  public static final class FeeNotAsResolved implements PortfolioRule {
    /** {@code MUNICIPAL_FEE_NOT_AS_RESOLVED}. */
    public static final RuleId ID = RuleId.of("MUNICIPAL_FEE_NOT_AS_RESOLVED");

    /** Creates the rule. */
    public FeeNotAsResolved() {}

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Citation citation() {
      return SPLIT;
    }

    @Override
    public Outcome check(MunicipalPortfolio portfolio, LocalDate asOf) {
      Outcome.Builder outcome = Outcome.builder(ID);
      List<MunicipalMembership> memberships = portfolio.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        MunicipalMembership membership = memberships.get(i);
        Optional<Money> resolved = membership.getResolution().flatMap(CouncilResolution::getAnnualFee);
        if (resolved.isEmpty()) {
          continue;
        }
        outcome.checked();
        if (!resolved.get().equals(membership.getAnnualFee())) {
          outcome.add(Finding.builder(ID, SPLIT, Severity.WARNING, Pointer.to("memberships", i, "annualFee"))
              .fact("association", membership.getAssociation())
              .fact("fee", membership.getAnnualFee())
              .fact("resolvedFee", resolved.get())
              .fact("resolution", membership.getResolution().map(CouncilResolution::getNumber).orElse("-"))
              .build());
        }
      }
      return outcome.build();
    }
  }

  /**
   * The last day to give notice for leaving at the end of the year (§ 39 Abs. 2 BGB with the
   * association's notice period): an INFO with that day as due date, a WARNING within the lead time
   * (60 days unless set). Unknown while the notice period is not recorded.
   */
  public static final class NoticeDue implements PortfolioRule {
    /** {@code MUNICIPAL_NOTICE_DEADLINE}. */
    public static final RuleId ID = RuleId.of("MUNICIPAL_NOTICE_DEADLINE");

    /** The lead time unless another is set. */
    public static final int DEFAULT_LEAD_DAYS = 60;

    private static final Citation CITATION = Citation.of("§ 39 Abs. 2 BGB",
        "Durch die Satzung kann bestimmt werden, dass der Austritt nur am Schluss eines Geschäftsjahrs oder erst"
            + " nach dem Ablauf einer Kündigungsfrist zulässig ist; die Kündigungsfrist kann höchstens zwei Jahre"
            + " betragen.");

    private final int leadDays;

    /** Creates the rule with the default lead time. */
    public NoticeDue() {
      this(DEFAULT_LEAD_DAYS);
    }

    /**
     * Creates the rule.
     *
     * @param leadDays how many days before the last day to warn, at least 0
     * @throws IllegalArgumentException if the lead time is negative
     */
    public NoticeDue(int leadDays) {
      if (leadDays < 0) {
        throw new IllegalArgumentException("lead days must not be negative, but was " + leadDays);
      }
      this.leadDays = leadDays;
    }

    @Override
    public RuleId id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Citation citation() {
      return CITATION;
    }

    @Override
    public Outcome check(MunicipalPortfolio portfolio, LocalDate asOf) {
      Outcome.Builder outcome = Outcome.builder(ID);
      List<MunicipalMembership> memberships = portfolio.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        MunicipalMembership membership = memberships.get(i);
        if (membership.getEnd().isPresent()) {
          continue;
        }
        if (membership.getExitNoticeMonths().isEmpty()) {
          outcome.missing(Pointer.to("memberships", i, "exitNoticeMonths"));
          continue;
        }
        int months = membership.getExitNoticeMonths().get();
        LocalDate exit = NoticeDeadline.exitAtYearEnd(asOf, months);
        LocalDate latest = NoticeDeadline.latestReceipt(exit, months);
        long daysLeft = ChronoUnit.DAYS.between(asOf, latest);
        outcome.add(Finding.builder(ID, CITATION, daysLeft <= leadDays ? Severity.WARNING : Severity.INFO,
                Pointer.to("memberships", i))
            .fact("association", membership.getAssociation())
            .fact("noticeMonths", months)
            .fact("exit", exit)
            .fact("latestReceipt", latest)
            .fact("daysLeft", daysLeft)
            .dueDate(latest)
            .build());
      }
      return outcome.build();
    }
  }
}
