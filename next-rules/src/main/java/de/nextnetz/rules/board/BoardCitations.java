package de.nextnetz.rules.board;

import de.nextnetz.rules.Citation;

/** The clauses of NExT's statute on the board, as the activity report 2024 states them. */
final class BoardCitations {

  static final String COMPOSITION_QUOTE = "Der Vorstand des NExT e.V. besteht aus einem Vorsitzenden,"
      + " einem stellvertretenden Vorsitzenden, einem Schatzmeister und sieben weiteren Mitgliedern"
      + " des Vorstands.";

  static final Citation COMPOSITION = Citation.nextStatute("1.3", COMPOSITION_QUOTE);

  static final Citation RE_ELECTION = Citation.of(
      "Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 1.3); §§ 187 Abs. 1, 188 Abs. 2 und 3 BGB",
      "Der Vorstand muss spätestens zwei Jahre nach der letzten Wahl in der jährlichen"
          + " Mitgliederversammlung neu gewählt werden.");

  private BoardCitations() {}
}
