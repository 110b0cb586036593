package de.nextnetz.examples.cli;

import de.nextnetz.domain.base.Echo;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text for a person at a terminal, the one place that keeps the input from moving it: a line ends only where the
 * tool ends it ({@link #println()}), and every character of a printed text that a terminal would act on (a line
 * break or carriage return inside a name, ESC and the other control characters, line separators, the characters
 * that reorder text) is shown as {@code \\uXXXX} as {@link Echo} writes it. A tab stays a tab.
 *
 * <p>The text outputs and messages of every command print through it; documents in a format of their own (JSON,
 * iCalendar, CSV, HTML, Markdown) are written unchanged to the stream beneath, since each escapes for its own
 * reader in one place. What the stream beneath fails to write is recorded there ({@code checkError}), as before.
 */
final class TerminalText extends PrintWriter {

  private TerminalText(Writer target) {
    super(target, false);
  }

  /**
   * Text lines on a stream.
   *
   * @param target the stream, written to unchanged by nobody else in between
   * @return the stream itself if it is already one, else a new one over it
   */
  static PrintWriter over(PrintWriter target) {
    return target instanceof TerminalText ? target : new TerminalText(target);
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c));
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    write(new String(buffer, offset, length));
  }

  @Override
  public void write(String text, int offset, int length) {
    String safe = safe(text.substring(offset, offset + length));
    super.write(safe, 0, safe.length());
  }

  /**
   * Makes one piece of a line safe.
   *
   * @param text the text as the data has it
   * @return the text with every character {@link Echo#isUnsafe} names but a tab escaped, line breaks included
   */
  static String safe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && Echo.isUnsafe(c)) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        safe.append(Echo.escaped(c));
      } else if (safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }
}
