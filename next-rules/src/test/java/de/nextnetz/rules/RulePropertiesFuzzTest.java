package de.nextnetz.rules;

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
import de.nextnetz.rules.admission.MemberAdmissionReviewersInsufficient;
import de.nextnetz.rules.board.BoardElectionOverdue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

class RulePropertiesFuzzTest {

  private static final RuleEngine<Association> ENGINE = RuleEngine.builtIn();

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

    CheckReport first = ENGINE.check(association, asOf);
    assertThat(ENGINE.check(association, asOf).findings()).isEqualTo(first.findings());
    assertThat(gist(ENGINE.check(reordered, asOf))).isEqualTo(gist(first));
  }

  /** A later valid election never adds BOARD_ELECTION_OVERDUE. */
  @FuzzTest
  void a_later_election_never_adds_an_overdue_election(FuzzedDataProvider data) {
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

    assertThat(overdue(reElected, asOf)).isLessThanOrEqualTo(overdue(association, asOf));
  }

  private static long overdue(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf).findings().stream()
        .filter(f -> f.ruleId().equals(BoardElectionOverdue.ID)).count();
  }

  /** One more distinct eligible reviewer never adds MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT. */
  @FuzzTest
  void one_more_eligible_reviewer_never_adds_a_finding(FuzzedDataProvider data) {
    Generators generate = new Generators(data);
    Association association = generate.association();
    LocalDate asOf = generate.date().plusYears(1);
    if (association.getApplications().isEmpty() || association.getMembers().isEmpty()
        || association.getStatute().versionOn(asOf).isEmpty()) {
      return;
    }
    int target = data.consumeInt(0, association.getApplications().size() - 1);
    Application application = association.getApplications().get(target);
    Member reviewer = association.getMembers().get(data.consumeInt(0, association.getMembers().size() - 1));
    LocalDate day = application.getDate().isAfter(reviewer.getStart()) ? application.getDate() : reviewer.getStart();
    boolean eligible = reviewer.isMemberOn(day) && !day.isAfter(asOf)
        && application.getMemberId().map(id -> !id.equals(reviewer.getId())).orElse(true)
        && association.findMember(reviewer.getId()).filter(reviewer::equals).isPresent();
    if (!eligible) {
      return;
    }
    List<Application> applications = new ArrayList<>(association.getApplications());
    applications.set(target, ImmutableApplication.copyOf(application)
        .withReviews(append(application.getReviews(), Review.of(reviewer.getId(), day))));
    Association reviewed = ImmutableAssociation.copyOf(association).withApplications(applications);

    assertThat(insufficient(reviewed, asOf)).isLessThanOrEqualTo(insufficient(association, asOf));
  }

  private static List<Review> append(List<Review> reviews, Review review) {
    List<Review> more = new ArrayList<>(reviews);
    more.add(review);
    return more;
  }

  private static long insufficient(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf).findings().stream()
        .filter(f -> f.ruleId().equals(MemberAdmissionReviewersInsufficient.ID)).count();
  }
}
