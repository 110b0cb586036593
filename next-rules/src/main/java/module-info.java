/**
 * The statute rules: a rule engine that checks an association as of any day, every finding citing
 * its clause and explaining itself; the built-in rules of a Satzung held as data and of the BGB, deadlines,
 * the activity report's figures, and the municipal review. Public holidays come from Jollyday by default
 * (required on the module path; on the class path an application may leave it out and gets the built-in
 * statutory calendar) or from a {@code HolidaySource} of the application's own.
 */
module de.nextnetz.rules {
  requires transitive de.nextnetz.domain;
  requires de.focus_shift.jollyday.core;
  requires static transitive org.jspecify;

  exports de.nextnetz.rules;
  exports de.nextnetz.rules.admission;
  exports de.nextnetz.rules.assembly;
  exports de.nextnetz.rules.board;
  exports de.nextnetz.rules.calendar;
  exports de.nextnetz.rules.deadlines;
  exports de.nextnetz.rules.fees;
  exports de.nextnetz.rules.law;
  exports de.nextnetz.rules.municipal;
  exports de.nextnetz.rules.report;
  exports de.nextnetz.rules.rhythm;
  exports de.nextnetz.rules.satzung;

  // An application's own source of public holidays (de.nextnetz.rules.calendar.PublicHolidays).
  uses de.nextnetz.rules.calendar.HolidaySource;
}
