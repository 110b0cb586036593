package de.nextnetz.domain.time;

import java.util.Optional;

/**
 * Land: one of the sixteen states of Germany, by its ISO 3166-2 code. Public holidays differ between
 * them, so the § 193 BGB shift of a due day depends on the Land of the place of performance.
 */
public enum FederalState {
  /** Baden-Württemberg. */
  BW("Baden-Württemberg"),
  /** Bayern. */
  BY("Bayern"),
  /** Berlin. */
  BE("Berlin"),
  /** Brandenburg. */
  BB("Brandenburg"),
  /** Bremen. */
  HB("Bremen"),
  /** Hamburg. */
  HH("Hamburg"),
  /** Hessen. */
  HE("Hessen"),
  /** Mecklenburg-Vorpommern. */
  MV("Mecklenburg-Vorpommern"),
  /** Niedersachsen. */
  NI("Niedersachsen"),
  /** Nordrhein-Westfalen. */
  NW("Nordrhein-Westfalen"),
  /** Rheinland-Pfalz. */
  RP("Rheinland-Pfalz"),
  /** Saarland. */
  SL("Saarland"),
  /** Sachsen. */
  SN("Sachsen"),
  /** Sachsen-Anhalt. */
  ST("Sachsen-Anhalt"),
  /** Schleswig-Holstein. */
  SH("Schleswig-Holstein"),
  /** Thüringen. */
  TH("Thüringen");

  private final String germanName;

  FederalState(String germanName) {
    this.germanName = germanName;
  }

  /** {@return the Land's name in German, e.g. {@code "Hessen"}} */
  public String germanName() {
    return germanName;
  }

  /**
   * The Land a seat lies in, where the seat's name says it: the city states Berlin, Hamburg and
   * Bremen (whose city lies in the Land of that name), or the name of a Land itself.
   *
   * @param seat the seat as written in the register, e.g. {@code "Berlin"}
   * @return the Land, or empty where the name alone does not tell (e.g. {@code "Wiesbaden"})
   */
  public static Optional<FederalState> ofSeat(String seat) {
    String name = seat.strip();
    for (FederalState state : values()) {
      if (state.germanName.equalsIgnoreCase(name)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
