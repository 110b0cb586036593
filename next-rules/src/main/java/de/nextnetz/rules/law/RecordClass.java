package de.nextnetz.rules.law;

/** The classes of records § 147 AO keeps for different periods. */
public enum RecordClass {
  /** Books and records (Bücher und Aufzeichnungen), e.g. the journal of payments (§ 147 Abs. 1 Nr. 1 AO). */
  BOOKS,
  /** Booking vouchers (Buchungsbelege), e.g. bank statements, fee documents, receipt copies (§ 147 Abs. 1 Nr. 4 AO). */
  VOUCHERS,
  /** Business letters received and sent and other papers that matter for taxation (§ 147 Abs. 1 Nr. 2, 3, 5 AO). */
  LETTERS
}
