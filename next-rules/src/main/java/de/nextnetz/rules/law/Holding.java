package de.nextnetz.rules.law;

import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of data the association holds about a person, where it is in the document and until when it may or must
 * be kept.
 *
 * @param kind what it is
 * @param paths the JSON Pointers of the records, e.g. {@code /dues/payments/4}
 * @param keepUntil the last day it is kept; empty where no period ends it (the association's records)
 * @param basis the provision that keeps it, or sets its end
 * @param needsIdentity whether keeping it needs the person's real name (books, vouchers, a mandate, open claims),
 *     so that the member entry is restricted rather than erased while it is kept
 */
public record Holding(HoldingKind kind, List<String> paths, Optional<LocalDate> keepUntil, Citation basis,
    boolean needsIdentity) {

  /**
   * Checks and copies.
   *
   * @param kind the kind
   * @param paths the pointers
   * @param keepUntil the last day
   * @param basis the provision
   * @param needsIdentity whether it needs the real name
   */
  public Holding {
    Objects.requireNonNull(kind, "kind");
    paths = List.copyOf(paths);
    Objects.requireNonNull(keepUntil, "keepUntil");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * Whether its period has run out on a day.
   *
   * @param day the day
   * @return whether it has an end and the day is after it
   */
  public boolean isExpiredOn(LocalDate day) {
    return keepUntil.map(day::isAfter).orElse(false);
  }
}
