package de.nextnetz.domain.base;

/**
 * What is wrong with one cell of a table line: the column as the file's header names it, the
 * cell's text and the kind of problem. A presenter words it in the user's language from {@link
 * #what()}; {@link #toString()} is the English text for developers and logs.
 *
 * @param column the column's name as the header writes it, e.g. {@code Beginn}
 * @param value the cell's text as written (may be empty)
 * @param what what is wrong
 */
public record TableProblem(String column, String value, What what) {

  /** The kinds of problem a table cell can have. */
  public enum What {
    /** An identifier of other characters than letters, digits, '.', '_' and '-', or too long. */
    ID("must be letters, digits, '.', '_' or '-' (at most 64)"),
    /** An empty cell where a value is needed. */
    EMPTY("must not be empty"),
    /** An unknown membership kind. */
    MEMBERSHIP_KIND("must be persönlich, institutionell or assoziiert (personal, institutional, associated)"),
    /** An unknown kind of organisation. */
    ORGANISATION_KIND("must be a kind of organisation such as Kommune, Behörde or Verein"),
    /** No day in a form the table reader knows. */
    DAY("must be a day such as 21.11.2024, 21.11.24 or 2024-11-21"),
    /**
     * A day written with slashes whose order of day and month the file does not tell (every such day
     * of the file has both at most 12, or the file has both orders).
     */
    DAY_AMBIGUOUS("may be day/month or month/day; write it as 21.11.2024 or 2024-11-21"),
    /** A last day before the first. */
    END_BEFORE_START("lies before the first day"),
    /** Neither yes nor no. */
    YES_NO("must be ja or nein (WAHR, FALSCH, true, false)"),
    /** No amount, or more than two decimals. */
    AMOUNT("must be an amount with at most two decimals, such as 1.000,00, 60,00 € or 60.00"),
    /** An amount whose single separator may be one of thousands or the decimal one. */
    AMOUNT_AMBIGUOUS("may be a thousand or a decimal; write 1000, 1.000,00 or 1,000.00"),
    /** No ISO 4217 currency code, or one the amount's symbol contradicts. */
    CURRENCY("must be a currency code such as EUR"),
    /** A whole number was expected. */
    NUMBER("must be a whole number from 1"),
    /** An unknown way of meeting. */
    MODE("must be virtuell, Präsenz or hybrid (virtual, in person)"),
    /** An unknown event format. */
    FORMAT("is no event format of the association"),
    /** No community of that name or alias. */
    COMMUNITY("is no community of the association"),
    /**
     * A line without the columns of its layout: {@link #column()} names them, {@link #value()} is the
     * number of cells found.
     */
    COLUMNS("the line does not have the columns");

    private final String english;

    What(String english) {
      this.english = english;
    }

    /** {@return the English description, e.g. "must not be empty"} */
    public String english() {
      return english;
    }
  }

  /** {@return e.g. {@code Beginn "30.02.2025" must be a day such as 21.11.2024, …}} */
  @Override
  public String toString() {
    if (what == What.COLUMNS) {
      return what.english() + " " + column + " (" + value + " cells)";
    }
    return column + " \"" + Echo.shorten(value) + "\" " + what.english();
  }
}
