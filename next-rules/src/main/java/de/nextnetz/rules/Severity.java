package de.nextnetz.rules;

/** How serious a finding is; in this order from the most serious. */
public enum Severity {
  /** A breach of mandatory law or an unambiguous statute rule. */
  ERROR,
  /** A risk: a breached should-rule, a deadline coming up, a breach with no automatic effect. */
  WARNING,
  /** A derived fact, such as a computed deadline. */
  INFO
}
