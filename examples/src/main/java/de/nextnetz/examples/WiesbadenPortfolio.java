package de.nextnetz.examples;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import java.time.LocalDate;
import java.util.List;

/**
 * Wiesbaden's portfolio of the examples: its membership in NExT e. V. from the seeds (resolution
 * Nr. 0057), and one membership that is plainly illustrative: a fictional association, invented to
 * show a fee split across three departments, a pro-rata first year and a notice period. Nothing in
 * it is a fact about a real association or about Wiesbaden.
 */
public final class WiesbadenPortfolio {

  /** The marker of everything invented in this portfolio. */
  public static final String ILLUSTRATIVE = "illustrativ, kein realer Verein";

  private WiesbadenPortfolio() {}

  /** {@return the portfolio, with Wiesbaden's membership in NExT as {@link NextDataSet} holds it} */
  public static MunicipalPortfolio portfolio() {
    return portfolio(NextDataSet.wiesbadenMembership());
  }

  /**
   * Builds the portfolio around Wiesbaden's membership in NExT: that membership and an illustrative second one, which
   * three departments pay in equal shares.
   *
   * @param next Wiesbaden's membership in NExT; its municipality is the portfolio's
   * @return the portfolio
   */
  public static MunicipalPortfolio portfolio(MunicipalMembership next) {
    Money fee = Money.euros("1000.00");
    MunicipalMembership illustrative = MunicipalMembership.builder()
        .id("beispielverein")
        .municipality(next.getMunicipality())
        .association("Beispielverein Digitale Verwaltung e. V. (" + ILLUSTRATIVE + ")")
        .kind(MembershipKind.INSTITUTIONAL)
        .resolution(CouncilResolution.builder()
            .number("Beispiel-001")
            .agendaItem("Beispiel (" + ILLUSTRATIVE + ")")
            .body("Stadtverordnetenversammlung der Landeshauptstadt Wiesbaden")
            .date(LocalDate.of(2025, 2, 13))
            .subject("Beitritt zum Beispielverein (" + ILLUSTRATIVE + ")")
            .annualFee(fee)
            .addDecision("Der jährliche Beitrag von 1.000 € wird zu gleichen Teilen von drei Dezernaten getragen.")
            .build())
        .start(LocalDate.of(2025, 4, 1))
        .annualFee(fee)
        .costShares(CostShare.splitEvenly(fee, List.of("Dezernat I", "Dezernat II", "Dezernat VII")))
        .executingUnit("Dezernat III/20")
        .firstYearProration(FeeProration.MONTHS)
        .exitNoticeMonths(3)
        .exitOnlyAtYearEnd(true)
        .build();
    return MunicipalPortfolio.builder()
        .municipality(next.getMunicipality())
        .addMembership(next)
        .addMembership(illustrative)
        .build();
  }
}
