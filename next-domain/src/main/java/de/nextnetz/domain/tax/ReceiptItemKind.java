package de.nextnetz.domain.tax;

/** What a confirmed amount was. */
public enum ReceiptItemKind {
  /** A donation of money. */
  DONATION,
  /** A membership fee. */
  FEE,
  /** A donation in kind. */
  IN_KIND
}
