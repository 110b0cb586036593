package de.nextnetz.domain.base;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of spreadsheet cells as German and English Excel and LibreOffice save them as CSV,
 * read without guessing: days ({@code 2024-11-21}, {@code 21.11.2024}, {@code 2.6.2025}, {@code
 * 04.06.25}, {@code 6/2/2025}), amounts ({@code 1.000,00}, {@code 1,000.00}, {@code 60,00 €},
 * {@code EUR 60.00}) and yes or no ({@code WAHR}/{@code FALSCH}, {@code TRUE}/{@code FALSE},
 * {@code ja}/{@code nein}). Where a cell may mean two things (a day {@code 02/06/2025} in a file
 * that never shows its order of day and month, an amount {@code 1.000} that may be a thousand or
 * one), it is refused with a problem saying so, never read one way silently.
 *
 * <p>Two-digit years follow Excel's and LibreOffice's default window: {@code 30}–{@code 99} are
 * 1930–1999, {@code 00}–{@code 29} are 2000–2029.
 */
public final class SheetValues {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private SheetValues() {}

  /** Which of the first two numbers of a day written with slashes is the day, as a whole file shows it. */
  public enum SlashOrder {
    /** {@code 21/11/2024}: day, month, year (English outside the US). */
    DAY_FIRST,
    /** {@code 11/21/2024}: month, day, year (US English, the default of Excel and LibreOffice in English). */
    MONTH_FIRST,
    /** The file has no day that tells, or has days of both orders: only days the order does not change are read. */
    UNKNOWN
  }

  /**
   * The order of day and month that the slash-written days of a file show: a first number above 12
   * tells day first, a second above 12 month first; a file showing both, or neither, is {@link
   * SlashOrder#UNKNOWN}.
   *
   * @param cells every day cell of the file (other forms are ignored)
   * @return the order
   */
  public static SlashOrder slashOrder(List<String> cells) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    for (String cell : cells) {
      Matcher slashed = SLASHED.matcher(cell.strip());
      if (slashed.matches()) {
        dayFirst |= Integer.parseInt(slashed.group(1)) > 12;
        monthFirst |= Integer.parseInt(slashed.group(2)) > 12;
      }
    }
    return dayFirst == monthFirst ? SlashOrder.UNKNOWN : dayFirst ? SlashOrder.DAY_FIRST : SlashOrder.MONTH_FIRST;
  }

  /**
   * Reads a day.
   *
   * @param column the column's name as the header writes it, for the problem
   * @param text the cell
   * @param order the file's order of slash-written days ({@link #slashOrder})
   * @param problems where a problem goes ({@link TableProblem.What#DAY} or {@link
   *     TableProblem.What#DAY_AMBIGUOUS})
   * @return the day, or null with a problem added
   */
  public static @Nullable LocalDate day(String column, String text, SlashOrder order, List<TableProblem> problems) {
    String cell = text.strip();
    Matcher iso = ISO.matcher(cell);
    Matcher dotted = DOTTED.matcher(cell);
    Matcher slashed = SLASHED.matcher(cell);
    try {
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      if (dotted.matches()) {
        return LocalDate.of(year(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)));
      }
      if (slashed.matches()) {
        int first = Integer.parseInt(slashed.group(1));
        int second = Integer.parseInt(slashed.group(2));
        boolean dayFirst = first > 12 || (second <= 12 && order == SlashOrder.DAY_FIRST);
        boolean monthFirst = second > 12 || (first <= 12 && order == SlashOrder.MONTH_FIRST);
        if (dayFirst == monthFirst && first != second) {
          problems.add(new TableProblem(column, text, TableProblem.What.DAY_AMBIGUOUS));
          return null;
        }
        return dayFirst ? LocalDate.of(year(slashed.group(3)), second, first)
            : LocalDate.of(year(slashed.group(3)), first, second);
      }
    } catch (DateTimeException noSuchDay) {
      // 30.02.2025: the form of a day, but no day; reported below.
    }
    problems.add(new TableProblem(column, text, TableProblem.What.DAY));
    return null;
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() == 4 ? year : year >= 30 ? 1900 + year : 2000 + year;
  }

  /**
   * Reads yes or no: {@code ja}, {@code WAHR}, {@code true}, {@code yes}, {@code 1} or {@code nein},
   * {@code FALSCH}, {@code false}, {@code no}, {@code 0}, in any case; an empty cell is no.
   *
   * @param column the column's name as the header writes it, for the problem
   * @param text the cell
   * @param problems where a {@link TableProblem.What#YES_NO} goes
   * @return the value, or null with a problem added
   */
  public static @Nullable Boolean yesNo(String column, String text, List<TableProblem> problems) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "ja", "wahr", "true", "yes", "1" -> {
        return Boolean.TRUE;
      }
      case "", "nein", "falsch", "false", "no", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        problems.add(new TableProblem(column, text, TableProblem.What.YES_NO));
        return null;
      }
    }
  }

  /**
   * The word for yes or no that the spreadsheet programs of the language read as their own truth
   * value: {@code WAHR}/{@code FALSCH} in German, {@code TRUE}/{@code FALSE} otherwise.
   *
   * @param value the value
   * @param locale the language
   * @return the word
   */
  public static String yesNo(boolean value, Locale locale) {
    return locale.getLanguage().equals("de") ? (value ? "WAHR" : "FALSCH") : (value ? "TRUE" : "FALSE");
  }

  /**
   * Reads an amount: digits with a decimal comma or point and, where the other one groups
   * thousands, that one too ({@code 1.000,00}, {@code 1,000.00}); a euro sign or an ISO code before
   * or after it ({@code 60,00 €}, {@code EUR 60.00}). A single separator followed by exactly three
   * digits ({@code 1.000}, {@code 1,000}) may be either and is refused.
   *
   * @param amountColumn the amount column's name as the header writes it
   * @param text the amount cell (empty: no amount)
   * @param currencyColumn the currency column's name as the header writes it
   * @param currencyCell the currency cell, empty if the file has none (then the amount's own sign or
   *     code, else EUR)
   * @param problems where a problem goes
   * @return the amount, or null if the cell is empty or with a problem added
   */
  public static @Nullable Money amount(String amountColumn, String text, String currencyColumn, String currencyCell,
      List<TableProblem> problems) {
    String cell = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
    if (cell.isEmpty()) {
      return null;
    }
    String code = null;
    if (cell.startsWith("€") || cell.endsWith("€")) {
      code = "EUR";
      cell = cell.startsWith("€") ? cell.substring(1) : cell.substring(0, cell.length() - 1);
    } else if (cell.length() > 3 && CODE.matcher(cell.substring(0, 3)).matches()) {
      code = cell.substring(0, 3);
      cell = cell.substring(3);
    } else if (cell.length() > 3 && CODE.matcher(cell.substring(cell.length() - 3)).matches()) {
      code = cell.substring(cell.length() - 3);
      cell = cell.substring(0, cell.length() - 3);
    }
    cell = cell.strip();
    String currency = currencyCell.strip();
    Currency unit = null;
    try {
      if (!currency.isEmpty() && code != null && !code.equals(currency)) {
        problems.add(new TableProblem(currencyColumn, currencyCell, TableProblem.What.CURRENCY));
        return null;
      }
      unit = Currency.getInstance(!currency.isEmpty() ? currency : code != null ? code : "EUR");
    } catch (IllegalArgumentException unknown) {
      problems.add(new TableProblem(currency.isEmpty() ? amountColumn : currencyColumn,
          currency.isEmpty() ? text : currencyCell, TableProblem.What.CURRENCY));
      return null;
    }
    String plain = decimal(cell);
    if (plain == null) {
      problems.add(new TableProblem(amountColumn, text, TableProblem.What.AMOUNT));
      return null;
    }
    if (plain.equals("?")) {
      problems.add(new TableProblem(amountColumn, text, TableProblem.What.AMOUNT_AMBIGUOUS));
      return null;
    }
    try {
      return Money.of(new BigDecimal(plain), unit);
    } catch (IllegalArgumentException notAnAmount) {
      problems.add(new TableProblem(amountColumn, text, TableProblem.What.AMOUNT));
      return null;
    }
  }

  /** The number in plain form ({@code -1000.5}), {@code "?"} if ambiguous, null if none. */
  private static @Nullable String decimal(String text) {
    String sign = text.startsWith("-") ? "-" : "";
    String number = text.substring(sign.length());
    int point = number.lastIndexOf('.');
    int comma = number.lastIndexOf(',');
    if (!number.matches("[0-9.,]+") || !Character.isDigit(number.charAt(0))) {
      return null;
    }
    if (point >= 0 && comma >= 0) {
      char decimal = point > comma ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      String quotedGroup = Pattern.quote(String.valueOf(group));
      if (!number.matches("\\d{1,3}(" + quotedGroup + "\\d{3})*" + Pattern.quote(String.valueOf(decimal)) + "\\d+")) {
        return null;
      }
      return sign + number.replace(String.valueOf(group), "").replace(decimal, '.');
    }
    if (point < 0 && comma < 0) {
      return sign + number;
    }
    char separator = point >= 0 ? '.' : ',';
    String quoted = Pattern.quote(String.valueOf(separator));
    long count = number.chars().filter(c -> c == separator).count();
    if (count > 1) {
      return number.matches("\\d{1,3}(" + quoted + "\\d{3})+") ? sign + number.replace(String.valueOf(separator), "") : null;
    }
    if (number.matches("[1-9]\\d{0,2}" + quoted + "\\d{3}")) {
      return "?";
    }
    return number.matches("\\d+" + quoted + "\\d+") ? sign + number.replace(separator, '.') : null;
  }
}
