package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The place of a finding in words, for people: "Ida Imhof", "Mitgliederversammlung vom 20. November 2025,
 * Beschluss 2", "Steuerjahr 2024" instead of the JSON Pointer ({@code /members/8}), which stays in the JSON
 * output. A place the tool has no words for is left out: the finding's message names what it is about. What
 * follows a pointer after a space ({@code /events (2025)}) follows its words ("Veranstaltungen (2025)"). The one
 * reader of the pointers the rules give, for findings and missing facts alike.
 */
final class Places {

  private Places() {}

  /**
   * The places of an association document.
   *
   * @param association the document the findings point into
   * @param lang the language
   * @return for a finding's path, its place in words, or empty
   */
  static Function<String, Optional<String>> of(Association association, Lang lang) {
    return withRest(path -> {
      List<String> parts = segments(path);
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      int index = index(parts, 1);
      try {
        return Optional.ofNullable(switch (parts.get(0)) {
          case "members" -> index < 0 ? null : association.getMembers().get(index).getName();
          case "board" -> parts.size() > 2 && parts.get(1).equals("seats") && index(parts, 2) >= 0
              ? association.getBoard().getSeats().get(index(parts, 2)).getPerson().getName()
              : Texts.of(lang, "place.board");
          case "statute" -> Texts.of(lang, "place.statute");
          case "events" -> Texts.of(lang, "place.events");
          case "communities" -> index < 0 ? null : association.getCommunities().get(index).getName();
          case "generalAssemblies" -> index < 0 ? null : assembly(association, parts, index, lang);
          case "applications" -> index < 0 ? null : Texts.of(lang, "place.application", "day",
              association.getApplications().get(index).getDate());
          case "exitDeclarations" -> index < 0 ? null : Texts.of(lang, "place.exit", "day",
              association.getExitDeclarations().get(index).getReceivedOn());
          case "minorityDemands" -> index < 0 ? null : Texts.of(lang, "place.demand", "day",
              association.getMinorityDemands().get(index).getReceivedOn());
          case "dataRequests" -> index < 0 ? null : Texts.of(lang, "place.request", "day",
              association.getDataRequests().get(index).getReceivedOn());
          case "tax" -> tax(association, parts, lang);
          default -> null;
        });
      } catch (IndexOutOfBoundsException | java.util.NoSuchElementException notThere) {
        return Optional.empty();
      }
    });
  }

  /** What follows a pointer after a space, after the place's words. */
  private static Function<String, Optional<String>> withRest(Function<String, Optional<String>> places) {
    return path -> places.apply(path).map(words -> words + (path.contains(" ") ? path.substring(path.indexOf(' ')) : ""));
  }

  /**
   * The field a pointer ends in where its place's words do not already say it: {@code invitationPeriod} of {@code
   * /statute/versions/0/invitationPeriod}; none for an item of the document ({@code /board}), of a list ({@code
   * /members/3}) or an invitation, which the place names.
   *
   * @param path the pointer, perhaps followed by a space and more
   * @return the field's name in the document, or empty
   */
  static Optional<String> field(String path) {
    List<String> parts = segments(path);
    String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    return parts.size() <= 1 || last.matches("\\d+") || last.equals("invitation") ? Optional.empty() : Optional.of(last);
  }

  /**
   * The places of a municipality's portfolio: a membership by the association's name.
   *
   * @param portfolio the portfolio the findings point into
   * @return for a finding's path, its place in words, or empty
   */
  static Function<String, Optional<String>> of(MunicipalPortfolio portfolio) {
    return withRest(path -> {
      List<String> parts = segments(path);
      int index = index(parts, 1);
      return !parts.isEmpty() && parts.get(0).equals("memberships") && index >= 0 && index < portfolio.getMemberships().size()
          ? Optional.of(portfolio.getMemberships().get(index).getAssociation()) : Optional.empty();
    });
  }

  private static String assembly(Association association, List<String> parts, int index, Lang lang) {
    String assembly = Texts.of(lang, "place.assembly", "day", association.getGeneralAssemblies().get(index).getDate());
    if (parts.size() > 3 && parts.get(2).equals("resolutions") && index(parts, 3) >= 0) {
      return Texts.of(lang, "place.resolution", "assembly", assembly, "number", index(parts, 3) + 1);
    }
    if (parts.size() > 2 && parts.get(2).equals("invitation")) {
      return Texts.of(lang, "place.invitation", "assembly", assembly);
    }
    return assembly;
  }

  private static @org.jspecify.annotations.Nullable String tax(Association association, List<String> parts, Lang lang) {
    var tax = association.getTax().orElseThrow();
    int index = index(parts, 2);
    if (parts.size() < 3 || index < 0) {
      return Texts.of(lang, "place.tax");
    }
    return switch (parts.get(1)) {
      case "years" -> Texts.of(lang, "place.taxYear", "year", tax.getYears().get(index).getYear().getValue());
      case "receipts" -> Texts.of(lang, "place.receipt", "number", tax.getReceipts().get(index).getNumber(),
          "day", tax.getReceipts().get(index).getIssuedOn());
      case "notices" -> Texts.of(lang, "place.notice", "day", tax.getNotices().get(index).getDate());
      case "reserves" -> Texts.of(lang, "place.reserve", "day", tax.getReserves().get(index).getResolvedOn());
      case "allowances" -> Texts.of(lang, "place.allowance", "person", nameOf(association, tax.getAllowances().get(index).getPerson()),
          "year", tax.getAllowances().get(index).getYear().getValue());
      default -> Texts.of(lang, "place.tax");
    };
  }

  /** A member's or board member's name for an id, the id where none has it. */
  private static String nameOf(Association association, String id) {
    return association.getMembers().stream().filter(member -> member.getId().equals(id)).map(member -> member.getName())
        .findFirst().orElse(id);
  }

  /** The pointer's segments; none for the document itself or a path that is no pointer. */
  private static List<String> segments(String path) {
    if (!path.startsWith("/")) {
      return List.of();
    }
    String pointer = path.contains(" ") ? path.substring(0, path.indexOf(' ')) : path;
    return pointer.length() <= 1 ? List.of() : List.of(java.util.regex.Pattern.compile("/").split(pointer.substring(1), -1));
  }

  private static int index(List<String> parts, int at) {
    return parts.size() > at && parts.get(at).matches("\\d{1,9}") ? Integer.parseInt(parts.get(at)) : -1;
  }
}
