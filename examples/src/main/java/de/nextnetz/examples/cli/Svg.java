package de.nextnetz.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as inline SVG, the one kind of chart the activity report needs. A small
 * writer rather than a chart library: the charts are bars with labels and values (about 40 lines
 * here), the SVG is text the HTML validator checks with the page, and the tool stays free of a
 * Java2D/AWT dependency (which JFreeSVG would bring) in a headless command line tool.
 */
final class Svg {

  private Svg() {}

  /**
   * One bar.
   *
   * @param label what it counts
   * @param value how many
   */
  record Bar(String label, int value) {}

  private static final int WIDTH = 640;
  private static final int ROW = 22;
  private static final int LABEL = 250;

  /**
   * A horizontal bar chart.
   *
   * @param title the chart's accessible name
   * @param bars the bars, top to bottom
   * @param low the lower end of a range to shade (e.g. the statute's two meetings), or -1
   * @param high the upper end of that range, or -1
   * @return the {@code <svg>} element
   */
  static String bars(String title, List<Bar> bars, int low, int high) {
    int max = Math.max(1, Math.max(high, bars.stream().mapToInt(Bar::value).max().orElse(1)));
    double unit = (WIDTH - LABEL - 40) / (double) max;
    List<List<String>> labels = bars.stream().map(bar -> wrap(bar.label())).toList();
    int height = 10 + labels.stream().mapToInt(lines -> lines.size() == 1 ? ROW : ROW + LINE).sum();
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
        + " height=\"%d\" role=\"img\" aria-label=\"%s\">\n", WIDTH, height, WIDTH, height, ReportDocument.escape(title)));
    if (low >= 0 && high >= low) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%d\" fill=\"#e3f0e3\"/>\n",
          LABEL + low * unit, (high - low) * unit, height));
    }
    int y = 5;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      List<String> lines = labels.get(i);
      // A label of two lines: its first line above the bar's middle, its second below.
      int bar0 = y + 2 + (lines.size() - 1) * LINE / 2;
      for (int line = 0; line < lines.size(); line++) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
            LABEL - 6, y + 14 + line * LINE, ReportDocument.escape(lines.get(line))));
      }
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#1f4e79\"/>\n",
          LABEL, bar0, bar.value() * unit));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%d</text>\n",
          LABEL + bar.value() * unit + 4, bar0 + 12, bar.value()));
      y += lines.size() == 1 ? ROW : ROW + LINE;
    }
    return svg.append("</svg>\n").toString();
  }

  /** The space between the lines of a label. */
  private static final int LINE = 13;

  /** The characters of a label's line that fit left of the bars at 12 px. */
  private static final int FITS = 38;

  /**
   * A label in one line, or two broken at a space, the second shortened with "…" only if it still does not fit
   * ("Veränderungsmanagement und" / "Digitalisierung").
   */
  static List<String> wrap(String label) {
    if (label.length() <= FITS) {
      return List.of(label);
    }
    int space = label.lastIndexOf(' ', FITS);
    if (space <= 0) {
      return List.of(label.substring(0, FITS - 1) + "…");
    }
    String rest = label.substring(space + 1);
    return List.of(label.substring(0, space), rest.length() <= FITS ? rest : rest.substring(0, FITS - 1) + "…");
  }
}
