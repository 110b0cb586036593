package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every board election is filed with the register: the law sets no deadline, the rule takes 30 days
 * unless configured, and states that deadline while it lies ahead; a WARNING once it has passed
 * without a filing (third parties may rely on the old entry, § 68 BGB). An association that records
 * no register filings at all leaves the rule undecided.
 */
public final class BoardChangeNotFiled extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 67 Abs. 1 BGB", "Jede Änderung des Vorstands ist von dem Vorstand zur Eintragung anzumelden.");

  /** The id {@code BOARD_CHANGE_NOT_FILED}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("BOARD_CHANGE_NOT_FILED", Severity.WARNING, CITATION);

  private final Period filingWithin;

  /** Creates the rule with 30 days to file. */
  public BoardChangeNotFiled() {
    this(Period.ofDays(30));
  }

  /**
   * Creates the rule.
   *
   * @param filingWithin the time to file, counted from the election
   * @throws IllegalArgumentException if the time is not positive
   */
  public BoardChangeNotFiled(Period filingWithin) {
    super(DEFINITION);
    if (filingWithin.isNegative() || filingWithin.isZero()) {
      throw new IllegalArgumentException("the time to file must be positive, but was " + filingWithin);
    }
    this.filingWithin = filingWithin;
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    List<Election> elections = association.getBoard().getElections();
    for (int i = 0; i < elections.size(); i++) {
      Election election = elections.get(i);
      if (election.getDate().isAfter(context.asOf())) {
        continue;
      }
      if (association.getRegisterFilings().isEmpty()) {
        outcome.missing("/registerFilings");
        break;
      }
      outcome.checked();
      LocalDate dueBy = Periods.endCountedFromEvent(election.getDate(), filingWithin);
      Optional<LocalDate> filed = association.getRegisterFilings().stream()
          .filter(filing -> filing.getKind() == RegisterFilingKind.BOARD_CHANGE
              && filing.getElectionDate().equals(Optional.of(election.getDate())))
          .flatMap(filing -> filing.getFiledOn().stream())
          .min(LocalDate::compareTo);
      String path = Pointer.to("board", "elections", i);
      if (filed.isPresent() && !filed.get().isAfter(dueBy)) {
        continue;
      }
      if (context.asOf().isAfter(dueBy)) {
        outcome.add(Finding.builder(this, path)
            .fact("elected", election.getDate())
            .fact("dueBy", dueBy)
            .fact("filedOn", filed)
            .dueDate(dueBy)
            .build());
      } else {
        outcome.deadline(Deadline.of(this, path, dueBy, Message.builtIn("deadline.BOARD_CHANGE_NOT_FILED",
            Map.of("elected", election.getDate())), context.asOf()));
      }
    }
    return outcome.build();
  }
}
