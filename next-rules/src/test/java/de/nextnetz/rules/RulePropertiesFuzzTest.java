package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.ImmutableApplication;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.testing.Generators;
import org.junit.jupiter.api.AfterAll;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.base.MembershipKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

class RulePropertiesFuzzTest {

  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();

  /** What a finding says, independent of the index of its subject in a list. */
  private static List<String> gist(CheckReport report) {
    List<String> gist = new ArrayList<>();
    for (Finding finding : report.findings()) {
      gist.add(finding.severity() + " " + finding.ruleId() + " " + finding.message(Locale.ENGLISH)
          + " " + finding.facts() + " " + finding.dueDate());
    }
    Collections.sort(gist);
    return gist;
  }

  private static boolean idsUnique(Association association) {
    HashSet<String> members = new HashSet<>();
    HashSet<String> applications = new HashSet<>();
    HashSet<String> communities = new HashSet<>();
    return association.getMembers().stream().allMatch(m -> members.add(m.getId()))
        && association.getApplications().stream().allMatch(a -> applications.add(a.getId()))
        && association.getCommunities().stream().allMatch(c -> communities.add(c.getId()));
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** A check is deterministic and does not depend on the order of any collection. */
  @FuzzTest
  void a_check_is_deterministic_and_independent_of_order(FuzzedDataProvider data) {
    Reach.tried("a_check_is_deterministic_and_independent_of_order");
    Generators generate = new Generators(data);
    Association association = generate.association();
    LocalDate asOf = generate.date().plusYears(1);
    if (!idsUnique(association) || association.getStatute().versionOn(asOf).isEmpty()) {
      return;
    }
    Random random = new Random(data.consumeLong());
    ImmutableAssociation copy = ImmutableAssociation.copyOf(association);
    Association reordered = copy
        .withMembers(shuffled(copy.getMembers(), random))
        .withApplications(shuffled(copy.getApplications(), random))
        .withCommunities(shuffled(copy.getCommunities(), random))
        .withEvents(shuffled(copy.getEvents(), random))
        .withGeneralAssemblies(shuffled(copy.getGeneralAssemblies(), random))
        .withBoard(ImmutableBoard.copyOf(copy.getBoard())
            .withSeats(shuffled(copy.getBoard().getSeats(), random))
            .withElections(shuffled(copy.getBoard().getElections(), random)));

    Reach.reached("a_check_is_deterministic_and_independent_of_order");
    CheckReport first = ENGINE.check(association, asOf);
    assertThat(ENGINE.check(association, asOf).findings()).isEqualTo(first.findings());
    assertThat(gist(ENGINE.check(reordered, asOf))).isEqualTo(gist(first));
  }

  /** A later valid election never adds BOARD_ELECTION_OVERDUE. */
  @FuzzTest
  void a_later_election_never_adds_an_overdue_election(FuzzedDataProvider data) {
    Reach.tried("a_later_election_never_adds_an_overdue_election");
    Generators generate = new Generators(data);
    Association association = generate.association();
    LocalDate asOf = generate.date().plusYears(1);
    if (association.getStatute().versionOn(asOf).isEmpty()) {
      return;
    }
    LocalDate later = association.getBoard().getLastElection().map(Election::getDate).orElse(generate.date())
        .plusDays(data.consumeInt(0, 2000));
    Association reElected = ImmutableAssociation.copyOf(association).withBoard(
        Board.builder().from(association.getBoard()).addElection(Election.on(later)).build());

    Reach.reached("a_later_election_never_adds_an_overdue_election");
    assertThat(overdue(reElected, asOf)).isLessThanOrEqualTo(overdue(association, asOf));
  }

  private static long overdue(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf).findings().stream()
        .filter(f -> f.ruleId().equals(RuleId.of("BOARD_ELECTION_OVERDUE"))).count();
  }

  /**
   * One more distinct eligible reviewer never adds MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT. The
   * reviewer is made eligible by construction (a founding member from before the application, who
   * reviews on the day of the application), so that nearly every input reaches the assertion.
   */
  @FuzzTest
  void one_more_eligible_reviewer_never_adds_a_finding(FuzzedDataProvider data) {
    Reach.tried("one_more_eligible_reviewer_never_adds_a_finding");
    Generators generate = new Generators(data);
    Association association = generate.association();
    if (association.getApplications().isEmpty()) {
      return;
    }
    int target = data.consumeInt(0, association.getApplications().size() - 1);
    Application application = association.getApplications().get(target);
    LocalDate asOf = application.getDate().plusDays(data.consumeInt(0, 3000));
    LocalDate validFrom = association.getStatute().getVersions().get(0).getValidFrom();
    if (asOf.isBefore(validFrom)) {
      asOf = validFrom;
    }
    Member reviewer = Member.builder().id("REVIEWER-ADDED").kind(MembershipKind.PERSONAL)
        .person(Person.of("reviewer-added", "Added Reviewer")).founding(true)
        .start(application.getDate().minusDays(data.consumeInt(0, 400))).build();
    Association withReviewer = ImmutableAssociation.copyOf(association).withMembers(append(association.getMembers(), reviewer));
    List<Application> applications = new ArrayList<>(association.getApplications());
    applications.set(target, ImmutableApplication.copyOf(application)
        .withReviews(append(application.getReviews(), Review.of(reviewer.getId(), application.getDate()))));
    Association reviewed = ImmutableAssociation.copyOf(withReviewer).withApplications(applications);

    Reach.reached("one_more_eligible_reviewer_never_adds_a_finding");
    assertThat(insufficient(reviewed, asOf)).isLessThanOrEqualTo(insufficient(withReviewer, asOf));
  }

  @AfterAll
  static void report() {
    Reach.report(0.5, "a_check_is_deterministic_and_independent_of_order",
        "a_later_election_never_adds_an_overdue_election", "one_more_eligible_reviewer_never_adds_a_finding");
  }

  private static <T> List<T> append(List<T> items, T item) {
    List<T> more = new ArrayList<>(items);
    more.add(item);
    return more;
  }

  private static long insufficient(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf).findings().stream()
        .filter(f -> f.ruleId().equals(RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"))).count();
  }
}
