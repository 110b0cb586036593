package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.board.BoardChange;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Board;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Every change of the board in the sense of § 26 BGB is filed with the register (§ 67 Abs. 1 BGB): a person who
 * joins or leaves a representing seat, by election, co-option, resignation, removal or death, as the board's seats
 * over time record it ({@link Board#changes}); a re-election of the same persons without interruption is no
 * change. The BGB sets no period (the register court enforces the duty by Zwangsgeld, § 78 BGB): by default a
 * change without a recorded filing is a WARNING from its day on (third parties may rely on the old entry, § 68
 * BGB), and a filing on any later day fulfils the duty. A user who keeps a period of their own sets it
 * ({@code BuiltInRules.boardChangeNotFiled(period)}): the rule then states the deadline while it lies ahead and
 * warns after it, naming the period a convention. A document that records no filings at all, or whose seats do not
 * say who held a seat before a change, leaves the rule undecided.
 */
final class BoardChangeNotFiled extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 67 Abs. 1 BGB", "Jede Änderung des Vorstands ist von dem Vorstand zur Eintragung anzumelden.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("BOARD_CHANGE_NOT_FILED", Severity.WARNING, CITATION);

  private final Optional<Period> filingWithin;

  BoardChangeNotFiled() {
    super(DEFINITION);
    this.filingWithin = Optional.empty();
  }

  /**
   * Creates the rule with a period of the user's own (a convention, not law).
   *
   * @param filingWithin the time to file, counted from the change
   * @throws IllegalArgumentException if the time is not positive
   */
  BoardChangeNotFiled(Period filingWithin) {
    super(DEFINITION);
    if (filingWithin.isNegative() || filingWithin.isZero()) {
      throw new IllegalArgumentException("the time to file must be positive, but was " + filingWithin);
    }
    this.filingWithin = Optional.of(filingWithin);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    Board board = association.getBoard();
    LocalDate founded = association.getFoundingDate();
    LocalDate asOf = context.asOf();
    List<BoardSeat> seats = board.getSeats();
    boolean laterElection = board.getElections().stream()
        .anyMatch(election -> election.getDate().isAfter(founded) && !election.getDate().isAfter(asOf));
    for (int i = 0; i < seats.size(); i++) {
      BoardSeat seat = seats.get(i);
      if (board.represents(seat) && seat.getElectedOn().isEmpty() && laterElection) {
        outcome.missing(Pointer.to("board", "seats", i, "electedOn"));
      }
    }
    Map<LocalDate, List<BoardChange>> byDay = new LinkedHashMap<>();
    for (BoardChange change : board.changes(founded)) {
      if (change.day().isAfter(asOf)) {
        continue;
      }
      if (change.joined() && !board.recordsRoleOn(change.seat().getRole(), change.day().minusDays(1))) {
        // Who held the seat the day before is not on record: whether this was a change is unknown.
        outcome.missing(Pointer.to("board", "seats"));
        continue;
      }
      byDay.computeIfAbsent(change.day(), day -> new ArrayList<>()).add(change);
    }
    if (byDay.isEmpty()) {
      return outcome.checked().build();
    }
    if (association.getRegisterFilings().isEmpty()) {
      outcome.missing("/registerFilings");
      return outcome.build();
    }
    outcome.checked();
    byDay.forEach((day, changes) -> {
      Optional<LocalDate> filedOn = association.getRegisterFilings().stream()
          .filter(filing -> filing.getKind() == RegisterFilingKind.BOARD_CHANGE
              && filing.getElectionDate().equals(Optional.of(day)))
          .flatMap(filing -> filing.getFiledOn().stream())
          .filter(on -> !on.isAfter(asOf))
          .min(LocalDate::compareTo);
      String path = Pointer.to("board", "seats", seats.indexOf(changes.get(0).seat()));
      List<Message> described = changes.stream().map(BoardChangeNotFiled::describe).toList();
      if (filingWithin.isEmpty()) {
        // The law sets no period: any filing fulfils the duty.
        if (filedOn.isEmpty()) {
          outcome.add(Finding.builder(this, path).fact("changedOn", day).fact("changes", described).build());
        }
        return;
      }
      LocalDate dueBy = Periods.endCountedFromEvent(day, filingWithin.get());
      if (filedOn.isPresent() && !filedOn.get().isAfter(dueBy)) {
        return;
      }
      if (asOf.isAfter(dueBy)) {
        Finding.Builder finding = Finding.builder(this, path)
            .fact("changedOn", day)
            .fact("changes", described)
            .fact("filingWithin", filingWithin.get())
            .fact("dueBy", dueBy)
            .messageKey("BOARD_CHANGE_NOT_FILED.convention")
            .dueDate(dueBy);
        filedOn.ifPresent(on -> finding.fact("filedOn", on));
        outcome.add(finding.build());
      } else {
        outcome.deadline(Deadline.of(this, path, dueBy, Message.builtIn("deadline.BOARD_CHANGE_NOT_FILED",
            Map.of("changedOn", day, "changes", described)), asOf));
      }
    });
    return outcome.build();
  }

  private static Message describe(BoardChange change) {
    BoardSeat seat = change.seat();
    return change.joined()
        ? Message.builtIn("board.change.joined", Map.of("person", seat.getPerson().getDisplayName(), "role", seat.getRole()))
        : Message.builtIn("board.change.left", Map.of("person", seat.getPerson().getDisplayName(), "role", seat.getRole(),
            "reason", seat.getEndReason().<Object>map(reason -> reason).orElse(Message.builtIn("board.change.ended", Map.of()))));
  }
}
