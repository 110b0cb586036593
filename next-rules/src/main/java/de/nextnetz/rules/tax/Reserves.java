package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.tax.Reserve;
import de.nextnetz.domain.tax.ReserveKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The three rules of reserves (§ 62 AO), judged here once for three rule classes: {@code RESERVE_FREE_LIMIT_EXCEEDED} (ERROR: a
 * year's free-reserve additions above a third of the asset-management surplus plus a tenth of the other funds, with
 * the room a year left unused caught up in the two years after, oldest first), {@code RESERVE_FORMED_LATE} (ERROR:
 * resolved after the period of timely use of the inflows it holds) and {@code RESERVE_PURPOSE_LAPSED} (WARNING: a
 * reserve with a reason kept after the reason ended).
 */
abstract class Reserves extends TaxRule {

  /** Which of the three rules. */
  enum Kind {
    /** {@code RESERVE_FREE_LIMIT_EXCEEDED}. */
    FREE_LIMIT,
    /** {@code RESERVE_FORMED_LATE}. */
    FORMED_LATE,
    /** {@code RESERVE_PURPOSE_LAPSED}. */
    PURPOSE_LAPSED
  }

  private final Kind kind;

  Reserves(Kind kind, RuleDefinition definition, TaxThresholds thresholds) {
    super(definition, thresholds);
    this.kind = kind;
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    LocalDate day = context.asOf();
    switch (kind) {
      case FREE_LIMIT -> freeLimit(tax, day, outcome);
      case FORMED_LATE -> {
        for (int i = 0; i < tax.getReserves().size(); i++) {
          Reserve reserve = tax.getReserves().get(i);
          LocalDate deadline = TaxLaw.useDeadline(reserve.getInflowYear());
          if (!reserve.getResolvedOn().isAfter(day) && reserve.getResolvedOn().isAfter(deadline)) {
            outcome.add(Finding.builder(this, Pointer.to("tax", "reserves", i))
                .fact("reserve", reserve.getId())
                .fact("inflowYear", reserve.getInflowYear())
                .fact("resolvedOn", reserve.getResolvedOn())
                .fact("deadline", deadline)
                .build());
          }
        }
      }
      case PURPOSE_LAPSED -> {
        for (int i = 0; i < tax.getReserves().size(); i++) {
          Reserve reserve = tax.getReserves().get(i);
          Optional<LocalDate> ended = reserve.getReasonEndedOn();
          boolean kept = reserve.getDissolvedOn().map(dissolved -> dissolved.isAfter(day)).orElse(true);
          if (reserve.getKind() != ReserveKind.FREE && ended.isPresent() && day.isAfter(ended.get()) && kept) {
            outcome.add(Finding.builder(this, Pointer.to("tax", "reserves", i))
                .fact("reserve", reserve.getId())
                .fact("amount", reserve.getAmount())
                .fact("reasonEndedOn", ended.get())
                .build());
          }
        }
      }
    }
  }

  /** The free reserve year by year, the unused room of the two years before caught up oldest first. */
  private void freeLimit(TaxProfile tax, LocalDate day, Outcome.Builder outcome) {
    TreeMap<Integer, Money> added = new TreeMap<>();
    Map<Integer, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < tax.getReserves().size(); i++) {
      Reserve reserve = tax.getReserves().get(i);
      if (reserve.getKind() == ReserveKind.FREE && !reserve.getResolvedOn().isAfter(day)) {
        int year = reserve.getInflowYear().getValue();
        added.merge(year, reserve.getAmount(), Money::plus);
        firstIndex.putIfAbsent(year, i);
      }
    }
    if (added.isEmpty()) {
      return;
    }
    int first = added.firstKey() - 2;
    int last = added.lastKey();
    Map<Integer, Long> room = new HashMap<>();
    for (int year = first; year <= last; year++) {
      Optional<TaxYear> figures = tax.year(java.time.Year.of(year));
      Optional<Money> limit = figures.flatMap(TaxLaw::freeReserveLimit);
      long addition = added.getOrDefault(year, Money.ofCents(0, Money.EUR)).cents();
      if (limit.isEmpty()) {
        if (addition > 0) {
          outcome.missing("/tax/years (" + year + ")");
        }
        continue;
      }
      long need = addition - limit.get().cents();
      long caughtUp = 0;
      for (int earlier = year - 2; earlier < year && need > 0; earlier++) {
        long available = room.getOrDefault(earlier, 0L);
        long taken = Math.min(available, need);
        room.put(earlier, available - taken);
        need -= taken;
        caughtUp += taken;
      }
      room.put(year, Math.max(0, -need));
      if (need > 0) {
        outcome.add(Finding.builder(this, Pointer.to("tax", "reserves", firstIndex.getOrDefault(year, 0)))
            .fact("year", java.time.Year.of(year))
            .fact("added", Money.ofCents(addition, Money.EUR))
            .fact("limit", limit.get())
            .fact("caughtUp", Money.ofCents(caughtUp, Money.EUR))
            .fact("excess", Money.ofCents(need, Money.EUR))
            .build());
      }
      room.remove(year - 2);
    }
  }
}
