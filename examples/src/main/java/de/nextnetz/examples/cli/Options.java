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

  /** {@code --lang de|en}. */
  static final class Language {
    @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
    Lang lang = Lang.en;
  }

  /**
   * {@code [FILE] [--lang de|en]}: what the commands that read an association and print a result
   * share (each states its {@code --format}: text and JSON, and for deadlines iCalendar).
   */
  static final class Document {
    @Parameters(arity = "0..1", paramLabel = "FILE",
        description = "An association document (JSON), - for standard input; default: the embedded NExT 2024 data set.")
    @Nullable Path file;

    @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
    Lang lang = Lang.en;
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

  /** {@code --public [--keep ORG]...}: personal data redacted for publication. */
  static final class Publication {
    @Option(names = "--public", description = "For publication: names of people become stable pseudonyms, names of"
        + " organisations too unless kept with --keep (DSGVO data minimisation); figures stay the same.")
    boolean publish;

    @Option(names = "--keep", paramLabel = "ORG", description = "With --public: the identifier of an organisation to"
        + " publish by name, e.g. wiesbaden; may be repeated.")
    java.util.List<String> keep = new java.util.ArrayList<>();

    /** The association as it may be published, or as it is without {@code --public}. */
    de.nextnetz.domain.Association apply(de.nextnetz.domain.Association association) {
      return publish ? de.nextnetz.domain.privacy.Redaction.forPublication(association, java.util.Set.copyOf(keep))
          : association;
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
      if (output != null) {
        OutputFile.write(output, text, force, inputs, lang);
      } else {
        stdout.print(text);
      }
    }
  }
}
