package de.nextnetz.json.codec;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import de.nextnetz.domain.validation.DomainValidator;
import java.util.Locale;

/**
 * Passes a document's bytes through while checking that they are UTF-8 (RFC 3629), as JSON
 * exchanged between systems must be (RFC 8259, 8.1): no overlong forms, no encoded surrogates, no
 * code points beyond U+10FFFF, no truncated sequences, and no NUL byte, which JSON text never holds
 * unescaped and which is how UTF-16 and UTF-32 documents give themselves away. A UTF-8 byte-order
 * mark is allowed (the parser skips it). The first bad byte ends the reading with its offset.
 * {@link Documents#read(InputStream, java.util.function.Function, Codec, DomainValidator, Locale)} wraps every document
 * in one and turns that end into the document's problem.
 */
final class Utf8Only extends FilterInputStream {

  /** The document is not UTF-8; the message names the byte and its offset. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8(String message) {
      super(message);
    }
  }

  private long offset;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;

  Utf8Only(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int count = super.read(buffer, from, length);
    if (count < 0) {
      end();
    }
    int i = from;
    int end = from + Math.max(count, 0);
    while (i < end) {
      if (pending == 0) {
        // The common case, a run of ASCII other than NUL, is passed in one tight loop (issue 31).
        int start = i;
        while (i < end && buffer[i] > 0) {
          i++;
        }
        offset += i - start;
        if (i == end) {
          break;
        }
      }
      check(buffer[i] & 0xFF);
      i++;
    }
    return count;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping would leave bytes unchecked");
  }

  private void end() throws NotUtf8 {
    if (pending > 0) {
      throw new NotUtf8("the document is not UTF-8: it ends within a multi-byte character at offset " + offset);
    }
  }

  private void check(int b) throws NotUtf8 {
    if (pending > 0) {
      if (b < low || b > high) {
        throw bad(b);
      }
      pending--;
      low = 0x80;
      high = 0xBF;
    } else if (b == 0) {
      throw new NotUtf8("the document is not UTF-8 text: a NUL byte at offset " + offset
          + " (UTF-16 and UTF-32 documents are not read; save it as UTF-8)");
    } else if (b >= 0x80) {
      if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        throw bad(b);
      }
    }
    offset++;
  }

  private NotUtf8 bad(int b) {
    return new NotUtf8("the document is not UTF-8: byte 0x" + Integer.toHexString(b).toUpperCase(Locale.ROOT)
        + " at offset " + offset + " is not allowed there (overlong forms, encoded surrogates and other"
        + " encodings such as UTF-16 or Windows-1252 are not read; save it as UTF-8)");
  }
}
