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
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = isNumber(left[i]) && isNumber(right[i])
          ? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]))
          : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static boolean isNumber(String segment) {
    return !segment.isEmpty() && segment.length() < 18 && segment.chars().allMatch(Character::isDigit);
  }
}
