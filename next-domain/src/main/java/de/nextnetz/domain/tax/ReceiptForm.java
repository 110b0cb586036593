package de.nextnetz.domain.tax;

/** The official templates of donation receipts (BMF 7 November 2013) a body under § 5 Abs. 1 Nr. 9 KStG uses. */
public enum ReceiptForm {
  /** "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag": one money donation or fee. */
  MONEY,
  /** "Bestätigung über Sachzuwendungen": one donation in kind. */
  IN_KIND,
  /** "Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge": several, with an annex listing each. */
  COLLECTIVE
}
