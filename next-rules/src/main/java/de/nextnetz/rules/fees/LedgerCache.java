package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.Ledgers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members' ledgers of one check run, computed once for the day, base rates and margin the dues rules ask with
 * and shared by them: the engine makes one cache per run ({@link #LOOKUP}), so five rules cost one computation.
 */
final class LedgerCache {

  /** The look-up the dues rules share in a check run. */
  static final SharedLookup<Association, LedgerCache> LOOKUP = SharedLookup.of("ledgers", LedgerCache::new);

  private record Key(LocalDate asOf, BaseRates rates, BigDecimal margin) {}

  private final Association association;
  private final Map<Key, Optional<Ledgers>> computed = new ConcurrentHashMap<>();

  private LedgerCache(Association association) {
    this.association = association;
  }

  /** The ledgers on a day with the rates and margin given, computed on the first request. */
  Optional<Ledgers> ledgers(LocalDate asOf, BaseRates rates, BigDecimal margin) {
    return computed.computeIfAbsent(new Key(asOf, rates, margin),
        key -> Ledgers.of(association, key.asOf(), key.rates(), key.margin()));
  }
}
