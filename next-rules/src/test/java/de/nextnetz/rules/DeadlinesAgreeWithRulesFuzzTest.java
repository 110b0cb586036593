package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.testing.Generators;
import de.nextnetz.rules.deadlines.Deadlines;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The deadline listing only collects what the rules say, so every deadline it lists agrees with
 * its rule's own verdict: on the due day the rule still states the deadline and not as overdue; on
 * the day after, the rule states it overdue, reports a finding due that day at that path, or names
 * the facts it misses to decide. Listings start on or after the last day of the association's
 * records, as an office lists what is due from today.
 */
class DeadlinesAgreeWithRulesFuzzTest {

  private static final String PROPERTY = "every_deadline_agrees_with_its_rule_on_the_day_and_the_day_after";
  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();
  private static final java.util.concurrent.atomic.AtomicInteger COMPARED = new java.util.concurrent.atomic.AtomicInteger();

  @FuzzTest
  void every_deadline_agrees_with_its_rule_on_the_day_and_the_day_after(FuzzedDataProvider data) {
    Reach.tried(PROPERTY);
    Generators generate = new Generators(data);
    Association association = generate.association();
    if (data.consumeBoolean()) {
      MonthDay feeDay = MonthDay.of(data.consumeInt(1, 12), data.consumeInt(1, 28));
      ImmutableStatuteVersion version = ImmutableStatuteVersion.copyOf(association.getStatute().getVersions().get(0))
          .withFeeDueDay(feeDay);
      association = ImmutableAssociation.copyOf(association).withStatute(Statute.of(version));
    }
    LocalDate validFrom = association.getStatute().getVersions().get(0).getValidFrom();
    LocalDate from = lastRecord(association, validFrom).plusDays(data.consumeInt(0, 500));
    LocalDate to = from.plusDays(data.consumeInt(0, 900));

    List<Deadline> listed = Deadlines.between(association, from, to);
    Reach.reached(PROPERTY);
    for (Deadline deadline : listed) {
      if (deadline.dueBy().isBefore(validFrom)) {
        continue;
      }
      COMPARED.incrementAndGet();
      Outcome onTheDay = outcome(association, deadline, deadline.dueBy());
      assertThat(onTheDay.deadlines()).as("%s stated on its day", deadline)
          .anySatisfy(stated -> {
            assertThat(stated.path()).isEqualTo(deadline.path());
            assertThat(stated.dueBy()).isEqualTo(deadline.dueBy());
            assertThat(stated.overdue()).isFalse();
          });
      Outcome after = outcome(association, deadline, deadline.dueBy().plusDays(1));
      boolean overdue = after.deadlines().stream().anyMatch(stated -> stated.path().equals(deadline.path())
          && stated.dueBy().equals(deadline.dueBy()) && stated.overdue());
      boolean found = after.findings().stream().anyMatch(finding -> finding.path().equals(deadline.path())
          && finding.dueDate().filter(deadline.dueBy()::equals).isPresent());
      assertThat(overdue || found || !after.missingFacts().isEmpty())
          .as("%s on the day after: %s", deadline, after).isTrue();
    }
  }

  @AfterAll
  static void report() {
    Reach.report(0.9, PROPERTY);
    System.out.printf("property %s: %d deadlines compared with their rules%n", PROPERTY, COMPARED.get());
    assertThat(COMPARED.get()).as("deadlines compared").isPositive();
  }

  private static Outcome outcome(Association association, Deadline deadline, LocalDate day) {
    return ENGINE.check(association, day).outcome(deadline.ruleId()).orElseThrow();
  }

  /** The last day any record of the association names, and never before the statute's first day. */
  static LocalDate lastRecord(Association association, LocalDate floor) {
    LocalDate last = floor;
    for (Member member : association.getMembers()) {
      last = max(last, member.getEnd().orElse(member.getStart()));
      last = max(last, member.getStart());
    }
    for (Application application : association.getApplications()) {
      last = max(last, application.getDate());
      for (Review review : application.getReviews()) {
        last = max(last, review.getDate());
      }
      if (application.getDecision().isPresent()) {
        last = max(last, application.getDecision().get().getDate());
      }
    }
    for (Event event : association.getEvents()) {
      last = max(last, event.getLastDay());
    }
    for (GeneralAssembly assembly : association.getGeneralAssemblies()) {
      last = max(last, assembly.getDate());
    }
    for (Election election : association.getBoard().getElections()) {
      last = max(last, election.getDate());
    }
    return last;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
