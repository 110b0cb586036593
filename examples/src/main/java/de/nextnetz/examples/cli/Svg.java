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
    int height = bars.size() * ROW + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
        + " height=\"%d\" role=\"img\" aria-label=\"%s\">\n", WIDTH, height, WIDTH, height, ReportDocument.escape(title)));
    if (low >= 0 && high >= low) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%d\" fill=\"#e3f0e3\"/>\n",
          LABEL + low * unit, (high - low) * unit, height));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 5 + i * ROW;
      String label = bar.label().length() > 38 ? bar.label().substring(0, 37) + "…" : bar.label();
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
          LABEL - 6, y + 14, ReportDocument.escape(label)));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#1f4e79\"/>\n",
          LABEL, y + 2, bar.value() * unit));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%d</text>\n",
          LABEL + bar.value() * unit + 4, y + 14, bar.value()));
    }
    return svg.append("</svg>\n").toString();
  }
}
