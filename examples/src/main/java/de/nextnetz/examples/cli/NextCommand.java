package de.nextnetz.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command of the tool has: the tool itself (for today's date), its streams and the language
 * of its messages ({@code --lang de|en}, stated once here for all commands).
 */
abstract class NextCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
  Lang lang = Lang.en;

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  Next next;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  /** {@return standard output for text lines: what the data brings can end no line and move no terminal} */
  PrintWriter out() {
    return TerminalText.over(spec.commandLine().getOut());
  }

  /**
   * {@return standard output for a document in a format that escapes for its own reader (JSON, iCalendar, CSV,
   * HTML, Markdown), written unchanged}
   */
  PrintWriter document() {
    return spec.commandLine().getOut();
  }

  /**
   * Reads an association document strictly, with the messages in the command's language.
   *
   * @param file the document, {@code -} for standard input, {@code null} for the embedded NExT 2024 data set
   * @return the association
   * @throws BadInputException if the document cannot be read or is invalid
   */
  de.nextnetz.domain.Association load(java.nio.file.@Nullable Path file) {
    return DataSet.load(file, lang, stdin());
  }

  /** {@return standard input, for {@code -} as FILE} */
  java.io.InputStream stdin() {
    return next.stdin();
  }

  /**
   * Prints a document that a writer of UTF-8 bytes gives (JSON) on standard output, piece by piece as it comes.
   *
   * @param bytes what writes the document
   */
  void printDocument(java.util.function.Consumer<java.io.OutputStream> bytes) {
    try {
      Utf8Sink.write(document(), bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // not for standard output, which records its errors
    }
  }

  /** {@return standard error for text lines, as {@link #out()}} */
  PrintWriter err() {
    return TerminalText.over(spec.commandLine().getErr());
  }
}
