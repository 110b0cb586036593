package de.nextnetz.domain;

import de.nextnetz.domain.base.Money;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

class MoneyFuzzTest {

  /** A split sums to its total to the cent, for any amount and any weights; no part is off by more than a cent. */
  @FuzzTest
  void a_split_always_sums_to_its_total(FuzzedDataProvider data) {
    Money total = Money.ofCents(data.consumeLong(-1_000_000_000_000L, 1_000_000_000_000L), Money.EUR);
    int parts = data.consumeInt(1, 40);
    List<Long> weights = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      weights.add(data.consumeLong(0, 1_000_000_000L));
    }
    if (weights.stream().allMatch(w -> w == 0)) {
      weights.set(0, 1L);
    }
    List<Money> shares = total.allocate(weights);

    assertThat(shares).hasSize(parts);
    assertThat(shares.stream().mapToLong(Money::cents).sum()).isEqualTo(total.cents());
    long weightSum = weights.stream().mapToLong(Long::longValue).sum();
    for (int i = 0; i < parts; i++) {
      double exact = (double) total.cents() * weights.get(i) / weightSum;
      assertThat(Math.abs(shares.get(i).cents() - exact)).isLessThan(1.0 + 1e-6 * Math.abs(exact));
    }
  }
}
