/**
 * The law of the general assembly for any e. V.: how it is called (who, how early, in what form,
 * to whom, with which agenda, where), whether it could decide, whether its resolutions passed with
 * the majority their kind needs, § 34 BGB exclusions, minutes, and the minority demands of § 37
 * BGB. {@link de.nextnetz.rules.law.AssemblyLaw} states each provision once, with the clause
 * that decides it: the Satzung's, or the BGB's where the Satzung is silent.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;
import org.jspecify.annotations.NullMarked;
