package de.nextnetz.domain;

import de.nextnetz.domain.base.AmountOutOfRange;
import de.nextnetz.domain.base.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: 1,000 EUR paid half each by Dezernat VII and Dezernat II")
  void wiesbaden_fee_splits_half_and_half() {
    assertThat(Money.euros("1000.00").split(2))
        .containsExactly(Money.euros("500.00"), Money.euros("500.00"));
  }

  @Test
  @DisplayName("a 1,000 EUR fee in three equal shares: the remainder cent goes to the first share")
  void three_equal_shares_place_the_remainder_first() {
    assertThat(Money.euros("1000").split(3))
        .containsExactly(Money.euros("333.34"), Money.euros("333.33"), Money.euros("333.33"));
  }

  @Test
  void allocation_by_weights_gives_the_cents_left_over_to_the_largest_remainders() {
    // 100.00 in 1:1:1:3 = 16.666.., 16.666.., 16.666.., 50.00 -> two cents left over
    assertThat(Money.euros("100").allocate(List.of(1L, 1L, 1L, 3L)))
        .containsExactly(Money.euros("16.67"), Money.euros("16.67"), Money.euros("16.66"),
            Money.euros("50.00"));
  }

  @Test
  void a_negative_amount_splits_as_the_mirror_of_the_positive_one() {
    assertThat(Money.euros("-1000").split(3))
        .containsExactly(Money.euros("-333.34"), Money.euros("-333.33"), Money.euros("-333.33"));
  }

  @Test
  void writes_and_parses_amount_and_currency() {
    Money fee = Money.euros("1000");
    assertThat(fee).hasToString("1000.00 EUR");
    assertThat(Money.parse("1000.00 EUR")).isEqualTo(fee);
    assertThat(fee.getAmount()).isEqualByComparingTo(new BigDecimal("1000"));
    assertThat(fee.cents()).isEqualTo(100_000L);
  }

  @Test
  void refuses_fractions_of_a_cent_and_malformed_text_with_a_message_naming_the_input() {
    assertThatThrownBy(() -> Money.euros("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"1.005\"");
    assertThatThrownBy(() -> Money.parse("1000 Euro"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown currency \"Euro\"");
    assertThatThrownBy(() -> Money.parse("1000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount and currency");
    assertThatThrownBy(() -> Money.of(new BigDecimal("12.345"), Money.EUR))
        .hasMessageContaining("at most two decimal places");
    assertThatThrownBy(() -> Money.ofCents(1, Currency.getInstance("JPY")))
        .hasMessageContaining("two minor digits");
  }

  @Test
  void refuses_impossible_splits() {
    assertThatThrownBy(() -> Money.euros("1").split(0)).hasMessage("parts must be at least 1, but was 0");
    assertThatThrownBy(() -> Money.euros("1").allocate(List.of(0L, 0L)))
        .hasMessage("weights must not all be zero");
    assertThatThrownBy(() -> Money.euros("1").allocate(List.of(1L, -1L)))
        .hasMessage("weight 1 must not be negative, but was -1");
  }

  @Test
  void does_not_mix_currencies() {
    Money usd = Money.ofCents(100, Currency.getInstance("USD"));
    assertThatThrownBy(() -> Money.euros("1").plus(usd))
        .hasMessage("currencies must match, but were EUR and USD");
  }

  @Test
  @DisplayName("Sums and differences are exact or refused: against BigInteger at and around the ends of the range")
  void sums_are_exact_or_refused() {
    long[] edges = {Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0, 1, -1,
        99_999_999_999_999_999L, -99_999_999_999_999_999L, Long.MAX_VALUE / 2, Long.MIN_VALUE / 2};
    BigInteger low = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger high = BigInteger.valueOf(Long.MAX_VALUE);
    for (long a : edges) {
      for (long b : edges) {
        Money left = Money.ofCents(a, Money.EUR);
        Money right = Money.ofCents(b, Money.EUR);
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (sum.compareTo(low) < 0 || sum.compareTo(high) > 0) {
          assertThatThrownBy(() -> left.plus(right)).isInstanceOf(AmountOutOfRange.class)
              .satisfies(e -> assertThat(((AmountOutOfRange) e).subtraction()).isFalse());
        } else {
          assertThat(BigInteger.valueOf(left.plus(right).cents())).isEqualTo(sum);
        }
        BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        if (difference.compareTo(low) < 0 || difference.compareTo(high) > 0) {
          assertThatThrownBy(() -> left.minus(right)).isInstanceOf(AmountOutOfRange.class)
              .hasMessageContaining(" - ").satisfies(e -> assertThat(((AmountOutOfRange) e).left()).isEqualTo(left));
        } else {
          assertThat(BigInteger.valueOf(left.minus(right).cents())).isEqualTo(difference);
        }
      }
    }
  }
}
