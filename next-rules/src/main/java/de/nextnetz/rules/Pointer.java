package de.nextnetz.rules;

import java.util.Comparator;

/** JSON Pointers (RFC 6901) to the parts of an association, e.g. {@code /applications/3}. */
public final class Pointer {

  /** Orders pointers segment by segment, numbers by value ({@code /members/9} before {@code /members/10}). */
  public static final Comparator<String> ORDER = Pointer::compare;

  private Pointer() {}

  /**
   * Builds a pointer from its segments.
   *
   * @param segments property names and list indexes
   * @return the pointer, e.g. {@code to("board", "seats", 3)} gives {@code /board/seats/3}
   */
  public static String to(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i);
      int endB = segmentEnd(b, j);
      int order = compareSegments(a, i, endA, b, j, endB);
      if (order != 0) {
        return order;
      }
      i = endA + 1;
      j = endB + 1;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from + (pointer.charAt(from) == '/' ? 1 : 0));
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareSegments(String a, int fromA, int toA, String b, int fromB, int toB) {
    boolean numbers = isNumber(a, fromA, toA) && isNumber(b, fromB, toB);
    if (numbers) {
      int byLength = Integer.compare(digits(a, fromA, toA), digits(b, fromB, toB));
      if (byLength != 0) {
        return byLength;
      }
    }
    int length = Math.min(toA - fromA, toB - fromB);
    for (int k = 0; k < length; k++) {
      int order = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(toA - fromA, toB - fromB);
  }

  private static boolean isNumber(String text, int from, int to) {
    int start = from < to && text.charAt(from) == '/' ? from + 1 : from;
    if (start >= to) {
      return false;
    }
    for (int k = start; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The number of significant digits of a numeric segment (leading zeros do not count). */
  private static int digits(String text, int from, int to) {
    int start = from < to && text.charAt(from) == '/' ? from + 1 : from;
    while (start < to - 1 && text.charAt(start) == '0') {
      start++;
    }
    return to - start;
  }

}
