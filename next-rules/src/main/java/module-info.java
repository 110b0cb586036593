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

  // The engine and its results, the catalogue, the law room, deadlines, holidays and the reports. The rule
  // packages (admission, assembly, board, fees, municipal, rhythm, satzung) are internal: a caller knows a
  // built-in rule by its id, takes it from BuiltInRules and configures it there.
  exports de.nextnetz.rules;
  exports de.nextnetz.rules.builtin;
  exports de.nextnetz.rules.calendar;
  exports de.nextnetz.rules.deadlines;
  exports de.nextnetz.rules.law;
  exports de.nextnetz.rules.report;

  // An application's own source of public holidays (de.nextnetz.rules.calendar.PublicHolidays).
  uses de.nextnetz.rules.calendar.HolidaySource;
}
