package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An agenda item that announces a statute or purpose change names the clauses it changes and the
 * proposed wording. A WARNING; an ERROR where the Satzung requires the wording
 * ({@code statuteChangeWordingRequired}).
 */
final class MvStatuteChangeNotSpecified extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 1 Satz 2 BGB; Registerpraxis (§ 71 Abs. 1 Satz 3 BGB)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_STATUTE_CHANGE_NOT_SPECIFIED", Severity.WARNING, CITATION);

  MvStatuteChangeNotSpecified() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    Optional<Invitation> invitation = assembly.getInvitation();
    Set<String> changing = new HashSet<>();
    for (Resolution resolution : assembly.getResolutions()) {
      if (changesStatute(resolution.getKind())) {
        resolution.getAgendaItemId().ifPresent(changing::add);
      }
    }
    if (invitation.isEmpty()) {
      if (!changing.isEmpty()) {
        outcome.missing(path + "/invitation");
      }
      return;
    }
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    List<AgendaItem> items = invitation.get().getAgendaItems();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (!changing.contains(item.getId()) && !item.getKind().map(MvStatuteChangeNotSpecified::changesStatute).orElse(false)) {
        continue;
      }
      outcome.checked();
      if (item.getClauses().isEmpty() || item.getProposedWording().isEmpty()) {
        boolean required = statute.isStatuteChangeWordingRequired();
        Finding.Builder finding = Finding.builder(this, required ? Severity.ERROR : Severity.WARNING,
                path + "/invitation/agendaItems/" + i)
            .param("item", item.getSubject())
            .fact("assembly", assembly.getDate())
            .fact("clausesNamed", !item.getClauses().isEmpty())
            .fact("wordingGiven", item.getProposedWording().isPresent());
        if (required) {
          finding.citation(Clauses.cite(statute, StatuteParameter.STATUTE_CHANGE_WORDING_REQUIRED, true));
        }
        outcome.add(finding.build());
      }
    }
  }

  private static boolean changesStatute(ResolutionKind kind) {
    return kind == ResolutionKind.STATUTE_CHANGE || kind == ResolutionKind.PURPOSE_CHANGE;
  }
}
