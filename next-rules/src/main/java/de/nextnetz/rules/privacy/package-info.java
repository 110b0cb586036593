/**
 * The rules of personal data (DSGVO, § 147 AO, § 35 BDSG): what the association still keeps about former members and
 * why ({@code DATA_RETENTION_ACTIVE}), what it keeps only because a period runs ({@code DATA_RESTRICTION_REQUIRED}),
 * what it must erase ({@code DATA_ERASURE_DUE}) and requests it has not answered in time ({@code
 * DATA_REQUEST_OVERDUE}). They ask {@link de.nextnetz.rules.law.Retention} and {@link de.nextnetz.rules.law.PrivacyLaw}
 * and never judge again.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.privacy;

import org.jspecify.annotations.NullMarked;
