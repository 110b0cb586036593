package de.nextnetz.examples;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Example: Wiesbaden's view of its membership in NExT e. V., from resolution Nr. 0057. */
public final class MunicipalView {

  private MunicipalView() {}

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
    MunicipalMembership membership = NextDataSet.wiesbadenMembership();
    CouncilResolution resolution = membership.getResolution().orElseThrow();
    out.println(membership.getMunicipality().getName() + ": " + membership.getKind() + " member of "
        + membership.getAssociation() + " under resolution Nr. " + resolution.getNumber() + " ("
        + resolution.getSubmissionNumber().orElse("-") + ") of " + resolution.getDate());
    out.println("Condition: " + resolution.getConditions().get(0).getDescription() + " — met on "
        + resolution.getConditionsMetOn().map(Object::toString).orElse("(not recorded)"));
    out.println("Annual fee " + membership.getAnnualFee() + ", executed by " + membership.getExecutingUnit().orElse("-"));
    for (CostShare share : membership.getCostShares()) {
      out.println("  " + share.getDepartment() + ": " + share.getAmount());
    }
    out.println("Split in three instead: " + Money.euros("1000.00").split(3));
    out.println("Shares of three departments: " + CostShare.splitEvenly(Money.euros("1000.00"),
        List.of("Dezernat VII", "Dezernat II", "Dezernat III")));
  }
}
