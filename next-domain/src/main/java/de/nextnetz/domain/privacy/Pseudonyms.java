package de.nextnetz.domain.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms nobody can reverse without the office's secret (Art. 4 Nr. 5 DSGVO: the additional information is
 * "kept separately"): each code is an HMAC-SHA256 of what it stands for under a key the office keeps, so a list of
 * every member's name and id gives nothing to compare against; the same key gives the same pseudonyms in every run
 * (a yearly report and its correction match), another key gives others.
 *
 * <p>Without a key of its own the office gets {@link #random()}: a fresh key per instance, so the pseudonyms hold
 * within one publication and cannot be linked across two. A code is written in Crockford's base 32 (no I, L, O, U),
 * eight characters (40 bits) unless a longer one is asked for; {@link Redaction} lengthens the codes of a whole
 * document where two would collide.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pseudonyms {

  /** The fewest bytes a key may have: 128 bits, as NIST SP 800-107 asks of an HMAC key. */
  public static final int MIN_KEY_BYTES = 16;

  /** The characters of a code: Crockford's base 32. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  /** The default length of a code, in characters. */
  public static final int DEFAULT_LENGTH = 8;

  private final byte[] key;
  private final int length;

  private Pseudonyms(byte[] key, int length) {
    this.key = key;
    this.length = length;
  }

  /**
   * Pseudonyms under the office's key.
   *
   * @param key the secret, at least {@link #MIN_KEY_BYTES} bytes; copied
   * @return the pseudonyms
   * @throws IllegalArgumentException if the key is shorter
   */
  public static Pseudonyms keyed(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_KEY_BYTES + " bytes, not "
          + key.length);
    }
    return new Pseudonyms(key.clone(), DEFAULT_LENGTH);
  }

  /**
   * Pseudonyms under a secret written as text (a pass phrase from a file or an environment variable), used as its
   * UTF-8 bytes.
   *
   * @param secret the secret, at least {@link #MIN_KEY_BYTES} bytes in UTF-8, leading and trailing white space
   *     ignored (a trailing line break of a key file is not part of the key)
   * @return the pseudonyms
   * @throws IllegalArgumentException if the secret is shorter
   */
  public static Pseudonyms keyed(String secret) {
    return keyed(secret.strip().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Pseudonyms under a fresh random key that nobody keeps: irreversible even by the office, and different in every
   * instance.
   *
   * @return the pseudonyms
   */
  public static Pseudonyms random() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Pseudonyms(key, DEFAULT_LENGTH);
  }

  /**
   * The same key with codes of another length.
   *
   * @param characters the length of a code, 4 to 51 (51 characters hold all 256 bits)
   * @return the pseudonyms
   * @throws IllegalArgumentException if the length is outside that range
   */
  public Pseudonyms withLength(int characters) {
    if (characters < 4 || characters > 51) {
      throw new IllegalArgumentException("a pseudonym has 4 to 51 characters, not " + characters);
    }
    return new Pseudonyms(key, characters);
  }

  /** {@return the length of a code, in characters} */
  public int length() {
    return length;
  }

  /**
   * The code of one thing of a kind: the same kind and original always give the same code under one key, and the
   * kind separates namespaces (a member id and a person id that are spelt alike get different codes).
   *
   * @param kind what the original is, e.g. {@code "member"}, {@code "person"}, {@code "name"}
   * @param original the identifier or name
   * @return the code, {@link #length()} characters of Crockford's base 32, e.g. {@code "7KQ2M9XA"}
   */
  public String code(String kind, String original) {
    byte[] mac = mac(kind, original);
    StringBuilder code = new StringBuilder(length);
    int buffer = 0;
    int bits = 0;
    int index = 0;
    while (code.length() < length) {
      if (bits < 5) {
        buffer = (buffer << 8) | (mac[index++] & 0xff);
        bits += 8;
      }
      code.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
      bits -= 5;
    }
    return code.toString();
  }

  /**
   * A number of the given digits derived from one thing, e.g. the account number of a pseudonymous IBAN.
   *
   * @param kind what the original is
   * @param original the identifier
   * @param digits how many decimal digits, 1 to 18
   * @return the digits, with leading zeros
   * @throws IllegalArgumentException if digits is outside 1 to 18
   */
  public String digits(String kind, String original, int digits) {
    if (digits < 1 || digits > 18) {
      throw new IllegalArgumentException("1 to 18 digits, not " + digits);
    }
    byte[] mac = mac(kind, original);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (mac[i] & 0xff);
    }
    long bound = 1;
    for (int i = 0; i < digits; i++) {
      bound *= 10;
    }
    String number = Long.toString(Long.remainderUnsigned(value, bound));
    return "0".repeat(digits - number.length()) + number;
  }

  private byte[] mac(String kind, String original) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(kind.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(original.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** Names the length only, never the key. */
  @Override
  public String toString() {
    return "Pseudonyms[" + length + " characters, key withheld]";
  }
}
