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
      "virtual and hybrid assemblies, and votes cast before the assembly, without a Satzung basis");

  /**
   * The COVID rule for resolutions without a meeting: valid where every member took part, at least half of them
   * voted in Textform by the day set and the majority was reached (§ 5 Abs. 3 GesRuaCOVBekG, BGBl. 2020 I S. 569,
   * until 31 August 2022); otherwise every member must agree (§ 32 Abs. 3 BGB).
   */
  public static final LawChange COVID_WRITTEN_RESOLUTIONS = new LawChange("COVID_WRITTEN_RESOLUTIONS",
      LocalDate.of(2020, 3, 28), Optional.of(LocalDate.of(2022, 8, 31)),
      Citation.of("§ 5 Abs. 3 GesRuaCOVBekG (BGBl. 2020 I S. 569)"),
      "a resolution without a meeting is valid where at least half of the members voted in Textform and the majority"
          + " was reached");

  /**
   * The COVID rule for boards: a board member whose term ended stays in office until removed or succeeded
   * (§ 5 Abs. 1 GesRuaCOVBekG, BGBl. 2020 I S. 569), for terms ending by 31 August 2022 (§ 7 Abs. 5, as extended);
   * from 1 September 2022 a board without a continuation clause in its Satzung was out of office.
   */
  public static final LawChange COVID_BOARD_CONTINUATION = new LawChange("COVID_BOARD_CONTINUATION",
      LocalDate.of(2020, 3, 28), Optional.of(LocalDate.of(2022, 8, 31)),
      Citation.of("§ 5 Abs. 1 GesRuaCOVBekG (BGBl. 2020 I S. 569)",
          "Ein Vorstandsmitglied eines Vereins oder einer Stiftung bleibt auch nach Ablauf seiner Amtszeit bis zu"
              + " seiner Abberufung oder bis zur Bestellung seines Nachfolgers im Amt."),
      "a board whose term ended stays in office until removed or succeeded");

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

  /**
   * The postal fiction until 2024: a letter counts as received on the third day after posting, moved to the next
   * working day where that is a Saturday, Sunday or public holiday (§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG; BFH
   * 14.10.2003 – IX R 68/98 on the move). The law of associations has no fiction of its own; the default days in
   * transit of an invitation borrow this one ({@link Transit#DEFAULT}).
   */
  public static final LawChange POSTAL_RECEIPT_THIRD_DAY = new LawChange("POSTAL_RECEIPT_THIRD_DAY",
      LocalDate.of(1977, 1, 1), Optional.of(LocalDate.of(2024, 12, 31)),
      Citation.of("§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG in der Fassung bis 31. Dezember 2024"),
      "a letter counts as received on the third day after posting, the next working day where that is a weekend"
          + " day or holiday (borrowed for invitations whose receipt is not recorded)");

  /**
   * The postal fiction from 2025: the fourth day after posting, moved off Saturdays, Sundays and public holidays
   * (§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG as amended by the Postrechtsmodernisierungsgesetz, BGBl. 2024 I
   * Nr. 236).
   */
  public static final LawChange POSTAL_RECEIPT_FOURTH_DAY = new LawChange("POSTAL_RECEIPT_FOURTH_DAY",
      LocalDate.of(2025, 1, 1), Optional.empty(),
      Citation.of("§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG (BGBl. 2024 I Nr. 236)"),
      "a letter counts as received on the fourth day after posting, the next working day where that is a weekend"
          + " day or holiday (borrowed for invitations whose receipt is not recorded)");

  private static final List<LawChange> ALL = List.of(EXIT_CAP, POSTAL_RECEIPT_THIRD_DAY, COVID_ASSEMBLIES,
      COVID_BOARD_CONTINUATION, COVID_WRITTEN_RESOLUTIONS, HYBRID_ASSEMBLIES, POSTAL_RECEIPT_FOURTH_DAY, CONSENT_TEXT_FORM);

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
