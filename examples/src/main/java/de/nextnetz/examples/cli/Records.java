package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import java.util.ArrayList;
import java.util.List;

/** The association's records that name a person, described for people: what they are and of which day. */
final class Records {

  private Records() {}

  /**
   * Describes records given by their JSON Pointers.
   *
   * @param association the association the pointers point into
   * @param paths the pointers, as {@link de.nextnetz.rules.law.Retention} lists them
   * @param lang the language
   * @return e.g. "the invitation to the assembly of 16 March 2024, the exit declaration of 30 September 2025"
   */
  static String describe(Association association, List<String> paths, Lang lang) {
    List<String> items = new ArrayList<>();
    for (String path : paths) {
      String[] parts = path.substring(1).split("/", -1);
      int index = parts.length > 1 && parts[1].chars().allMatch(Character::isDigit) ? Integer.parseInt(parts[1]) : -1;
      String text = switch (parts[0]) {
        case "generalAssemblies" -> {
          var assembly = association.getGeneralAssemblies().get(index);
          String key = path.endsWith("/invitation/recipients") ? "records.invitation"
              : path.endsWith("/attendees") ? "records.attendance"
              : path.endsWith("/consents") ? "records.consent" : "records.excluded";
          yield Texts.of(lang, key, "date", assembly.getDate());
        }
        case "exitDeclarations" -> Texts.of(lang, "records.exit", "date",
            association.getExitDeclarations().get(index).getReceivedOn());
        case "minorityDemands" -> Texts.of(lang, "records.demand", "date",
            association.getMinorityDemands().get(index).getReceivedOn());
        case "applications" -> Texts.of(lang, "records.review", "date",
            association.getApplications().get(index).getDate());
        case "dataRequests" -> Texts.of(lang, "records.request", "date",
            association.getDataRequests().get(index).getReceivedOn());
        default -> path;
      };
      items.add(text);
    }
    return String.join(", ", items);
  }
}
