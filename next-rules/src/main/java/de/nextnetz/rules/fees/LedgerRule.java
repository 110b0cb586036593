package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.Ledgers;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DuesLaw;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that judges each member's {@link Ledger} on the day: not applicable where the association records no
 * dues; the loop and the member's JSON Pointer are here, once, and the ledgers are computed once per check run for
 * all such rules ({@link LedgerCache}).
 */
abstract class LedgerRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, LedgerCache> {

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

  /** {@return the ledgers of the run, shared by the dues rules} */
  @Override
  public final SharedLookup<Association, LedgerCache> lookup() {
    return LedgerCache.LOOKUP;
  }

  @Override
  public final Outcome check(Association association, CheckContext context) {
    return check(association, context, LedgerCache.LOOKUP.compute(association));
  }

  @Override
  public final Outcome check(Association association, CheckContext context, LedgerCache cache) {
    Optional<Ledgers> ledgers = cache.ledgers(context.asOf(), rates, margin);
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
