package de.nextnetz.domain.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cells as German and English Excel and LibreOffice save them. The amounts and days are checked
 * against the JDK's own formatters of German and US English (DecimalFormat, DateTimeFormatter),
 * which nobody here wrote: what they write, the reader reads back.
 */
class SheetValuesTest {

  private static Money amount(String text) {
    List<TableProblem> problems = new ArrayList<>();
    Money money = SheetValues.amount("Jahresbeitrag", text, "Währung", "", problems);
    assertThat(problems).as(text).isEmpty();
    return java.util.Objects.requireNonNull(money, text);
  }

  private static TableProblem.What refused(String text) {
    List<TableProblem> problems = new ArrayList<>();
    assertThat(SheetValues.amount("Jahresbeitrag", text, "Währung", "", problems)).as(text).isNull();
    assertThat(problems).as(text).hasSize(1);
    return problems.get(0).what();
  }

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "60|60.00|EUR", "60,00|60.00|EUR", "60.5|60.50|EUR", "1.000,00|1000.00|EUR", "1,000.00|1000.00|EUR",
      "60,00 €|60.00|EUR", "€60.00|60.00|EUR", "1.000,00\u00A0€|1000.00|EUR", "EUR 1.200,50|1200.50|EUR",
      "60.00 CHF|60.00|CHF", "1.000.000|1000000.00|EUR", "1,000,000|1000000.00|EUR", "0,5|0.50|EUR", "-12,30|-12.30|EUR"})
  @DisplayName("Amounts as German and English spreadsheets write them: grouping, decimal comma or point, € or a code")
  void amounts_of_both_languages(String text, String amount, String currency) {
    assertThat(amount(text)).isEqualTo(Money.of(new BigDecimal(amount), java.util.Currency.getInstance(currency)));
  }

  @Test
  @DisplayName("A single separator before three digits may be a thousand or a decimal, and is refused, not guessed")
  void an_ambiguous_amount_is_refused() {
    assertThat(refused("1.000")).isEqualTo(TableProblem.What.AMOUNT_AMBIGUOUS);
    assertThat(refused("1,000")).isEqualTo(TableProblem.What.AMOUNT_AMBIGUOUS);
    assertThat(refused("60,001")).isEqualTo(TableProblem.What.AMOUNT_AMBIGUOUS);
    assertThat(refused("60,0001")).isEqualTo(TableProblem.What.AMOUNT);
    assertThat(refused("1.00.0,00")).isEqualTo(TableProblem.What.AMOUNT);
    assertThat(refused("sechzig")).isEqualTo(TableProblem.What.AMOUNT);
    assertThat(refused("60 XYZ")).isEqualTo(TableProblem.What.CURRENCY);
    List<TableProblem> problems = new ArrayList<>();
    assertThat(SheetValues.amount("Jahresbeitrag", "60,00 €", "Währung", "USD", problems)).isNull();
    assertThat(problems).containsExactly(new TableProblem("Währung", "USD", TableProblem.What.CURRENCY));
  }

  @Test
  @DisplayName("20,000 amounts written by the JDK's German and US number formats (with grouping) read back as written")
  void amounts_agree_with_the_jdks_number_formats() {
    Random random = new Random(29);
    NumberFormat german = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    NumberFormat english = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    NumberFormat plainGerman = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    for (int i = 0; i < 20_000; i++) {
      long cents = random.nextInt(4) == 0 ? random.nextInt(100_000) : (long) (random.nextDouble() * 1e13);
      BigDecimal value = BigDecimal.valueOf(cents, 2);
      Money expected = Money.ofCents(cents, Money.EUR);
      assertThat(amount(german.format(value))).isEqualTo(expected);
      assertThat(amount(english.format(value))).isEqualTo(expected);
      assertThat(amount(german.format(value) + " €")).isEqualTo(expected);
      String plain = plainGerman.format(value);
      if (!plain.matches("[1-9]\\d{0,2},\\d{3}")) {
        assertThat(amount(plain)).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"2024-11-21,2024-11-21", "21.11.2024,2024-11-21", "2.6.2025,2025-06-02", "04.06.25,2025-06-04",
      "03.03.99,1999-03-03", "31.12.29,2029-12-31", "01.01.30,1930-01-01", "21/11/2024,2024-11-21", "11/21/2024,2024-11-21",
      "6/6/2025,2025-06-06"})
  @DisplayName("Days as German and English spreadsheets write them; two-digit years in Excel's window 1930–2029")
  void days_of_both_languages(String text, LocalDate day) {
    List<TableProblem> problems = new ArrayList<>();
    assertThat(SheetValues.day("Beginn", text, SheetValues.SlashOrder.UNKNOWN, problems)).isEqualTo(day);
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("A day with slashes is read in the order the file shows, and refused where no day of the file shows it")
  void the_file_decides_the_order_of_day_and_month() {
    assertThat(SheetValues.slashOrder(List.of("02/06/2025", "25/12/2025"))).isEqualTo(SheetValues.SlashOrder.DAY_FIRST);
    assertThat(SheetValues.slashOrder(List.of("02/06/2025", "12/25/2025"))).isEqualTo(SheetValues.SlashOrder.MONTH_FIRST);
    assertThat(SheetValues.slashOrder(List.of("02/06/2025", "13/01/2025", "01/13/2025")))
        .isEqualTo(SheetValues.SlashOrder.UNKNOWN);
    List<TableProblem> problems = new ArrayList<>();
    assertThat(SheetValues.day("Beginn", "02/06/2025", SheetValues.SlashOrder.DAY_FIRST, problems))
        .isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(SheetValues.day("Beginn", "02/06/2025", SheetValues.SlashOrder.MONTH_FIRST, problems))
        .isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(problems).isEmpty();
    assertThat(SheetValues.day("Beginn", "02/06/2025", SheetValues.SlashOrder.UNKNOWN, problems)).isNull();
    assertThat(SheetValues.day("Beginn", "30.02.2025", SheetValues.SlashOrder.UNKNOWN, problems)).isNull();
    assertThat(SheetValues.day("Beginn", "morgen", SheetValues.SlashOrder.UNKNOWN, problems)).isNull();
    assertThat(problems).extracting(TableProblem::what).containsExactly(TableProblem.What.DAY_AMBIGUOUS,
        TableProblem.What.DAY, TableProblem.What.DAY);
  }

  @Test
  @DisplayName("Every day from 1930 to 2029 written by the JDK's German and US short and long patterns reads back")
  void days_agree_with_the_jdks_formatters() {
    List<DateTimeFormatter> german = List.of(DateTimeFormatter.ofPattern("dd.MM.uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ofPattern("dd.MM.uu"));
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/uuuu");
    DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    List<String> usDays = new ArrayList<>();
    List<String> ukDays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(1930, 1, 1); day.getYear() < 2030; day = day.plusDays(1)) {
      for (DateTimeFormatter pattern : german) {
        List<TableProblem> problems = new ArrayList<>();
        assertThat(SheetValues.day("Beginn", day.format(pattern), SheetValues.SlashOrder.UNKNOWN, problems)).isEqualTo(day);
      }
      assertThat(SheetValues.day("Beginn", day.toString(), SheetValues.SlashOrder.UNKNOWN, new ArrayList<>())).isEqualTo(day);
      usDays.add(day.format(us));
      ukDays.add(day.format(uk));
    }
    SheetValues.SlashOrder usOrder = SheetValues.slashOrder(usDays);
    SheetValues.SlashOrder ukOrder = SheetValues.slashOrder(ukDays);
    assertThat(usOrder).isEqualTo(SheetValues.SlashOrder.MONTH_FIRST);
    assertThat(ukOrder).isEqualTo(SheetValues.SlashOrder.DAY_FIRST);
    LocalDate day = LocalDate.of(1930, 1, 1);
    for (int i = 0; i < usDays.size(); i++, day = day.plusDays(1)) {
      assertThat(SheetValues.day("Beginn", usDays.get(i), usOrder, new ArrayList<>())).isEqualTo(day);
      assertThat(SheetValues.day("Beginn", ukDays.get(i), ukOrder, new ArrayList<>())).isEqualTo(day);
    }
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"WAHR,true", "FALSCH,false", "TRUE,true", "False,false", "ja,true", "Nein,false", "yes,true", "1,true",
      "0,false", "'',false"})
  @DisplayName("Yes and no as German and English Excel and LibreOffice write their truth values, and as people do")
  void yes_and_no(String text, boolean value) {
    List<TableProblem> problems = new ArrayList<>();
    assertThat(SheetValues.yesNo("Gründungsmitglied", text, problems)).isEqualTo(value);
    assertThat(problems).isEmpty();
    assertThat(SheetValues.yesNo("Gründungsmitglied", "vielleicht", problems)).isNull();
    assertThat(problems).containsExactly(new TableProblem("Gründungsmitglied", "vielleicht", TableProblem.What.YES_NO));
    assertThat(SheetValues.yesNo(value, Locale.GERMAN)).isEqualTo(value ? "WAHR" : "FALSCH");
    assertThat(SheetValues.yesNo(value, Locale.ENGLISH)).isEqualTo(value ? "TRUE" : "FALSE");
  }
}
