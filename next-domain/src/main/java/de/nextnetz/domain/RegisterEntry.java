package de.nextnetz.domain;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import org.immutables.value.Value;

/** Registereintrag: the association's entry in the register of associations (§§ 55, 64 BGB). */
@Value.Immutable
public interface RegisterEntry {

  /** {@return the register court, e.g. {@code "Amtsgericht Charlottenburg"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getCourt();

  /** {@return the register number, e.g. {@code "VR 36904 B"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getNumber();

  /**
   * Creates a register entry.
   *
   * @param court the register court
   * @param number the register number
   * @return the entry
   */
  static RegisterEntry of(String court, String number) {
    return builder().court(court).number(number).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
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

  /** Builds a {@link RegisterEntry}. */
  final class Builder extends ImmutableRegisterEntry.Builder {
    /** Creates an empty builder, as {@link RegisterEntry#builder()} does. */
    public Builder() {}
  }
}
