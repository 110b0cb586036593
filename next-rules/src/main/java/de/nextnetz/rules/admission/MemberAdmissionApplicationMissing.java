package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * Every member admitted through the procedure has a recorded application.
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: the statute version's clause for {@code ADMISSION_PROCEDURE} (else its source), § 58 Nr. 1 BGB. Founders and kinds of membership
 * outside the procedure are not checked. An ERROR per member without application, or whose
 * application id names no recorded application.
 */
final class MemberAdmissionApplicationMissing extends AdmissionRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_ADMISSION_APPLICATION_MISSING", Severity.ERROR, Admissions.PROCEDURE);

  MemberAdmissionApplicationMissing() {
    super(DEFINITION);
  }

  @Override
  void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome) {
    index.forEachAdmitted(context.asOf(), outcome, (i, member, found, application, statute) -> {
      outcome.checked();
      if (application == null) {
        outcome.add(Finding.builder(this, Pointer.to("members", i))
            .citation(Clauses.citeWithLaw(statute, StatuteParameter.ADMISSION_PROCEDURE))
            .fact("member", member.getId())
            .fact("start", member.getStart())
            .fact("applicationId", member.getApplicationId())
            .build());
      }
    });
  }
}
