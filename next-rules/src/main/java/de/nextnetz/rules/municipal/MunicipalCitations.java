package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.law.LawChanges;

/**
 * The clauses behind the municipal rules: the catalogue names the kind of resolution; a finding cites the
 * membership's own council resolution (its number, body, day and agenda item), so no municipality is named here.
 */
final class MunicipalCitations {

  static final Citation RESOLUTION = Citation.of(
      "Kommunalrecht: Beschluss der Vertretung über den Beitritt (Gemeindeordnung des Landes)");

  static final Citation SPLIT = Citation.of(
      "Beschluss der Vertretung über den Mitgliedsbeitrag und seine Finanzierung (Haushaltsrecht der Kommune)");

  private MunicipalCitations() {}

  /**
   * The membership's own resolution, where it has one, else the catalogue's citation.
   *
   * @param membership the membership
   * @param otherwise the catalogue's citation
   * @return "Beschluss Nr. {number} der {body} vom {day} ({agenda item})", quoting its subject
   */
  static Citation of(MunicipalMembership membership, Citation otherwise) {
    if (membership.getResolution().isEmpty()) {
      return otherwise;
    }
    CouncilResolution resolution = membership.getResolution().get();
    return Citation.of("Beschluss Nr. " + resolution.getNumber() + " der " + resolution.getBody() + " vom "
        + LawChanges.day(resolution.getDate()) + " (" + resolution.getAgendaItem() + ")", resolution.getSubject());
  }
}
