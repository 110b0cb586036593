package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.Ledgers;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.Ledgers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that judges each member's {@link Ledger} on the day: not applicable where the association records no
 * dues; the loop and the member's JSON Pointer are here, once.
 */
abstract class LedgerRule extends DefinedRule<Association> implements StatuteRule {

  private final BaseRates rates;
  private final BigDecimal margin;

  LedgerRule(RuleDefinition definition) {
    this(definition, BaseRates.DEFAULT, DuesLaw.INTEREST_MARGIN);
  }

  LedgerRule(RuleDefinition definition, BaseRates rates, BigDecimal margin) {
    super(definition);
    this.rates = Objects.requireNonNull(rates, "rates");
    this.margin = Objects.requireNonNull(margin, "margin");
  }

  /**
   * Judges one member's ledger.
   *
   * @param ledger the ledger
   * @param path the member's JSON Pointer, e.g. {@code /members/3}
   * @param association the association
   * @param context the day and statute version
   * @param outcome the outcome being built
   */
  abstract void check(Ledger ledger, String path, Association association, CheckContext context,
      Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Optional<Ledgers> ledgers = Ledgers.of(association, context.asOf(), rates, margin);
    if (ledgers.isEmpty()) {
      return Outcome.notApplicable(id());
    }
    Outcome.Builder outcome = Outcome.builder(id()).checked();
    List<Ledger> all = ledgers.get().all();
    for (int i = 0; i < all.size(); i++) {
      check(all.get(i), Pointer.to("members", i), association, context, outcome);
    }
    return outcome.build();
  }
}
