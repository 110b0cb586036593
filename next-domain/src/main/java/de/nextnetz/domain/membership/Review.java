package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;

/** Prüfung: one member's review of an application for membership. */
@Value.Immutable
public interface Review {

  /** {@return the identifier of the reviewing member} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getReviewerId();

  /** {@return the day of the review} */
  LocalDate getDate();

  /** {@return the recommendation} */
  @Value.Default
  default Recommendation getRecommendation() {
    return Recommendation.ADMIT;
  }

  /**
   * Creates a review that recommends admission.
   *
   * @param reviewerId the reviewing member
   * @param date the day of the review
   * @return the review
   */
  static Review of(String reviewerId, LocalDate date) {
    return builder().reviewerId(reviewerId).date(date).build();
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
   * Builds a {@link Review}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableReview.Builder {
    /** Creates an empty builder, as {@link Review#builder()} does. */
    public Builder() {}
  }
}
