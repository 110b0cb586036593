package de.nextnetz.domain.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.statute.DeclarationForm;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Minderheitsverlangen: members demand that the board call a general assembly, stating its purpose
 * and reasons (§ 37 Abs. 1 BGB).
 */
@Value.Immutable
public interface MinorityDemand {

  /** {@return the identifier; the assembly called on it names it as {@code minorityDemandId}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the day the board received it} */
  LocalDate getReceivedOn();

  /** {@return the members who support it, by id} */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getSupporters();

  /** {@return the form it was made in} */
  DeclarationForm getForm();

  /** {@return the purpose of the assembly demanded (Zweck)} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getPurpose();

  /** {@return the reasons (Gründe)} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getReasons();

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
   * Builds a {@link MinorityDemand}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableMinorityDemand.Builder {
    /** Creates an empty builder, as {@link MinorityDemand#builder()} does. */
    public Builder() {}
  }
}
