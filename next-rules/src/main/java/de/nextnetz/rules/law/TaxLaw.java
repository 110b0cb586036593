package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxPurpose;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.TaxElement;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The law of the tax-privileged status, each provision computed here once with its citation: for how long a notice
 * allows donation receipts (§ 63 Abs. 5 AO, to the day), the period of timely use and its exemption (§ 55 Abs. 1
 * Nr. 5 AO with AEAO Nr. 30), the free reserve's limit and the reserves' deadline (§ 62 AO), the day a tax return is
 * due (§§ 149, 108 Abs. 3 AO), the liability for a wrong receipt (§ 10b Abs. 4 EStG); the amounts of their year come
 * from the dated {@link TaxThresholds}. The tax rules ask here and never judge again.
 */
public final class TaxLaw {

  /** § 52 Abs. 2 Satz 1 AO: the catalogue of purposes that are gemeinnützig. */
  public static final Citation PURPOSE = Citation.of("§ 52 Abs. 2 Satz 1 AO");

  /**
   * The binding templates of donation receipts: BMF-Schreiben of 7 November 2013 (IV C 4 – S 2223/07/0018 :005), in
   * use since 1 January 2014; see {@link #templates(String)} for the part a rule relies on.
   */
  public static final Citation TEMPLATES = Citation.of("BMF-Schreiben vom 7. November 2013, BStBl I 2013, 1333");

  /**
   * § 50 Abs. 2 EStDV with § 93c Abs. 1 Nr. 1 AO: where the donor authorised it, the body transmits the receipt's data
   * by the end of February of the year after the donation.
   */
  public static final Citation TRANSMISSION = Citation.of("§ 50 Abs. 2 EStDV; § 93c Abs. 1 Nr. 1 AO; § 108 Abs. 3 AO");

  /**
   * AEAO zu § 52 Nr. 1.1: fees and levies of more than 1,023 EUR a member and year on average (admission fees of more
   * than 1,534 EUR) keep the general public out (§ 52 Abs. 1 AO); an administrative instruction aimed at clubs that
   * serve their members.
   */
  public static final Citation MEMBER_FEES = Citation.of("§ 52 Abs. 1 AO; AEAO zu § 52 Nr. 1.1");

  /**
   * § 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV: for a money donation up to the amount of its year the bank record
   * suffices, with a voucher of the body stating the purpose, the notice and whether it is a donation or a fee.
   */
  public static final Citation SIMPLIFIED_VOUCHER = Citation.of("§ 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV");

  /** § 60 Abs. 1 Satz 2 AO: the Satzung must contain the elements of the Mustersatzung in Anlage 1 AO. */
  public static final Citation SATZUNG_CLAUSES = Citation.of("§ 60 Abs. 1 Satz 2 AO; Anlage 1 AO",
      "Die Satzung muss die in der Anlage 1 bezeichneten Festlegungen enthalten.");

  /** § 60 Abs. 2 AO: the Satzung must meet the requirements during the whole assessment period. */
  public static final Citation WHOLE_PERIOD = Citation.of("§ 60 Abs. 2 AO",
      "Die Satzung muss den vorgeschriebenen Erfordernissen bei der Körperschaftsteuer und bei der Gewerbesteuer"
          + " während des ganzen Veranlagungs- oder Bemessungszeitraums, bei den anderen Steuern im Zeitpunkt der"
          + " Entstehung der Steuer entsprechen.");

  /** § 63 Abs. 5 AO: how long a notice allows receipts. */
  public static final Citation RECEIPT_AUTHORITY = Citation.of("§ 63 Abs. 5 AO",
      "Körperschaften im Sinne des § 10b Absatz 1 Satz 2 Nummer 2 des Einkommensteuergesetzes dürfen"
          + " Zuwendungsbestätigungen im Sinne des § 50 Absatz 1 der Einkommensteuer-Durchführungsverordnung nur"
          + " ausstellen, wenn das Datum der Anlage zum Körperschaftsteuerbescheid oder des Freistellungsbescheids"
          + " nicht länger als fünf Jahre zurückliegt oder die Feststellung der Satzungsmäßigkeit nach § 60a Absatz 1"
          + " nicht länger als drei Kalenderjahre zurückliegt … Die Frist ist taggenau zu berechnen.");

  /** § 55 Abs. 1 Nr. 5 Satz 3 AO: funds are used in the two calendar years after the inflow. */
  public static final Citation TIMELY_USE = Citation.of("§ 55 Abs. 1 Nr. 5 Satz 3 AO",
      "Eine zeitnahe Mittelverwendung ist gegeben, wenn die Mittel spätestens in den auf den Zufluss folgenden zwei"
          + " Kalender- oder Wirtschaftsjahren für die steuerbegünstigten satzungsmäßigen Zwecke verwendet werden.");

  /** § 55 Abs. 1 Nr. 5 Satz 4 AO with AEAO Nr. 30 zu § 55: small bodies are exempt in a year. */
  public static final Citation TIMELY_USE_EXEMPTION = Citation.of("§ 55 Abs. 1 Nr. 5 Satz 4 AO; AEAO Nr. 30 zu § 55");

  /** StÄndG 2025 with AEAO Nr. 30 zu § 55: the open reading of the transition to 100,000 EUR. */
  public static final Citation TRANSITION = Citation.of("§ 55 Abs. 1 Nr. 5 Satz 4 AO i. d. F. des"
      + " Steueränderungsgesetzes 2025; AEAO Nr. 30 zu § 55 (offen)");

  /** § 62 Abs. 1 Nr. 3 AO: the free reserve. */
  public static final Citation FREE_RESERVE = Citation.of("§ 62 Abs. 1 Nr. 3 AO",
      "… höchstens ein Drittel des Überschusses aus der Vermögensverwaltung und darüber hinaus höchstens 10 Prozent"
          + " der sonstigen nach § 55 Absatz 1 Nummer 5 zeitnah zu verwendenden Mittel.");

  /** § 62 Abs. 2 Satz 1 AO: a reserve is formed within the period of timely use. */
  public static final Citation RESERVE_DEADLINE = Citation.of("§ 62 Abs. 2 Satz 1 AO");

  /** § 62 Abs. 2 Satz 2 AO: a reserve whose reason ended is dissolved without delay. */
  public static final Citation RESERVE_LAPSE = Citation.of("§ 62 Abs. 2 Satz 2 AO");

  /** § 64 Abs. 3 AO: the limit of the taxable economic businesses. */
  public static final Citation ECONOMIC_BUSINESS = Citation.of("§ 64 Abs. 3 AO");

  /** § 3 Nr. 26 EStG. */
  public static final Citation UEBUNGSLEITER = Citation.of("§ 3 Nr. 26 EStG");

  /** § 3 Nr. 26a EStG. */
  public static final Citation EHRENAMT = Citation.of("§ 3 Nr. 26a EStG");

  /** § 3 Nr. 26a Satz 2 EStG: no Ehrenamt allowance for an activity that takes the trainer's. */
  public static final Citation DOUBLE_CLAIM = Citation.of("§ 3 Nr. 26a Satz 2 EStG",
      "Die Steuerbefreiung ist ausgeschlossen, wenn für die Einnahmen aus der Tätigkeit – ganz oder teilweise – eine"
          + " Steuerbefreiung nach § 3 Nummer 12, 26 oder 26b gewährt wird.");

  /** §§ 149 Abs. 2 and 3, 108 Abs. 3 AO: when the return is due. */
  public static final Citation RETURN = Citation.of("§ 149 Abs. 2 und 3 AO; § 108 Abs. 3 AO");

  /** § 10b Abs. 4 EStG: the liability for a wrong receipt. */
  public static final Citation LIABILITY = Citation.of("§ 10b Abs. 4 Satz 2 und 3 EStG");

  /**
   * § 31a Abs. 1 Satz 1 BGB: a board member paid no more than the amount of the year a year is liable to the
   * association only for intent and gross negligence; the amount is the dated row {@code LIABILITY_PRIVILEGE} of
   * {@link TaxThresholds}.
   */
  public static final Citation BOARD_LIABILITY = Citation.of("§ 31a Abs. 1 Satz 1 BGB");

  /** § 31b Abs. 1 Satz 1 BGB: the same privilege for a member paid no more than that for the Satzung's tasks. */
  public static final Citation MEMBER_LIABILITY = Citation.of("§ 31b Abs. 1 Satz 1 BGB");

  /** § 10b Abs. 1 Satz 8 EStG: fees to a body pursuing these purposes are not deductible. */
  public static final Citation FEES_NOT_DEDUCTIBLE = Citation.of("§ 10b Abs. 1 Satz 8 EStG");

  /**
   * The numbers of the § 52 Abs. 2 Satz 1 AO catalogue whose fees § 10b Abs. 1 Satz 8 EStG excludes: sport (21),
   * Heimatpflege und Heimatkunde (22) and the purposes of number 23; a further purpose does not help (BFH 28 September
   * 2022, X R 7/21). Cultural activities mainly for leisure are excluded too but cannot be told from the number.
   */
  public static final java.util.Set<Integer> FEE_EXCLUDING_PURPOSES = java.util.Set.of(21, 22, 23);

  /** The calendar years after the inflow within which funds are used (since 2013). */
  public static final int USE_YEARS = 2;

  /**
   * Days before the last day of receipt authority to warn: 180. A convention of the library (the law sets none);
   * {@code BuiltInRules.taxNoticeExpiring(days)} sets another.
   */
  public static final int NOTICE_LEAD_DAYS = 180;

  private TaxLaw() {}

  /**
   * The purposes of a profile that exclude the deduction of membership fees (§ 10b Abs. 1 Satz 8 EStG).
   *
   * @param tax the profile
   * @return the purposes, in the Satzung's words; empty where fees may be confirmed
   */
  public static List<String> feeExcludingPurposes(TaxProfile tax) {
    return tax.getPurposes().stream()
        .filter(purpose -> purpose.getCatalogueNumber().map(FEE_EXCLUDING_PURPOSES::contains).orElse(false))
        .map(purpose -> purpose.getText()).toList();
  }

  /**
   * How long the notices allow receipts, judged on an issue day.
   *
   * @param until the last day a receipt may be issued; empty where no notice allows any
   * @param basis the notice that sets it
   * @param calendarYearsReading for a § 60a determination: the last day under the reading that counts whole
   *     calendar years (31 December of the third year), named because the law's "Kalenderjahre" allows it; the
   *     library follows "taggenau"
   */
  public record Authority(Optional<LocalDate> until, Optional<ExemptionNotice> basis,
      Optional<LocalDate> calendarYearsReading) {

    /**
     * Checks the fields.
     *
     * @param until the last day
     * @param basis the notice
     * @param calendarYearsReading the other reading
     */
    public Authority {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(calendarYearsReading, "calendarYearsReading");
    }

    /**
     * Whether a receipt may be issued on a day.
     *
     * @param day the issue day
     * @return whether the day is not after {@link #until()}
     */
    public boolean allows(LocalDate day) {
      return until.map(last -> !day.isAfter(last)).orElse(false);
    }
  }

  /**
   * The receipt authority of the notices known on a day (§ 63 Abs. 5 AO): the latest exemption notice or annex for
   * five years from its date; where none was ever issued, the latest § 60a determination for three years. Counted
   * to the day ("taggenau"): {@code date.plusYears(5)}, 29 February going to 28 February as § 188 Abs. 3 BGB does.
   *
   * @param notices the notices
   * @param day the day receipts are issued (not the day of the donation)
   * @return the authority
   */
  public static Authority receiptAuthority(List<ExemptionNotice> notices, LocalDate day) {
    Optional<ExemptionNotice> exemption = notices.stream().filter(ExemptionNotice::isExemption)
        .filter(notice -> !notice.getDate().isAfter(day)).max(Comparator.comparing(ExemptionNotice::getDate));
    if (exemption.isPresent()) {
      return new Authority(Optional.of(exemption.get().getDate().plusYears(5)), exemption, Optional.empty());
    }
    Optional<ExemptionNotice> determination = notices.stream().filter(notice -> !notice.isExemption())
        .filter(notice -> !notice.getDate().isAfter(day)).max(Comparator.comparing(ExemptionNotice::getDate));
    return determination.map(notice -> new Authority(Optional.of(notice.getDate().plusYears(3)), determination,
            Optional.of(LocalDate.of(notice.getDate().getYear() + 3, 12, 31))))
        .orElse(new Authority(Optional.empty(), Optional.empty(), Optional.empty()));
  }

  /**
   * The last day inflows of a year may be used (or put into a reserve): 31 December of the second year after
   * (§ 55 Abs. 1 Nr. 5 Satz 3 AO; § 62 Abs. 2 Satz 1 AO).
   *
   * @param inflowYear the year of the inflow
   * @return the day
   */
  public static LocalDate useDeadline(Year inflowYear) {
    return LocalDate.of(inflowYear.getValue() + USE_YEARS, 12, 31);
  }

  /**
   * The most a year may put into the free reserve (§ 62 Abs. 1 Nr. 3 AO): a third of the surplus of the
   * Vermögensverwaltung and a tenth of the other funds to be used in time (the surplus of the Zweckbetriebe, the
   * profit of the economic businesses and the gross receipts of the ideeller Bereich, AEAO zu § 62), each cut to
   * whole cents downwards; a loss counts as nothing.
   *
   * @param year the year's figures
   * @return the limit; empty where a surplus it needs is not recorded
   */
  public static Optional<Money> freeReserveLimit(TaxYear year) {
    if (year.getAssetManagementSurplus().isEmpty() || year.getPurposeBusinessSurplus().isEmpty()
        || year.getEconomicBusinessProfit().isEmpty()) {
      return Optional.empty();
    }
    long third = Math.max(0, year.getAssetManagementSurplus().get().cents()) / 3;
    long base = Math.max(0, year.getPurposeBusinessSurplus().get().cents())
        + Math.max(0, year.getEconomicBusinessProfit().get().cents()) + year.getIdeal().cents();
    return Optional.of(Money.ofCents(third + base / 10, Money.EUR));
  }

  /**
   * The day the tax return of a year is due where the tax office set none: 31 July of the next year (§ 149 Abs. 2
   * AO), with a tax adviser the last day of February of the year after (Abs. 3), moved off a Saturday, Sunday or
   * holiday (§ 108 Abs. 3 AO); for 2024 the days the law extended (31 July 2025, with an adviser 30 April 2026).
   * Earlier years had other extensions the table does not hold.
   *
   * @param year the assessment year
   * @param adviser whether a tax adviser prepares the return
   * @param holidays the public holidays that move the day
   * @return the day; empty for years before 2024
   */
  public static Optional<LocalDate> returnDue(Year year, boolean adviser, HolidayCalendar holidays) {
    int y = year.getValue();
    if (y < 2024) {
      return Optional.empty();
    }
    if (y == 2024) {
      return Optional.of(adviser ? LocalDate.of(2026, 4, 30) : LocalDate.of(2025, 7, 31));
    }
    LocalDate nominal = adviser ? Year.of(y + 2).atMonth(2).atEndOfMonth() : LocalDate.of(y + 1, 7, 31);
    return Optional.of(Periods.nextWorkingDay(nominal, holidays));
  }

  /**
   * The liability for an incorrect receipt or misused funds (§ 10b Abs. 4 EStG): 30 % of the amount confirmed.
   *
   * @param amount the amount on the receipt
   * @return the lost income tax the issuer is liable for
   */
  public static Money liability(Money amount) {
    return Money.ofCents(Math.round(amount.cents() * 0.30), amount.currency());
  }

  /**
   * The trade-tax part of that liability (§ 9 Nr. 5 GewStG): 15 % of the amount.
   *
   * @param amount the amount on the receipt
   * @return the lost trade tax the issuer is liable for
   */
  public static Money tradeTaxLiability(Money amount) {
    return Money.ofCents(Math.round(amount.cents() * 0.15), amount.currency());
  }

  /** How the funds of one inflow year stand (§ 55 Abs. 1 Nr. 5 AO). */
  public enum UseStatus {
    /** The year's receipts were at most the exemption: no duty for the funds held then. */
    EXEMPT_YEAR,
    /** A later exempt year within the period released the funds (AEAO Nr. 30 zu § 55). */
    RELEASED,
    /** Only the new threshold of 2026 would release them: two readings (AEAO not yet adapted). */
    TRANSITION_OPEN,
    /** The period still runs. */
    OPEN,
    /** Used or reserved in time (nothing unused is recorded). */
    USED,
    /** The period ended with funds unused and not reserved. */
    OVERDUE,
    /** A year's figures the judgement needs are not recorded. */
    UNKNOWN
  }

  /**
   * The judgement of one inflow year's funds on a day.
   *
   * @param inflowYear the year of the inflow
   * @param deadline the last day of the period
   * @param status how they stand
   * @param missing the years whose figures are missing (for {@link UseStatus#UNKNOWN})
   * @param releasedBy the exempt year that released them
   */
  public record TimelyUse(Year inflowYear, LocalDate deadline, UseStatus status, List<Year> missing,
      Optional<Year> releasedBy) {

    /**
     * Checks and copies.
     *
     * @param inflowYear the year
     * @param deadline the day
     * @param status the status
     * @param missing the missing years
     * @param releasedBy the releasing year
     */
    public TimelyUse {
      Objects.requireNonNull(inflowYear, "inflowYear");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(status, "status");
      missing = List.copyOf(missing);
      Objects.requireNonNull(releasedBy, "releasedBy");
    }
  }

  /**
   * Whether the receipts of a year were at most the exemption of that year.
   *
   * @param year the figures
   * @param thresholds the dated amounts
   * @return whether exempt; empty where the table has no amount for the year
   */
  public static Optional<Boolean> isExemptYear(TaxYear year, TaxThresholds thresholds) {
    return thresholds.exceeds(ThresholdKind.TIMELY_USE_EXEMPTION, year.getYear().getValue(), year.receipts())
        .map(exceeds -> !exceeds);
  }

  /**
   * How the funds of an inflow year stand on a day (§ 55 Abs. 1 Nr. 5 Sätze 3 und 4 AO, AEAO Nr. 30 zu § 55): exempt
   * where the year itself was; released where a later year of the period was exempt (funds held in an exempt year
   * stay free), unless only the threshold of 2026 made it so for funds of an earlier year (then both readings);
   * overdue once the period has ended with funds unused and not reserved.
   *
   * @param profile the tax profile
   * @param inflowYear the year of the inflow
   * @param day the day of the judgement
   * @param thresholds the dated amounts
   * @return the judgement
   */
  public static TimelyUse timelyUse(TaxProfile profile, Year inflowYear, LocalDate day, TaxThresholds thresholds) {
    LocalDate deadline = useDeadline(inflowYear);
    List<Year> missing = new ArrayList<>();
    Optional<TaxYear> own = profile.year(inflowYear);
    if (own.isEmpty()) {
      return new TimelyUse(inflowYear, deadline, UseStatus.UNKNOWN, List.of(inflowYear), Optional.empty());
    }
    if (isExemptYear(own.get(), thresholds).orElse(false)) {
      return new TimelyUse(inflowYear, deadline, UseStatus.EXEMPT_YEAR, List.of(), Optional.empty());
    }
    boolean transition = false;
    for (int later = inflowYear.getValue() + 1; later <= inflowYear.getValue() + USE_YEARS; later++) {
      if (later > day.getYear() || (later == day.getYear() && !day.isAfter(LocalDate.of(later, 12, 30)))) {
        break;
      }
      Optional<TaxYear> figures = profile.year(Year.of(later));
      if (figures.isEmpty()) {
        missing.add(Year.of(later));
        continue;
      }
      if (isExemptYear(figures.get(), thresholds).orElse(false)) {
        boolean onlyNewThreshold = later >= 2026 && inflowYear.getValue() < 2026
            && thresholds.exceeds(ThresholdKind.TIMELY_USE_EXEMPTION, 2025, figures.get().receipts()).orElse(false);
        if (!onlyNewThreshold) {
          return new TimelyUse(inflowYear, deadline, UseStatus.RELEASED, List.of(), Optional.of(Year.of(later)));
        }
        transition = true;
      }
    }
    Optional<Money> unused = own.get().getUnused();
    if (unused.isPresent() && unused.get().isZero()) {
      return new TimelyUse(inflowYear, deadline, UseStatus.USED, List.of(), Optional.empty());
    }
    if (transition) {
      return unused.isPresent()
          ? new TimelyUse(inflowYear, deadline, UseStatus.TRANSITION_OPEN, List.of(), Optional.empty())
          : new TimelyUse(inflowYear, deadline, UseStatus.UNKNOWN, List.of(), Optional.empty());
    }
    if (!day.isAfter(deadline)) {
      return new TimelyUse(inflowYear, deadline, UseStatus.OPEN, List.of(), Optional.empty());
    }
    if (!missing.isEmpty() || unused.isEmpty()) {
      return new TimelyUse(inflowYear, deadline, UseStatus.UNKNOWN, missing, Optional.empty());
    }
    return new TimelyUse(inflowYear, deadline, UseStatus.OVERDUE, List.of(), Optional.empty());
  }

  /**
   * Where the Mustersatzung (Anlage 1 AO) states an element, e.g. "Anlage 1 § 3 Satz 2 AO" for the members receiving
   * no grants.
   *
   * @param element the element
   * @return the place in Anlage 1 AO
   */
  public static String anlage(TaxElement element) {
    return switch (element) {
      case EXCLUSIVE_PURPOSES -> "Anlage 1 § 1 AO";
      case SELFLESS -> "Anlage 1 § 2 AO";
      case FUNDS_FOR_PURPOSES -> "Anlage 1 § 3 Satz 1 AO";
      case NO_GRANTS_TO_MEMBERS -> "Anlage 1 § 3 Satz 2 AO";
      case NO_FAVOURING -> "Anlage 1 § 4 AO";
      case ASSET_LOCK -> "Anlage 1 § 5 AO";
    };
  }

  /**
   * The elements of Anlage 1 AO a Satzung version does not state (§ 60 Abs. 1 Satz 2 AO).
   *
   * @param version the version
   * @return the elements missing, in the Mustersatzung's order; empty also where the version records no tax clauses
   *     at all (then nothing is known, see {@link #recordsTaxClauses})
   */
  public static List<TaxElement> missingElements(StatuteVersion version) {
    if (!recordsTaxClauses(version)) {
      return List.of();
    }
    return java.util.Arrays.stream(TaxElement.values())
        .filter(element -> version.taxClauseFor(element).isEmpty()).toList();
  }

  /**
   * Whether a version records its tax clauses at all; one that records none is not judged by them.
   *
   * @param version the version
   * @return {@code true} if it names at least one
   */
  public static boolean recordsTaxClauses(StatuteVersion version) {
    return !version.getTaxClauses().isEmpty();
  }

  /**
   * The first day of the assessment period (the calendar year) of a day, or the founding day where the association
   * was founded later in that year: from it the Satzung must state every element (§ 60 Abs. 2 AO).
   *
   * @param association the association
   * @param day a day of the period
   * @return the first day the period asks the elements for
   */
  public static LocalDate assessmentPeriodStart(Association association, LocalDate day) {
    LocalDate january = LocalDate.of(day.getYear(), 1, 1);
    return association.getFoundingDate().isAfter(january) ? association.getFoundingDate() : january;
  }

  /**
   * The Satzung versions in force on some day from one day to another: the version in force on the first day and
   * every version that took effect after it up to the last day, in order.
   *
   * @param association the association
   * @param from the first day
   * @param to the last day
   * @return the versions
   */
  public static List<StatuteVersion> versionsInForce(Association association, LocalDate from, LocalDate to) {
    List<StatuteVersion> versions = new ArrayList<>();
    association.statuteOn(from).ifPresent(versions::add);
    association.getStatute().getVersions().stream()
        .filter(version -> version.getValidFrom().isAfter(from) && !version.getValidFrom().isAfter(to))
        .sorted(Comparator.comparing(StatuteVersion::getValidFrom))
        .forEach(versions::add);
    return versions;
  }

  /**
   * The templates' citation for a part of them, e.g. "Sammelbestätigung".
   *
   * @param part the part of the templates the rule relies on
   * @return "BMF-Schreiben vom 7. November 2013, BStBl I 2013, 1333 (part)"
   */
  public static Citation templates(String part) {
    return Citation.of(TEMPLATES.source() + " (" + part + ")");
  }

  /**
   * The last day to transmit the data of a year's donations to the tax authority: the end of February of the next year
   * (§ 93c Abs. 1 Nr. 1 AO), moved off a Saturday, Sunday or holiday to the next working day (§ 108 Abs. 3 AO; 28
   * February 2027 is a Sunday, so 1 March 2027).
   *
   * @param donationYear the year of the donation
   * @param holidays the public holidays at the seat
   * @return the last day
   */
  public static LocalDate transmissionDeadline(Year donationYear, HolidayCalendar holidays) {
    LocalDate end = donationYear.plusYears(1).atMonth(2).atEndOfMonth();
    return Periods.nextWorkingDay(end, holidays);
  }

  /** What the body's own voucher of a simplified proof must state (§ 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV). */
  public enum VoucherElement {
    /** The tax-privileged purpose the donation serves. */
    PURPOSE,
    /** The notice that grants the status: the exemption notice (or the annex) or the § 60a AO determination. */
    NOTICE,
    /** Whether the payment is a donation or a membership fee. */
    DONATION_OR_FEE
  }

  /**
   * What a voucher of the simplified proof does not state, read from its text: a purpose of the profile (its words, or
   * its words after "Förderung"), the notice (a Freistellungsbescheid, the annex to a Körperschaftsteuerbescheid or a
   * § 60a determination, and the tax office), and the word "Spende" or "Mitgliedsbeitrag".
   *
   * @param voucher the voucher's text
   * @param tax the profile, for the purposes and the tax office
   * @return the elements not found, in their order
   */
  public static List<VoucherElement> voucherLacks(String voucher, TaxProfile tax) {
    String text = voucher.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    String lower = text.toLowerCase(java.util.Locale.GERMAN);
    List<VoucherElement> lacks = new ArrayList<>();
    boolean purpose = tax.getPurposes().stream().map(TaxLaw::promoted)
        .map(words -> words.replaceFirst("^(der|des|von) ", "").toLowerCase(java.util.Locale.GERMAN))
        .anyMatch(lower::contains);
    if (!purpose) {
      lacks.add(VoucherElement.PURPOSE);
    }
    boolean notice = (lower.contains("freistellungsbescheid") || lower.contains("körperschaftsteuerbescheid")
        || lower.contains("60a")) && lower.contains(taxOfficePlace(tax).toLowerCase(java.util.Locale.GERMAN));
    if (!notice) {
      lacks.add(VoucherElement.NOTICE);
    }
    if (!lower.contains("spende") && !lower.contains("mitgliedsbeitrag")) {
      lacks.add(VoucherElement.DONATION_OR_FEE);
    }
    return lacks;
  }

  /**
   * Whether two items of receipts confirm the same gift: the same day, amount and kind (a gift confirmed twice makes
   * the body liable, § 10b Abs. 4 EStG).
   *
   * @param one an item
   * @param other another
   * @return {@code true} if they are the same gift
   */
  public static boolean sameGift(ReceiptItem one, ReceiptItem other) {
    return one.getDate().equals(other.getDate()) && one.getAmount().equals(other.getAmount())
        && one.getKind() == other.getKind();
  }

  /**
   * The citation of an element the Satzung must state: § 60 Abs. 1 Satz 2 AO and the element's place in Anlage 1.
   *
   * @param element the element
   * @return e.g. "§ 60 Abs. 1 Satz 2 AO; Anlage 1 § 3 Satz 2 AO", with the wording of § 60 Abs. 1 Satz 2
   */
  public static Citation satzungClause(TaxElement element) {
    return Citation.of("§ 60 Abs. 1 Satz 2 AO; " + anlage(element), SATZUNG_CLAUSES.quote().orElse(null));
  }

  /**
   * A purpose as the templates continue "wegen Förderung …" and "zur Förderung …": the Satzung's words without a
   * leading "Förderung ", so it is not doubled.
   *
   * @param purpose the purpose
   * @return e.g. "der Heimatpflege und Heimatkunde in Beispielstadt"
   */
  public static String promoted(TaxPurpose purpose) {
    String text = purpose.getText();
    return text.startsWith("Förderung ") ? text.substring("Förderung ".length()) : text;
  }

  /**
   * The tax office as the templates continue "des Finanzamtes …": its name without a leading "Finanzamt ".
   *
   * @param tax the profile
   * @return e.g. "Beispielstadt"
   */
  public static String taxOfficePlace(TaxProfile tax) {
    String office = tax.getTaxOffice();
    return office.startsWith("Finanzamt ") ? office.substring("Finanzamt ".length()) : office;
  }
}
