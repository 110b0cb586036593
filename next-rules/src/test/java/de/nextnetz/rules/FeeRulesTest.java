package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.next;
import static de.nextnetz.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.municipal.CostShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Wiesbaden's fee under resolution Nr. 0057: 1,000 EUR a year, half each from Dezernat VII and II. */
class FeeRulesTest {

  private static Association withWiesbaden(UnaryOperator<ImmutableMember> change) {
    ImmutableAssociation next = next();
    List<Member> members = new ArrayList<>();
    for (Member member : next.getMembers()) {
      members.add(member.getId().equals("wiesbaden") ? change.apply(ImmutableMember.copyOf(member)) : member);
    }
    return next.withMembers(members);
  }

  private static String wiesbadenPath() {
    return "/members/" + (next().getMembers().size() - 1);
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: 1,000 EUR split 500/500 complies")
  void wiesbaden_complies() {
    assertThat(status(next(), day("2025-01-01"), RuleId.of("FEE_AMOUNT_MISMATCH"))).isEqualTo(Status.SATISFIED);
    assertThat(status(next(), day("2025-01-01"), RuleId.of("FEE_SPLIT_INCONSISTENT"))).isEqualTo(Status.SATISFIED);
  }

  @Test
  @DisplayName("Beitragsregelung: 900 EUR for an associated member differs from the 1,000 EUR set")
  void a_fee_other_than_the_one_set() {
    Association cheaper = withWiesbaden(w -> w.withAnnualFee(Money.euros("900"))
        .withCostShares(CostShare.splitEvenly(Money.euros("900"), List.of("Dezernat VII", "Dezernat II"))));
    assertThat(findings(cheaper, day("2025-01-01"), RuleId.of("FEE_AMOUNT_MISMATCH"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo(wiesbadenPath() + "/annualFee");
      assertThat(f.message(Locale.ENGLISH))
          .isEqualTo("Member wiesbaden (associated) pays €900.00 a year; the fee set for its kind is €1,000.00.");
    });
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: shares of 500 and 400 EUR do not cover the 1,000 EUR fee")
  void shares_that_do_not_sum_to_the_fee() {
    Association short100 = withWiesbaden(w -> w.withCostShares(
        CostShare.of("Dezernat VII", Money.euros("500")), CostShare.of("Dezernat II", Money.euros("400"))));
    assertThat(findings(short100, day("2025-01-01"), RuleId.of("FEE_SPLIT_INCONSISTENT"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo(wiesbadenPath() + "/costShares");
      assertThat(f.explain(Locale.ENGLISH)).contains("sum of shares: €900.00").contains("difference: €100.00");
    });
  }

  @Test
  void a_member_who_has_left_is_not_checked() {
    Association left = withWiesbaden(w -> w.withEnd(day("2024-12-31")).withAnnualFee(Money.euros("1")));
    assertThat(status(left, day("2025-01-01"), RuleId.of("FEE_AMOUNT_MISMATCH"))).isEqualTo(Status.NOT_APPLICABLE);
  }
}
