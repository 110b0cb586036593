package de.nextnetz.examples.cli;

import de.nextnetz.domain.Echo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The one place the tool writes a file the user named ({@code --output}): an existing file is kept
 * unless {@code --force} is given, a symbolic link is not followed without it, an input of the
 * command is never overwritten, and a failed write (a full disk) is an error with exit 2, not a
 * silent success.
 */
final class OutputFile {

  private OutputFile() {}

  /**
   * Writes a text to the output file.
   *
   * @param output the file
   * @param text the text, written as UTF-8
   * @param force whether an existing file (or where a symbolic link points) may be replaced
   * @param inputs the command's inputs, which are never written to
   * @param lang the language of the messages
   * @throws BadInputException if the file may not or cannot be written
   */
  static void write(Path output, String text, boolean force, List<Path> inputs, Lang lang) {
    String name = output.toString();
    if (Files.isDirectory(output)) {
      throw new BadInputException(Texts.of(lang, "error.directory", "file", name));
    }
    boolean link = Files.isSymbolicLink(output);
    if (link && !force) {
      throw new BadInputException(Texts.of(lang, "error.outputLink", "file", name));
    }
    boolean exists = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
    if (exists && !link && !force) {
      throw new BadInputException(Texts.of(lang, "error.outputExists", "file", name));
    }
    for (Path input : inputs) {
      if (isSameFile(output, input)) {
        throw new BadInputException(Texts.of(lang, "error.outputIsInput", "file", name));
      }
    }
    // Without --force the file is created new, atomically: if it appeared meanwhile, or is a link, this fails.
    OpenOption[] options = force
        ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
        : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};
    boolean created = false;
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8, options)) {
      created = !exists;
      out.write(text);
    } catch (IOException e) {
      if (created) {
        try {
          Files.deleteIfExists(output); // no half-written file of ours stays behind
        } catch (IOException ignored) {
          // the message below says the write failed; the file may remain
        }
      }
      throw new BadInputException(Texts.of(lang, "error.cannotWrite", "file", name, "reason", reason(e, lang)));
    }
  }

  private static boolean isSameFile(Path output, Path input) {
    if (DataSet.isStandardInput(input) || !Files.exists(output) || !Files.exists(input)) {
      return false;
    }
    try {
      return Files.isSameFile(output, input);
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(IOException e, Lang lang) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return Texts.of(lang, "error.reason.exists");
    }
    if (e instanceof NoSuchFileException) {
      return Texts.of(lang, "error.reason.noFolder");
    }
    if (e instanceof AccessDeniedException) {
      return Texts.of(lang, "error.reason.noPermission");
    }
    if (e instanceof FileSystemException failed && failed.getReason() != null) {
      return Echo.shorten(failed.getReason());
    }
    return Echo.shorten(String.valueOf(e.getMessage()));
  }
}
