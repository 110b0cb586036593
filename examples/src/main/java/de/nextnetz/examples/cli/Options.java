package de.nextnetz.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options several commands share, each stated once as a picocli mixin. */
final class Options {

  private Options() {}

  /** The output formats. */
  enum Format {
    /** Text for people. */
    text,
    /** JSON for machines. */
    json
  }

  /**
   * {@code [FILE]}: the association document of the commands that read one and print a result (each
   * states its {@code --format}: text and JSON, and for deadlines iCalendar).
   */
  static final class Document {
    @Parameters(arity = "0..1", paramLabel = "FILE",
        description = "An association document (JSON), - for standard input; default: the embedded NExT 2024 data set.")
    @Nullable Path file;
  }

  /** {@code --format text|json}. */
  static final class Output {
    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    /** Whether JSON is asked for. */
    boolean json() {
      return format == Format.json;
    }
  }

  /** {@code --public [--keep ORG]... [--key-file FILE]}: personal data redacted for publication. */
  static final class Publication {
    /** The environment variable that may hold the office's pseudonym key instead of a key file. */
    static final String KEY_VARIABLE = "NEXT_PSEUDONYM_KEY";

    @Option(names = "--public", description = "For publication: names and ids of people become pseudonyms that"
        + " cannot be reversed without the office's key, also where names stand in titles and subjects; names of"
        + " organisations too unless kept with --keep (DSGVO data minimisation); figures and findings stay the same.")
    boolean publish;

    @Option(names = "--keep", paramLabel = "ORG", description = "With --public: the identifier of an organisation to"
        + " publish by name, e.g. wiesbaden; may be repeated.")
    java.util.List<String> keep = new java.util.ArrayList<>();

    @Option(names = "--key-file", paramLabel = "FILE", description = "With --public: a file holding the office's"
        + " secret (at least 16 bytes; or the environment variable " + KEY_VARIABLE + "). The same key gives the"
        + " same pseudonyms in every run; without one, a random key is used and they differ from run to run.")
    @Nullable Path keyFile;

    /**
     * The association as it may be published, or as it is without {@code --public}.
     *
     * @throws BadInputException if the key file cannot be read or a key is too short
     */
    de.nextnetz.domain.Association apply(de.nextnetz.domain.Association association, Lang lang,
        java.util.function.Function<String, @Nullable String> environment) {
      if (!publish) {
        return association;
      }
      return de.nextnetz.domain.privacy.Redaction.forPublication(association, pseudonyms(lang, environment),
          java.util.Set.copyOf(keep));
    }

    private de.nextnetz.domain.privacy.Pseudonyms pseudonyms(Lang lang,
        java.util.function.Function<String, @Nullable String> environment) {
      String secret;
      String source;
      if (keyFile != null) {
        Path file = DataSet.existing(keyFile, lang);
        try {
          secret = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new BadInputException(Texts.of(lang, "error.notUtf8", "file", keyFile.toString()));
        } catch (java.io.IOException e) {
          throw new BadInputException(Texts.of(lang, "error.unreadable", "file", keyFile.toString(), "reason",
              de.nextnetz.domain.base.Echo.shorten(String.valueOf(e.getMessage()))));
        }
        source = keyFile.toString();
      } else {
        secret = environment.apply(KEY_VARIABLE);
        source = KEY_VARIABLE;
        if (secret == null) {
          return de.nextnetz.domain.privacy.Pseudonyms.random();
        }
      }
      try {
        return de.nextnetz.domain.privacy.Pseudonyms.keyed(secret);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(Texts.of(lang, "error.keyTooShort", "source", source,
            "min", de.nextnetz.domain.privacy.Pseudonyms.MIN_KEY_BYTES));
      }
    }
  }

  /** {@code --as-of DATE}. */
  static final class AsOf {
    @Option(names = "--as-of", paramLabel = "DATE", description = "The day of the check, yyyy-mm-dd; default: today.")
    @Nullable LocalDate asOf;

    /** The day given, else today by the tool's clock. */
    LocalDate or(LocalDate today) {
      return asOf != null ? asOf : today;
    }
  }

  /**
   * {@code [--output FILE [--force]]}: where a command writes its result, and the one way it does
   * ({@link OutputFile}): standard output, or a file that is kept if it exists (unless
   * {@code --force}), never an input, not through a link without {@code --force}.
   */
  static final class Destination {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write; default: standard output."
        + " An existing file is kept unless --force is given; an input is never overwritten.")
    @Nullable Path output;

    @Option(names = "--force", description = "Replace an existing --output file, also through a symbolic link.")
    boolean force;

    /**
     * Writes the result.
     *
     * @param text the result
     * @param inputs the command's input files, never written to
     * @param lang the language of the messages
     * @param stdout standard output
     * @throws BadInputException if the file may not or cannot be written
     */
    void write(String text, java.util.List<Path> inputs, Lang lang, java.io.PrintWriter stdout) {
      write(out -> out.write(text), inputs, lang, stdout);
    }

    /**
     * Writes the result as a body gives it, piece by piece (a large result never as one string).
     *
     * @param text what writes the result
     * @param inputs the command's input files, never written to
     * @param lang the language of the messages
     * @param stdout standard output
     * @throws BadInputException if the file may not or cannot be written
     */
    void write(OutputFile.Body text, java.util.List<Path> inputs, Lang lang, java.io.PrintWriter stdout) {
      if (output != null) {
        OutputFile.write(output, text, force, inputs, lang);
      } else {
        try {
          text.writeTo(stdout);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e); // a PrintWriter records its errors instead
        }
      }
    }

    /**
     * Writes the UTF-8 bytes a writer gives (a JSON document, a spreadsheet) as they come.
     *
     * @param bytes what writes the bytes
     * @param inputs the command's input files, never written to
     * @param lang the language of the messages
     * @param stdout standard output
     * @throws BadInputException if the file may not or cannot be written
     */
    void writeBytes(java.util.function.Consumer<java.io.OutputStream> bytes, java.util.List<Path> inputs, Lang lang,
        java.io.PrintWriter stdout) {
      write(out -> Utf8Sink.write(out, bytes), inputs, lang, stdout);
    }
  }
}
