package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Aufnahmeantrag: an application for membership with its reviews and the board's decision.
 *
 * <p>Per the activity report 2024, section 1.2: membership arises on application, review by at
 * least two members and approval by the board.
 */
@Value.Immutable
public interface Application {

  /** {@return the identifier of the application} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the applicant's name as written on the application} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getApplicantName();

  /** {@return the member the application admitted (or is to admit), once it has an identifier} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getMemberId();

  /** {@return the kind of membership applied for} */
  MembershipKind getKind();

  /** {@return the day the application was made} */
  LocalDate getDate();

  /** {@return the reviews by members} */
  List<@Valid Review> getReviews();

  /** {@return the board's decision, once taken} */
  Optional<@Valid BoardDecision> getDecision();

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
   * Builds a {@link Application}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableApplication.Builder {
    /** Creates an empty builder, as {@link Application#builder()} does. */
    public Builder() {}
  }
}
