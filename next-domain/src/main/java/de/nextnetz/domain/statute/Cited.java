package de.nextnetz.domain.statute;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * A place in the association's Satzung as a finding cites it: the clause, e.g. {@code "§ 9 Abs. 2 der Satzung"}, and
 * its wording where it is kept. What a {@link Clause} (for a parameter of the association's law) and a
 * {@link TaxClause} (for an element the tax-privileged status asks of the Satzung) share, stated once.
 */
public interface Cited {

  /** {@return the clause as cited, e.g. {@code "§ 9 Abs. 2 der Satzung"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getClause();

  /** {@return the clause's wording, where it is kept} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getQuote();
}
