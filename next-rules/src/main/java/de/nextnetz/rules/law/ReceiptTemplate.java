package de.nextnetz.rules.law;

import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.ReceiptForm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed passages of the official templates of donation receipts (BMF-Schreiben vom 7. November 2013, BStBl I
 * 2013, 1333, {@link TaxLaw#TEMPLATES}), stated once: the receipt document prints them and
 * {@code RECEIPT_TEMPLATE_TEXT_DEVIATES} looks for them in the wording of a receipt made elsewhere. The templates ask
 * that the wording and order stay unchanged and that the liability note and the § 63 Abs. 5 AO note are always
 * printed; of the two notice alternatives only the one that applies is printed. The wording is the template's as the
 * reference reproduces it [verify against the form server before first use].
 */
public final class ReceiptTemplate {

  /** A fixed passage of the templates. */
  public enum Passage {
    /** The title of a single receipt for money and fees. */
    TITLE("Bestätigung über Geldzuwendungen/Mitgliedsbeitrag"),
    /** The title of a collective receipt. */
    COLLECTIVE_TITLE("Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge"),
    /** The title of a receipt for a gift in kind. */
    IN_KIND_TITLE("Bestätigung über Sachzuwendungen"),
    /** The line under the title naming § 10b EStG and § 5 Abs. 1 Nr. 9 KStG. */
    SUBTITLE("im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des"
        + " Körperschaftsteuergesetzes bezeichneten Körperschaften, Personenvereinigungen oder Vermögensmassen"),
    /** Whether the gift is a waived reimbursement (single receipt). */
    WAIVER("Es handelt sich um den Verzicht auf Erstattung von Aufwendungen"),
    /** The label of a gift in kind's description. */
    IN_KIND_DESCRIPTION("Genaue Bezeichnung der Sachzuwendung mit Alter, Zustand, Kaufpreis usw."),
    /** A gift in kind from business assets, and how it was valued. */
    ORIGIN_BUSINESS("Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen. Die Zuwendung"
        + " wurde nach dem Wert der Entnahme (ggf. mit dem niedrigeren gemeinen Wert) und nach der Umsatzsteuer, die"
        + " auf die Entnahme entfällt, bewertet."),
    /** A gift in kind from private assets. */
    ORIGIN_PRIVATE("Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privatvermögen."),
    /** A gift in kind whose origin the giver did not state. */
    ORIGIN_UNKNOWN("Der Zuwendende hat trotz Aufforderung keine Angaben zur Herkunft der Sachzuwendung gemacht."),
    /** Documents used to value a gift in kind. */
    VALUATION_DOCUMENTS("Geeignete Unterlagen, die zur Wertermittlung gedient haben, z. B. Rechnung, Gutachten,"
        + " liegen vor."),
    /** The alternative for an exemption notice or the annex to a corporation tax assessment. */
    EXEMPTION_ALTERNATIVE("nach dem Freistellungsbescheid bzw. nach der Anlage zum Körperschaftsteuerbescheid des"
        + " Finanzamtes"),
    /** The alternative for a determination under § 60a AO. */
    DETERMINATION_ALTERNATIVE("Die Einhaltung der satzungsmäßigen Voraussetzungen nach den §§ 51, 59, 60 und 61 AO"
        + " wurde vom Finanzamt"),
    /** The use of the gift for the purposes. */
    USE("Es wird bestätigt, dass die Zuwendung nur zur Förderung"),
    /** A collective receipt's statement that no other receipt covers its gifts. */
    NO_FURTHER_RECEIPTS("Es wird bestätigt, dass über die in der Gesamtsumme enthaltenen Zuwendungen keine weiteren"
        + " Bestätigungen, weder formelle Zuwendungsbestätigungen noch Beitragsquittungen oder ähnliches ausgestellt"
        + " wurden und werden."),
    /** A collective receipt's pointer to the annex for waived reimbursements. */
    WAIVER_IN_ANNEX("Ob es sich um den Verzicht auf Erstattung von Aufwendungen handelt, ist der Anlage zur"
        + " Sammelbestätigung zu entnehmen."),
    /** The liability note (§ 10b Abs. 4 EStG), always printed. */
    LIABILITY_NOTE("Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung erstellt oder"
        + " veranlasst, dass Zuwendungen nicht zu den in der Zuwendungsbestätigung angegebenen steuerbegünstigten"
        + " Zwecken verwendet werden, haftet für die entgangene Steuer (§ 10b Abs. 4 EStG, § 9 Abs. 3 KStG, § 9 Nr. 5"
        + " GewStG)."),
    /** The note on the age of the notice (§ 63 Abs. 5 AO), always printed. */
    AUTHORITY_NOTE("Diese Bestätigung wird nicht als Nachweis für die steuerliche Berücksichtigung der Zuwendung"
        + " anerkannt, wenn das Datum des Freistellungsbescheides länger als 5 Jahre bzw. das Datum der Feststellung der"
        + " Einhaltung der satzungsmäßigen Voraussetzungen nach § 60a Abs. 1 AO länger als 3 Jahre seit Ausstellung des"
        + " Bescheides zurückliegt (§ 63 Abs. 5 AO).");

    private final String text;

    Passage(String text) {
      this.text = text;
    }

    /** {@return the passage's wording} */
    public String text() {
      return text;
    }
  }

  private ReceiptTemplate() {}

  /**
   * The passages a receipt of a form must contain, in their order, with the notice alternative that applies.
   *
   * @param form the template
   * @param notice the notice that allows the receipt on its day of issue
   * @return the passages
   */
  public static List<Passage> required(ReceiptForm form, ExemptionNotice notice) {
    if (form == ReceiptForm.IN_KIND) {
      return List.of(Passage.IN_KIND_TITLE, Passage.SUBTITLE, Passage.IN_KIND_DESCRIPTION, Passage.ORIGIN_BUSINESS,
          Passage.ORIGIN_PRIVATE, Passage.ORIGIN_UNKNOWN, Passage.VALUATION_DOCUMENTS, alternative(notice),
          Passage.USE, Passage.LIABILITY_NOTE, Passage.AUTHORITY_NOTE);
    }
    boolean collective = form == ReceiptForm.COLLECTIVE;
    List<Passage> passages = new ArrayList<>();
    passages.add(collective ? Passage.COLLECTIVE_TITLE : Passage.TITLE);
    passages.add(Passage.SUBTITLE);
    if (!collective) {
      passages.add(Passage.WAIVER);
    }
    passages.add(alternative(notice));
    passages.add(Passage.USE);
    if (collective) {
      passages.add(Passage.NO_FURTHER_RECEIPTS);
      passages.add(Passage.WAIVER_IN_ANNEX);
    }
    passages.add(Passage.LIABILITY_NOTE);
    passages.add(Passage.AUTHORITY_NOTE);
    return passages;
  }

  /**
   * The notice alternative that applies: the exemption notice's (or the annex's), or the § 60a AO determination's.
   *
   * @param notice the notice that allows the receipt
   * @return the alternative to print
   */
  public static Passage alternative(ExemptionNotice notice) {
    return notice.isExemption() ? Passage.EXEMPTION_ALTERNATIVE : Passage.DETERMINATION_ALTERNATIVE;
  }

  /**
   * The passages a wording lacks, compared after folding white space and soft hyphens (the words and their case must be
   * the template's).
   *
   * @param wording the receipt's wording as issued
   * @param passages the passages it must contain
   * @return the passages not found, in their order
   */
  public static List<Passage> missing(String wording, List<Passage> passages) {
    String folded = fold(wording);
    return passages.stream().filter(passage -> !folded.contains(fold(passage.text()))).toList();
  }

  /**
   * Whether a wording prints a passage, folded as {@link #missing} folds.
   *
   * @param wording the wording
   * @param passage the passage
   * @return {@code true} if it does
   */
  public static boolean contains(String wording, Passage passage) {
    return fold(wording).contains(fold(passage.text()));
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\u00ad", "").replace('\u00a0', ' ')
        .replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
  }
}
