/**
 * The law in one room: each provision of the BGB (and the dated law around it) that the rules, the
 * commands, the documents and the calendars need, computed once with its citation. A rule or a presenter
 * asks here and never judges again; law that changes with time is a dated row of {@link
 * de.nextnetz.rules.law.LawChanges}, never a constant in a rule. The law of dues is here too: {@link
 * de.nextnetz.rules.law.DuesLaw} and the members' accounts computed by it, {@link de.nextnetz.rules.law.Ledgers}
 * (fee years from the Satzung, payments matched as § 366 BGB says, default interest from the dated
 * {@link de.nextnetz.rules.law.BaseRates}). So is the law of personal data: {@link de.nextnetz.rules.law.PrivacyLaw},
 * the dated retention table {@link de.nextnetz.rules.law.RetentionPeriods} (§ 147 AO), what is kept about each
 * member until when ({@link de.nextnetz.rules.law.Retention}), a person's copy ({@link
 * de.nextnetz.rules.law.PersonalData}, Art. 15 DSGVO) and the erasure the law allows ({@link
 * de.nextnetz.rules.law.Erasure}, Art. 17 DSGVO).
 */
@NullMarked
package de.nextnetz.rules.law;

import org.jspecify.annotations.NullMarked;
