package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.ResolutionResult;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.Set;

/**
 * A change of the purpose has the consent of all members: everyone present votes yes, and every
 * member who did not attend consents in the form of the day: Schriftform (§ 126 BGB) until
 * 31 December 2024, Textform from 1 January 2025, so an e-mail of 15 December 2024 does not count
 * and one of 15 January 2025 does. Where the Satzung sets a majority instead
 * ({@code purposeChangeMajority}), that majority is judged.
 */
final class ResolutionPurposeChangeConsentMissing extends MajorityRule {

  private static final Citation CITATION = Citation.of("§ 33 Abs. 1 Satz 2 BGB", "Zur Änderung des Zweckes des Vereins ist die Zustimmung aller Mitglieder erforderlich; die Zustimmung der nicht erschienenen Mitglieder muss in Textform erfolgen.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING", Severity.ERROR, CITATION);

  ResolutionPurposeChangeConsentMissing() {
    super(DEFINITION, Set.of(ResolutionKind.PURPOSE_CHANGE));
  }

  @Override
  void checkConsent(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      Votes counted, LocalDate asOf, Outcome.Builder outcome) {
    long missing = counted.getNo() > 0 || counted.getAbstain() > 0 ? -1
        : AssemblyLaw.consentsMissing(association, assembly, resolution, counted, asOf);
    if (missing == 0 || resolution.getRecordedResult().orElse(ResolutionResult.ADOPTED) == ResolutionResult.REJECTED) {
      return;
    }
    Finding.Builder finding = Finding.builder(this, path)
        .param("resolution", resolution.getSubject())
        .fact("assembly", assembly.getDate())
        .fact("members", association.membersOn(assembly.getDate()).size())
        .fact("yes", counted.getYes())
        .fact("no", counted.getNo())
        .fact("abstain", counted.getAbstain());
    if (missing < 0) {
      outcome.add(finding.messageKey("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING.present").build());
      return;
    }
    LocalDate latest = resolution.getConsents().stream().map(consent -> consent.getDate())
        .filter(day -> !day.isAfter(asOf)).max(LocalDate::compareTo).orElse(assembly.getDate());
    outcome.add(finding.citation(AssemblyLaw.purposeChangeConsentForm(latest).citation())
        .fact("consentsMissing", missing)
        .fact("consentForm", AssemblyLaw.purposeChangeConsentForm(latest).value())
        .build());
  }
}
