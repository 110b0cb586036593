/**
 * Bank files: a bank statement in ISO 20022 camt.053 (the format German banks deliver, versions
 * {@code camt.053.001.02} and {@code camt.053.001.08}) read with the JDK's StAX parser, with external entities and
 * DTDs off ({@link de.nextnetz.json.bank.Camt053}), and its entries turned into the association's recorded payments
 * ({@link de.nextnetz.json.bank.StatementImport}): every entry accounted for, matched to a member or listed with
 * why not, and nothing imported twice.
 */
@NullMarked
package de.nextnetz.json.bank;

import org.jspecify.annotations.NullMarked;
