package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.builtin.BuiltInRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the engine's cost per member grows with the association: each built-in rule alone (with the look-ups it
 * names, which the whole catalogue shares), in nanoseconds per member at two sizes, the rules that cost most at the
 * larger size first. A plain timing loop (warm-up rounds, then the best of three), not JMH: a map of the costs, not a
 * figure to compare with a peer.
 */
public final class RuleCosts {

  private RuleCosts() {}

  /**
   * Prints the table.
   *
   * @param args the smaller and the larger number of members (default 10,000 and 1,000,000), and how many rows
   */
  public static void main(String[] args) {
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    List<StatuteRule> rules = BuiltInRules.all();
    double[] atSmall = costs(Generated.association(small, 42), rules);
    double[] atLarge = costs(Generated.association(large, 42), rules);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> atLarge[i]).reversed());
    System.out.printf(Locale.ROOT, "| rule | ns per member at %,d | at %,d | growth |%n|---|---:|---:|---:|%n", small, large);
    for (int i : order.subList(0, Math.min(rows, order.size()))) {
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1fx |%n", rules.get(i).id().value(), atSmall[i], atLarge[i],
          atLarge[i] / atSmall[i]);
    }
    double sumSmall = java.util.Arrays.stream(atSmall).sum();
    double sumLarge = java.util.Arrays.stream(atLarge).sum();
    System.out.printf(Locale.ROOT, "| all %d rules, each alone | %.0f | %.0f | %.1fx |%n", rules.size(), sumSmall, sumLarge,
        sumLarge / sumSmall);
  }

  private static double[] costs(Association association, List<StatuteRule> rules) {
    int members = association.getMembers().size();
    int repeats = Math.max(1, 200_000 / members);
    double[] best = new double[rules.size()];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    for (int round = 0; round < 5; round++) {
      for (int r = 0; r < rules.size(); r++) {
        RuleEngine<Association> engine = RuleEngine.forAssociations().addRule(rules.get(r)).build();
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
          engine.check(association, Generated.AS_OF);
        }
        double perMember = (System.nanoTime() - start) / (double) repeats / members;
        if (round >= 2) {
          best[r] = Math.min(best[r], perMember);
        }
      }
    }
    return best;
  }
}
