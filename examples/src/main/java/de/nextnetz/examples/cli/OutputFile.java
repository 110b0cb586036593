package de.nextnetz.examples.cli;

import de.nextnetz.domain.base.Echo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The one place the tool writes a file the user named ({@code --output}): an existing file is kept
 * unless {@code --force} is given, a symbolic link is not followed without it, an input of the
 * command is never overwritten, and a failed write (a full disk) is an error with exit 2, not a
 * silent success. A regular file replaced with {@code --force} is written beside it first and then
 * moved into its place, so a failed write leaves the old file as it was, never a cut one; a device or a
 * pipe is written to where it is.
 */
final class OutputFile {

  private OutputFile() {}

  /** What writes the file's text, piece by piece, so that a large output is never one string. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the text.
     *
     * @param out where to, UTF-8 beneath
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

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
    write(output, out -> out.write(text), force, inputs, lang);
  }

  /**
   * Writes a text to the output file as a body gives it, with the same guards as {@link #write(Path, String,
   * boolean, List, Lang)}.
   *
   * @param output the file
   * @param text what writes the text, as UTF-8
   * @param force whether an existing file (or where a symbolic link points) may be replaced
   * @param inputs the command's inputs, which are never written to
   * @param lang the language of the messages
   * @throws BadInputException if the file may not or cannot be written
   */
  static void write(Path output, Body text, boolean force, List<Path> inputs, Lang lang) {
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
    if (force && exists) {
      Path target = link ? resolved(output, name, lang) : output;
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        replace(target, text, name, lang);
      } else {
        // A device or a pipe (e.g. /dev/stdout) is written to where it is, never replaced by a file.
        writeInPlace(target, text, name, lang);
      }
      return;
    }
    // A new file is created new, atomically: if it appeared meanwhile, or is a link, this fails.
    OpenOption[] options = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8, options)) {
      text.writeTo(out);
    } catch (IOException e) {
      deleteQuietly(output); // no half-written file of ours stays behind
      throw new BadInputException(Texts.of(lang, "error.cannotWrite", "file", name, "reason", reason(e, lang)));
    } catch (RuntimeException e) {
      deleteQuietly(output); // the text could not be made: nothing is written
      throw e;
    }
  }

  /**
   * Replaces an existing file without ever leaving it cut: the text is written to a new file beside it,
   * which is then moved into its place (atomically where the file system can). If the write fails (a
   * full disk), the new file is removed and the old one stays as it was.
   */
  private static void replace(Path target, Body text, String name, Lang lang) {
    Path folder = folderOf(target);
    Path fresh = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        text.writeTo(out);
      }
      copyPermissions(target, fresh);
      try {
        Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(fresh);
      throw new BadInputException(Texts.of(lang, "error.cannotWrite", "file", name, "reason", reason(e, lang)));
    } catch (RuntimeException e) {
      deleteQuietly(fresh); // the text could not be made: the old file stays
      throw e;
    }
  }

  private static void writeInPlace(Path target, Body text, String name, Lang lang) {
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      text.writeTo(out);
    } catch (IOException e) {
      throw new BadInputException(Texts.of(lang, "error.cannotWrite", "file", name, "reason", reason(e, lang)));
    }
  }

  /** Where a symbolic link points, which {@code --force} replaces (the link itself stays). */
  private static Path resolved(Path link, String name, Lang lang) {
    try {
      Path target = Files.readSymbolicLink(link);
      return folderOf(link).resolve(target);
    } catch (IOException e) {
      throw new BadInputException(Texts.of(lang, "error.cannotWrite", "file", name, "reason", reason(e, lang)));
    }
  }

  /** The folder a file is in (a file of the root folder: the root). */
  private static Path folderOf(Path file) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    return parent != null ? parent : absolute;
  }

  /** The replaced file keeps who may read it (POSIX file systems; elsewhere the defaults apply). */
  private static void copyPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system, or not ours to change: the new file keeps the defaults
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the message says the write failed; the file may remain
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
