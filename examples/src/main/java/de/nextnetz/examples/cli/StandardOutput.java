package de.nextnetz.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;

/**
 * The process's standard output, which remembers whether its reader went away ({@code next report | head -2}): then
 * what is left to print is dropped, as a Unix tool ends on a closed pipe, and the run is not a failure. Any other
 * failed write (a full disk) is one, and the tool says so.
 */
final class StandardOutput extends FilterOutputStream {

  private volatile boolean readerGone;

  StandardOutput() {
    super(new FileOutputStream(FileDescriptor.out));
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (readerGone) {
      return;
    }
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      if (isClosedPipe(e)) {
        readerGone = true;
        return;
      }
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    if (!readerGone) {
      try {
        out.flush();
      } catch (IOException e) {
        if (!isClosedPipe(e)) {
          throw e;
        }
        readerGone = true;
      }
    }
  }

  /** {@return whether the reader of standard output went away before everything was written} */
  boolean readerGone() {
    return readerGone;
  }

  /** EPIPE, as the JDK reports it on Linux and macOS ("Broken pipe") and on Windows ("The pipe is being closed"). */
  private static boolean isClosedPipe(IOException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Broken pipe") || message.contains("pipe is being closed");
  }
}
