package de.nextnetz.rules.municipal;

import de.nextnetz.rules.Citation;

/** The clauses behind the municipal rules: Wiesbaden's resolution Nr. 0057 as the example of a council resolution. */
final class MunicipalCitations {

  static final Citation RESOLUTION = Citation.of(
      "Kommunalrecht: Beschluss der Stadtverordnetenversammlung über den Beitritt (Wiesbaden: Beschluss Nr. 0057, 2.1)",
      "die Landeshauptstadt Wiesbaden nach Wirksamwerden des Haushaltes 2024 assoziiertes Mitglied im Verein"
          + " „NExT e. V.“ wird.");

  static final Citation SPLIT = Citation.of(
      "Beschluss über die Finanzierung des Mitgliedsbeitrags (Wiesbaden: Beschluss Nr. 0057, 2.2)",
      "der jährliche Mitgliedsbeitrag in Höhe von 1.000 € hälftig aus dem Budget der Dezernate VII und II"
          + " finanziert wird");

  private MunicipalCitations() {}
}
