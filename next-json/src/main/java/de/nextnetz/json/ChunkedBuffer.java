package de.nextnetz.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes held in pieces of at most a mebibyte: unlike a {@link java.io.ByteArrayOutputStream}, it never copies what
 * it holds to grow, so a document takes its own size once, not up to three times, while it is written.
 */
final class ChunkedBuffer extends OutputStream {

  private static final int FIRST = 8 * 1024;
  private static final int LARGEST = 1024 * 1024;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] current = new byte[FIRST];
  private int used;

  @Override
  public void write(int b) {
    if (used == current.length) {
      next();
    }
    current[used++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    int at = offset;
    int left = length;
    while (left > 0) {
      if (used == current.length) {
        next();
      }
      int n = Math.min(left, current.length - used);
      System.arraycopy(bytes, at, current, used, n);
      used += n;
      at += n;
      left -= n;
    }
  }

  private void next() {
    full.add(current);
    current = new byte[Math.min(LARGEST, current.length * 2)];
    used = 0;
  }

  /**
   * Writes everything held to a stream.
   *
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  void writeTo(OutputStream out) throws IOException {
    for (byte[] chunk : full) {
      out.write(chunk);
    }
    out.write(current, 0, used);
  }
}
