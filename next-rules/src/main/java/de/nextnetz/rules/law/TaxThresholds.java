package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated amounts of the tax law (money-and-tax reference, section 1), one {@link TaxThreshold} row per period, so
 * every year is judged by the amount of its time: the timely-use exemption 45,000 EUR (2020–2025) and 100,000 EUR
 * (from 2026), the § 64 Abs. 3 AO limit 35,000 / 45,000 / 50,000 EUR, the allowances of § 3 Nr. 26 and 26a EStG,
 * the liability privilege of §§ 31a, 31b BGB, the simplified proof of § 50 Abs. 4 EStDV. Rows the reference marks
 * [verify] are unverified; a user corrects or adds rows with {@link #with}. A year without a row has no amount, and
 * the rules say so instead of guessing.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaxThresholds {

  private static final String JSTG_2020 = "JStG 2020 (BGBl. I 2020, 3096)";
  private static final String STAENDG_2025 = "Steueränderungsgesetz 2025";

  /** The table as the law stands on 1 December 2026. */
  public static final TaxThresholds DEFAULT = new TaxThresholds(List.of(
      row(ThresholdKind.TIMELY_USE_EXEMPTION, 2020, 2025, "45000.00",
          "§ 55 Abs. 1 Nr. 5 Satz 4 AO i. d. F. des " + JSTG_2020 + " (in force 29 Dec 2020)", true),
      row(ThresholdKind.TIMELY_USE_EXEMPTION, 2026, 9999, "100000.00",
          "§ 55 Abs. 1 Nr. 5 Satz 4 AO i. d. F. des " + STAENDG_2025 + ", Art. 5 Nr. 2", true),
      row(ThresholdKind.ECONOMIC_BUSINESS, 2007, 2019, "35000.00", "§ 64 Abs. 3 AO", true),
      row(ThresholdKind.ECONOMIC_BUSINESS, 2020, 2025, "45000.00", "§ 64 Abs. 3 AO i. d. F. des " + JSTG_2020, false),
      row(ThresholdKind.ECONOMIC_BUSINESS, 2026, 9999, "50000.00",
          "§ 64 Abs. 3 AO i. d. F. des " + STAENDG_2025 + ", Art. 5 Nr. 4", true),
      row(ThresholdKind.UEBUNGSLEITER, 2013, 2020, "2400.00", "§ 3 Nr. 26 EStG", true),
      row(ThresholdKind.UEBUNGSLEITER, 2021, 2025, "3000.00", "§ 3 Nr. 26 EStG i. d. F. des " + JSTG_2020, true),
      row(ThresholdKind.UEBUNGSLEITER, 2026, 9999, "3300.00", "§ 3 Nr. 26 EStG i. d. F. des " + STAENDG_2025, true),
      row(ThresholdKind.EHRENAMT, 2013, 2020, "720.00", "§ 3 Nr. 26a EStG", true),
      row(ThresholdKind.EHRENAMT, 2021, 2025, "840.00", "§ 3 Nr. 26a EStG i. d. F. des " + JSTG_2020, true),
      row(ThresholdKind.EHRENAMT, 2026, 9999, "960.00", "§ 3 Nr. 26a EStG i. d. F. des " + STAENDG_2025, true),
      row(ThresholdKind.LIABILITY_PRIVILEGE, 2013, 2020, "720.00", "§§ 31a, 31b BGB", true),
      row(ThresholdKind.LIABILITY_PRIVILEGE, 2021, 2025, "840.00", "§§ 31a, 31b BGB i. d. F. des " + JSTG_2020, true),
      row(ThresholdKind.LIABILITY_PRIVILEGE, 2026, 9999, "3300.00", "§§ 31a, 31b BGB i. d. F. des " + STAENDG_2025,
          false),
      row(ThresholdKind.SIMPLIFIED_PROOF, 2007, 2020, "200.00", "§ 50 Abs. 4 Satz 1 Nr. 2 EStDV", true),
      row(ThresholdKind.SIMPLIFIED_PROOF, 2021, 9999, "300.00",
          "§ 50 Abs. 4 Satz 1 Nr. 2 EStDV i. d. F. des " + JSTG_2020 + ", Art. 6", false),
      row(ThresholdKind.MEMBER_FEE_AVERAGE, 2002, 9999, "1023.00",
          "AEAO zu § 52 Nr. 1.1 (Mitgliedsbeiträge und -umlagen im Durchschnitt je Mitglied und Jahr)", false)));

  private final List<TaxThreshold> rows;

  private TaxThresholds(List<TaxThreshold> rows) {
    this.rows = List.copyOf(rows);
  }

  private static TaxThreshold row(ThresholdKind kind, int from, int until, String euros, String source,
      boolean verified) {
    return new TaxThreshold(kind, from, until, Money.euros(euros), source, verified);
  }

  /**
   * The table with one more row, which takes precedence over the rows before it for its years.
   *
   * @param row the row, e.g. a new amount from some year
   * @return the new table
   */
  public TaxThresholds with(TaxThreshold row) {
    List<TaxThreshold> more = new ArrayList<>(rows);
    more.add(row);
    return new TaxThresholds(more);
  }

  /** {@return the rows, in the order given} */
  public List<TaxThreshold> rows() {
    return rows;
  }

  /**
   * The row of an amount for a year: the last row given that applies.
   *
   * @param kind what amount
   * @param year the calendar year
   * @return the row; empty where the table has none for that year
   */
  public Optional<TaxThreshold> of(ThresholdKind kind, int year) {
    @org.jspecify.annotations.Nullable TaxThreshold found = null;
    for (TaxThreshold row : rows) {
      if (row.kind() == kind && row.appliesTo(year)) {
        found = row;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether an amount exceeds the threshold of a year ("nicht mehr als X": X itself passes, X + 0.01 does not).
   *
   * @param kind what amount
   * @param year the calendar year
   * @param amount the amount
   * @return whether it exceeds; empty where the table has no row for the year
   */
  public Optional<Boolean> exceeds(ThresholdKind kind, int year, Money amount) {
    return of(kind, year).map(row -> amount.compareTo(row.amount()) > 0);
  }
}
