package de.nextnetz.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes (a JSON document, a spreadsheet) passed on to a text stream piece by piece as they come, so that a
 * large output never exists as one string: a document near the size limit is written within the documented heap.
 * The bytes are the library's own UTF-8; anything else would be shown as U+FFFD.
 */
final class Utf8Sink extends OutputStream {

  private final Writer target;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  Utf8Sink(Writer target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    int at = offset;
    int end = offset + length;
    while (at < end) {
      int n = Math.min(pending.remaining(), end - at);
      pending.put(bytes, at, n);
      at += n;
      pending.flip();
      decode(false);
      pending.compact();
    }
  }

  private void decode(boolean last) throws IOException {
    while (true) {
      CoderResult result = decoder.decode(pending, chars, last);
      chars.flip();
      target.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
      chars.clear();
      if (!result.isOverflow()) {
        return;
      }
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  /** Passes on what is left (an incomplete character at the end becomes U+FFFD) and flushes; the target stays open. */
  @Override
  public void close() throws IOException {
    pending.flip();
    decode(true);
    decoder.flush(chars);
    chars.flip();
    target.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
    pending.clear();
    target.flush();
  }

  /**
   * Writes what a writer of bytes gives to a text stream, as it comes.
   *
   * @param target the text stream, not closed
   * @param body what writes the bytes (a failure of the text stream may reach it wrapped, as {@link UncheckedIOException} or Jackson's)
   * @throws IOException if the text stream cannot be written
   */
  static void write(Writer target, java.util.function.Consumer<OutputStream> body) throws IOException {
    try (Utf8Sink sink = new Utf8Sink(target)) {
      body.accept(sink);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException failed) {
        throw failed; // the text stream failed beneath a writer that wraps I/O errors (JSON, CSV)
      }
      throw e;
    }
  }
}
