package de.nextnetz.domain;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** Registereintrag: the association's entry in the register of associations (§§ 55, 64 BGB). */
@Value.Immutable
public interface RegisterEntry {

  /** {@return the register court, e.g. {@code "Amtsgericht Charlottenburg"}} */
  @NotBlank
  String getCourt();

  /** {@return the register number, e.g. {@code "VR 36904 B"}} */
  @NotBlank
  String getNumber();

  /**
   * Creates a register entry.
   *
   * @param court the register court
   * @param number the register number
   * @return the entry
   */
  static RegisterEntry of(String court, String number) {
    return ImmutableRegisterEntry.builder().court(court).number(number).build();
  }
}
