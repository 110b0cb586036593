package de.nextnetz.rules.deadlines;

import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.RuleId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that is due by a day: what (a message), by when, where in the association, under
 * which rule and clause, and whether the day has already passed.
 */
public final class Deadline {

  private final LocalDate dueBy;
  private final RuleId ruleId;
  private final Citation citation;
  private final String path;
  private final Message message;
  private final boolean overdue;

  Deadline(LocalDate dueBy, RuleId ruleId, Citation citation, String path, Message message, boolean overdue) {
    this.dueBy = dueBy;
    this.ruleId = ruleId;
    this.citation = citation;
    this.path = path;
    this.message = message;
    this.overdue = overdue;
  }

  /** {@return the last day on which it is in time} */
  public LocalDate getDueBy() {
    return dueBy;
  }

  /** {@return the rule the deadline comes from} */
  public RuleId getRuleId() {
    return ruleId;
  }

  /** {@return the clause behind the deadline} */
  public Citation getCitation() {
    return citation;
  }

  /** {@return where in the association, as a JSON Pointer} */
  public String getPath() {
    return path;
  }

  /** {@return what is due} */
  public Message getMessage() {
    return message;
  }

  /**
   * Renders what is due.
   *
   * @param locale the language
   * @return the text
   */
  public String getMessage(Locale locale) {
    return message.render(locale);
  }

  /** {@return whether the day had passed before the start of the listing} */
  public boolean isOverdue() {
    return overdue;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deadline that && that.dueBy.equals(dueBy) && that.ruleId.equals(ruleId)
        && that.path.equals(path) && that.message.equals(message) && that.overdue == overdue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dueBy, ruleId, path, message, overdue);
  }

  /** {@return e.g. {@code "2026-11-21 BOARD_ELECTION_OVERDUE: …"}} */
  @Override
  public String toString() {
    return dueBy + (overdue ? " (overdue) " : " ") + ruleId + ": " + message.render(Locale.ENGLISH);
  }
}
