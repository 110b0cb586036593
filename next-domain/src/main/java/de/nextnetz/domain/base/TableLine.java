package de.nextnetz.domain.base;

import java.util.List;

/**
 * One line of a table as a spreadsheet gives it: its number in the file (from 1) and its cells;
 * what the event table and the member table read.
 *
 * @param number the line number, for messages
 * @param cells the cells, in the order of the columns
 */
public record TableLine(int number, List<String> cells) {

  /**
   * Creates a line.
   *
   * @param number the line number
   * @param cells the cells
   */
  public TableLine {
    cells = List.copyOf(cells);
  }

  /** {@return whether every cell is blank} */
  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
