package de.nextnetz.examples.cli;

import de.nextnetz.domain.base.Echo;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the tool's association comes from: a file, or the embedded NExT 2024 data set. */
public final class DataSet {

  private DataSet() {}

  /** The argument that names standard input instead of a file. */
  static final String STANDARD_INPUT = "-";

  /**
   * Loads an association.
   *
   * @param file the file, {@code -} for standard input, or {@code null} for the embedded data set
   * @param lang the language of the validation messages
   * @param stdin standard input
   * @return the association, read strictly and validated
   * @throws de.nextnetz.json.problem.NextJsonException if the document has problems
   * @throws BadInputException if the file cannot be read
   */
  static Association load(@Nullable Path file, Lang lang, InputStream stdin) {
    if (file == null) {
      return de.nextnetz.examples.NextDataSet.association();
    }
    try (InputStream in = open(file, lang, stdin)) {
      return NextJson.builder().locale(lang.locale()).build().readAssociation(in);
    } catch (IOException e) {
      throw unreadable(file, lang, e);
    }
  }

  /**
   * Whether an argument names standard input.
   *
   * @param file the argument
   * @return whether it is {@code -}
   */
  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  /**
   * The name of an input in messages.
   *
   * @param file the argument
   * @param lang the language
   * @return the file's name, or "standard input"
   */
  static String nameOf(Path file, Lang lang) {
    return isStandardInput(file) ? Texts.of(lang, "input.standard") : file.toString();
  }

  /**
   * Opens an input: standard input for {@code -} (left open when the stream is closed), else the
   * file, after {@link #existing} checked it.
   *
   * @param file the argument
   * @param lang the language of the messages
   * @param stdin standard input
   * @return the stream, to be closed by the caller
   * @throws BadInputException if the file cannot be read
   */
  static InputStream open(Path file, Lang lang, InputStream stdin) {
    if (isStandardInput(file)) {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    try {
      return Files.newInputStream(existing(file, lang));
    } catch (IOException e) {
      throw unreadable(file, lang, e);
    }
  }

  /**
   * Reads a whole input as bytes, at most the document limit ({@link NextJson#DEFAULT_MAX_DOCUMENT_LENGTH}).
   *
   * @param file the argument, {@code -} for standard input
   * @param lang the language of the messages
   * @param stdin standard input
   * @return the bytes
   * @throws BadInputException if the input cannot be read or is too large
   */
  static byte[] readAll(Path file, Lang lang, InputStream stdin) {
    try (InputStream in = open(file, lang, stdin)) {
      byte[] bytes = in.readNBytes(Math.toIntExact(NextJson.DEFAULT_MAX_DOCUMENT_LENGTH) + 1);
      if (bytes.length > NextJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
        throw tooLarge(file, lang);
      }
      return bytes;
    } catch (IOException e) {
      throw unreadable(file, lang, e);
    }
  }

  /**
   * Checks that a file exists before it is read. Besides regular files, it accepts what a shell
   * passes as a file: {@code /dev/stdin}, a named pipe, a process substitution.
   *
   * @param file the file
   * @param lang the language of the message
   * @return the file
   * @throws BadInputException if it is a directory, missing, not readable or larger than the document limit
   */
  static Path existing(Path file, Lang lang) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(Texts.of(lang, "error.directory", "file", file.toString()));
    }
    if (!Files.exists(file)) {
      throw new BadInputException(Texts.of(lang, "error.noSuchFile", "file", file.toString()));
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(Texts.of(lang, "error.unreadable", "file", file.toString(), "reason",
          Texts.of(lang, "error.noPermission")));
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > NextJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
        throw tooLarge(file, lang);
      }
    } catch (IOException e) {
      throw unreadable(file, lang, e);
    }
    return file;
  }

  private static BadInputException tooLarge(Path file, Lang lang) {
    return new BadInputException(Texts.of(lang, "error.tooLarge", "file", nameOf(file, lang),
        "limit", NextJson.DEFAULT_MAX_DOCUMENT_LENGTH / (1024 * 1024)));
  }

  private static BadInputException unreadable(Path file, Lang lang, IOException e) {
    return new BadInputException(Texts.of(lang, "error.unreadable", "file", nameOf(file, lang), "reason",
        Echo.shorten(String.valueOf(e.getMessage()))));
  }

  /** The example association that is not NExT, in the examples folder of the repository: {@code examples/musterverein.json}. */
  public static final String MUSTERVEREIN = "musterverein.json";


}
