package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.codec.Scalars;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the tool's association comes from: a file, or the embedded NExT 2024 data set. */
public final class DataSet {

  /** The resource of the embedded data set, in the examples jar. */
  public static final String EMBEDDED = "/de/nextnetz/examples/next-2024.json";

  private DataSet() {}

  /**
   * Loads an association.
   *
   * @param file the file, or {@code null} for the embedded data set
   * @param lang the language of the validation messages
   * @return the association, read strictly and validated
   * @throws de.nextnetz.json.NextJsonException if the document has problems
   * @throws BadInputException if the file cannot be read
   */
  public static Association load(@Nullable Path file, Lang lang) {
    if (file == null) {
      return embedded();
    }
    return NextJson.builder().locale(lang.locale()).build().readAssociation(existing(file, lang));
  }

  /**
   * Checks that a file exists before it is read.
   *
   * @param file the file
   * @param lang the language of the message
   * @return the file
   * @throws BadInputException if it is a directory, missing, or not readable
   */
  static Path existing(Path file, Lang lang) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(Texts.of(lang, "error.directory", "file", file.toString()));
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(Texts.of(lang, "error.noSuchFile", "file", file.toString()));
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(Texts.of(lang, "error.unreadable", "file", file.toString(), "reason",
          Texts.of(lang, "error.noPermission")));
    }
    try {
      if (Files.size(file) > NextJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
        throw new BadInputException(Texts.of(lang, "error.tooLarge", "file", file.toString(),
            "limit", NextJson.DEFAULT_MAX_DOCUMENT_LENGTH / (1024 * 1024)));
      }
    } catch (IOException e) {
      throw new BadInputException(Texts.of(lang, "error.unreadable", "file", file.toString(), "reason",
          Scalars.shorten(String.valueOf(e.getMessage()))));
    }
    return file;
  }

  /**
   * Writes the NExT 2024 data set from {@link de.nextnetz.domain.seeds.NextSeeds} as JSON: the
   * embedded resource is made this way, and a test keeps the two identical.
   *
   * @param args the folder to write {@code next-2024.json} and {@code wiesbaden-portfolio.json} into, e.g.
   *     {@code examples/src/main/resources/de/nextnetz/examples}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    NextJson.standard().writeAssociation(de.nextnetz.domain.seeds.NextSeeds.association(), folder.resolve("next-2024.json"));
    Files.writeString(folder.resolve("wiesbaden-portfolio.json"),
        NextJson.standard().writePortfolioAsString(de.nextnetz.examples.WiesbadenPortfolio.portfolio()));
  }

  /** Reads the embedded data set without Bean Validation (see {@link #embedded()}). */
  private static final NextJson TRUSTED = NextJson.builder().validate(false).build();

  /**
   * The embedded NExT 2024 data set. It is read strictly but not validated again: it is written from
   * {@link de.nextnetz.domain.seeds.NextSeeds}, and the build's tests prove it identical to them and
   * valid. Validation would cost more than half of the tool's start-up (Hibernate Validator's
   * bootstrap and its first pass over 116 members).
   *
   * @return the data set
   */
  public static Association embedded() {
    try (InputStream in = DataSet.class.getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + EMBEDDED);
      }
      return TRUSTED.readAssociation(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
