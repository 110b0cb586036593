package de.nextnetz.domain.statute;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Satzung: the statute of an association in its versions, each in force from its valid-from day. */
@Value.Immutable
public interface Statute {

  /** {@return the versions, in any order} */
  @Size(min = 1, groups = {Default.class, Semantic.class})
  List<@Valid StatuteVersion> getVersions();

  /**
   * Finds the version valid on a day by the valid-from days alone: the one with the latest valid-from day not
   * after it. A change of the Satzung takes effect only with its register entry (§ 71 Abs. 1 Satz 1 BGB), which
   * the association's filings record: judgements ask {@code Association.statuteOn(day)}, which applies it.
   *
   * @param day the day
   * @return the version, or empty if the day lies before the first version
   */
  default Optional<StatuteVersion> versionOn(LocalDate day) {
    // A plain loop: rules ask this once per act judged (every application of a million members).
    StatuteVersion found = null;
    for (StatuteVersion version : getVersions()) {
      if (!version.getValidFrom().isAfter(day) && (found == null || version.getValidFrom().isAfter(found.getValidFrom()))) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Checks that no two versions start on the same day.
   *
   * @throws IllegalStateException if two versions share a valid-from day
   */
  @Value.Check
  default void check() {
    Set<LocalDate> seen = new HashSet<>();
    for (StatuteVersion version : getVersions()) {
      if (!seen.add(version.getValidFrom())) {
        throw new IllegalStateException(
            "statute: two 'versions' have the same 'validFrom' (" + version.getValidFrom() + ")");
      }
    }
  }

  /**
   * Creates a statute of one version.
   *
   * @param version the version
   * @return the statute
   */
  static Statute of(StatuteVersion version) {
    return builder().addVersion(version).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Statute}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableStatute.Builder {
    /** Creates an empty builder, as {@link Statute#builder()} does. */
    public Builder() {}
  }
}
