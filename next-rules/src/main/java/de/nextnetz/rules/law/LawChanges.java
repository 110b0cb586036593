package de.nextnetz.rules.law;

import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dated law table: every provision around the law of associations whose content depends on the day,
 * each stated once with its first (and last) day and its source. The rules and the law room read these rows;
 * the README renders them (a test keeps the two equal).
 */
public final class LawChanges {

  /**
   * Hybrid assemblies without a Satzung basis, and the access information they need (§ 32 Abs. 2 Satz 1 BGB,
   * Gesetz zur Ermöglichung hybrider und virtueller Mitgliederversammlungen im Vereinsrecht, BGBl. 2023 I Nr. 72).
   */
  public static final LawChange HYBRID_ASSEMBLIES = new LawChange("HYBRID_ASSEMBLIES", LocalDate.of(2023, 3, 21),
      Optional.empty(), Citation.of("§ 32 Abs. 2 BGB (BGBl. 2023 I Nr. 72)"),
      "hybrid assemblies need no Satzung basis; virtual ones need the Satzung or a members' resolution");

  /**
   * The COVID rule: assemblies without a place (virtual or hybrid) without a Satzung basis (§ 5 Abs. 2
   * GesRuaCOVBekG, BGBl. 2020 I S. 569, extended until 31 August 2022).
   */
  public static final LawChange COVID_ASSEMBLIES = new LawChange("COVID_ASSEMBLIES", LocalDate.of(2020, 3, 28),
      Optional.of(LocalDate.of(2022, 8, 31)), Citation.of("§ 5 Abs. 2 GesRuaCOVBekG (BGBl. 2020 I S. 569)"),
      "virtual and hybrid assemblies without a Satzung basis");

  /**
   * Textform suffices for a member's consent to a purpose change (§ 33 Abs. 1 Satz 2 BGB as amended by the
   * Viertes Bürokratieentlastungsgesetz, BGBl. 2024 I Nr. 323); Schriftform (§ 126 BGB) before.
   */
  public static final LawChange CONSENT_TEXT_FORM = new LawChange("CONSENT_TEXT_FORM", LocalDate.of(2025, 1, 1),
      Optional.empty(), Citation.of("§ 33 Abs. 1 Satz 2 BGB (BGBl. 2024 I Nr. 323)"),
      "a member's consent to a purpose change in Textform (§ 126b BGB); Schriftform before");

  /**
   * The two-year cap on an exit's notice period (§ 39 Abs. 2 BGB, in force with the BGB since 1 January 1900).
   */
  public static final LawChange EXIT_CAP = new LawChange("EXIT_CAP", LocalDate.of(1900, 1, 1), Optional.empty(),
      ExitLaw.CAP_CITATION,
      "notice period and exit days bind a leaving member at most two years");

  private static final List<LawChange> ALL = List.of(EXIT_CAP, COVID_ASSEMBLIES, HYBRID_ASSEMBLIES, CONSENT_TEXT_FORM);

  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN);

  private LawChanges() {}

  /**
   * A day as German citations write it, e.g. "1. Januar 2025" in "§ 33 BGB in der Fassung ab 1. Januar 2025".
   *
   * @param day the day
   * @return the day in German
   */
  public static String day(LocalDate day) {
    return GERMAN_DAY.format(day);
  }

  /** {@return every row, by first day} */
  public static List<LawChange> all() {
    return ALL;
  }
}
