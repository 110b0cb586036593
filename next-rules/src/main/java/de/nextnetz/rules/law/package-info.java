/**
 * The law in one room: each provision of the BGB (and the dated law around it) that the rules, the
 * commands, the documents and the calendars need, computed once with its citation. A rule or a presenter
 * asks here and never judges again; law that changes with time is a dated row of {@link
 * de.nextnetz.rules.law.LawChanges}, never a constant in a rule. The law of dues is here too: {@link
 * de.nextnetz.rules.law.DuesLaw} and the members' accounts computed by it, {@link de.nextnetz.rules.law.Ledgers}
 * (fee years from the Satzung, payments matched as § 366 BGB says, default interest from the dated
 * {@link de.nextnetz.rules.law.BaseRates}).
 */
@NullMarked
package de.nextnetz.rules.law;

import org.jspecify.annotations.NullMarked;
