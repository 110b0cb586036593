package de.nextnetz.domain.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.statute.DeclarationForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Einladung: the invitation to a general assembly, as sent: when, in what form, to whom, with
 * which agenda and, for a hybrid or virtual assembly, how members take part electronically.
 */
@Value.Immutable
public interface Invitation {

  /** {@return the day it was sent (posted, e-mailed, published)} */
  LocalDate getDispatchedOn();

  /** {@return the form it was sent in} */
  DeclarationForm getForm();

  /**
   * {@return the day by which every member had received it, where it is known; otherwise the
   * receipt is the dispatch day plus the usual days in transit for its form}
   */
  Optional<LocalDate> getReceivedBy();

  /** {@return the members it was sent to, by member id; empty where not recorded} */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getRecipients();

  /** {@return the agenda} */
  List<@Valid AgendaItem> getAgendaItems();

  /** {@return for a hybrid or virtual assembly: how members take part and vote electronically (§ 32 Abs. 2 Satz 3 BGB)} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getAccessInformation();

  /**
   * Finds an agenda item.
   *
   * @param id its identifier
   * @return the item, if the agenda has it
   */
  default Optional<AgendaItem> agendaItem(String id) {
    return getAgendaItems().stream().filter(item -> item.getId().equals(id)).findFirst();
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
   * Builds a {@link Invitation}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableInvitation.Builder {
    /** Creates an empty builder, as {@link Invitation#builder()} does. */
    public Builder() {}
  }
}
