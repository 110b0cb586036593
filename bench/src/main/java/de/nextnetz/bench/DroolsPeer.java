package de.nextnetz.bench;

import de.nextnetz.bench.drools.ApplicationFact;
import de.nextnetz.bench.drools.CheckDay;
import de.nextnetz.bench.drools.ElectionFact;
import de.nextnetz.bench.drools.MemberFact;
import de.nextnetz.bench.drools.ReviewFact;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The two peer rules in Drools 10 (executable model), run in a stateless session over flat facts.
 * The rules are compiled once, outside any measurement; turning the association into facts is part
 * of each check, as it would be for a user of Drools.
 */
public final class DroolsPeer {

  /** The rules, in DRL. */
  public static final String DRL = """
      package de.nextnetz.bench.drools;

      global java.util.Set insufficient;
      global java.util.List overdue;

      rule "MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"
      when
        CheckDay( $asOf : day )
        $a : ApplicationFact( approvedDay <= $asOf )
        $set : java.util.Set( size < 2 ) from accumulate(
            ReviewFact( applicationId == $a.id, $r : reviewerId, $d : day, day >= $a.appliedDay, day <= $asOf,
                        reviewerId != $a.applicantId )
            and MemberFact( id == $r, start <= $d, end >= $d ),
            collectSet( $r ) )
      then
        insufficient.add( $a.getId() );
      end

      rule "BOARD_ELECTION_OVERDUE"
      when
        CheckDay( $asOf : day )
        $last : Number( longValue >= 0 ) from accumulate( ElectionFact( day <= $asOf, $e : day ), max( $e ) )
        eval( java.time.LocalDate.ofEpochDay( $last.longValue() ).plusYears( 2 ).toEpochDay() < $asOf )
      then
        overdue.add( "board" );
      end
      """;

  private final StatelessKieSession session;
  private final KieCommands commands;

  /**
   * Compiles the rules.
   *
   * @throws IllegalStateException if the rules do not compile
   */
  public DroolsPeer() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/de/nextnetz/bench/drools/peers.drl", DRL);
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("the DRL does not compile: " + builder.getResults().getMessages());
    }
    KieBase base = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    this.session = base.newStatelessKieSession();
    this.commands = services.getCommands();
  }

  /**
   * Decides the two rules with Drools.
   *
   * @param association the association
   * @param asOf the day
   * @return the verdicts
   */
  @SuppressWarnings("unchecked")
  public Verdicts verdicts(Association association, LocalDate asOf) {
    StatuteVersion statute = association.getStatute().versionOn(asOf).orElseThrow();
    List<Object> facts = new ArrayList<>(association.getMembers().size() * 4);
    facts.add(new CheckDay(asOf.toEpochDay()));
    for (Election election : association.getBoard().getElections()) {
      facts.add(new ElectionFact(election.getDate().toEpochDay()));
    }
    for (Member member : association.getMembers()) {
      facts.add(new MemberFact(member.getId(), member.getStart().toEpochDay(),
          member.getEnd().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
    }
    for (Application application : association.getApplications()) {
      boolean approved = application.getDecision().filter(d -> d.getOutcome() == DecisionOutcome.APPROVED).isPresent()
          && statute.getAdmissionProcedureKinds().contains(application.getKind());
      facts.add(new ApplicationFact(application.getId(), application.getMemberId().orElse(""),
          application.getDate().toEpochDay(),
          approved ? application.getDecision().orElseThrow().getDate().toEpochDay() : Long.MAX_VALUE));
      for (Review review : application.getReviews()) {
        facts.add(new ReviewFact(application.getId(), review.getReviewerId(), review.getDate().toEpochDay()));
      }
    }
    Set<String> insufficient = new HashSet<>();
    List<String> overdue = new ArrayList<>();
    List<Command<?>> batch = List.of(
        commands.newSetGlobal("insufficient", insufficient, true),
        commands.newSetGlobal("overdue", overdue, true),
        commands.newInsertElements(facts));
    ExecutionResults results = session.execute(commands.newBatchExecution(batch));
    Set<String> found = (Set<String>) results.getValue("insufficient");
    List<String> late = (List<String>) results.getValue("overdue");
    return new Verdicts(!late.isEmpty(), found);
  }
}
