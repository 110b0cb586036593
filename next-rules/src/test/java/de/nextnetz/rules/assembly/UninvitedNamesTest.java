package de.nextnetz.rules.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.rules.builtin.BuiltInRules;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The members not invited to an assembly are named as people: by name, with an id only where names collide. */
class UninvitedNamesTest {

  private static String message(Association association) {
    return BuiltInRules.engine().check(association, LocalDate.of(2026, 11, 22)).outcome(MvInvitationNotAllMembers.DEFINITION.id())
        .orElseThrow().findings().stream().map(finding -> finding.message(Locale.ENGLISH)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("§ 32 Abs. 1 BGB: the Musterverein's uninvited member is named Ida Imhof, not Ida Imhof (m09); with a"
      + " second Ida Imhof among the members the id tells them apart")
  void uninvited_members_are_named_by_name() {
    Association musterverein = Musterverein.association();
    assertThat(message(musterverein)).endsWith(": Ida Imhof.");

    String first = musterverein.getMembers().get(0).getId();
    Association twoIdas = musterverein.toBuilder().members(musterverein.getMembers().stream()
        .map(member -> member.getId().equals(first) ? member.toBuilder().person(member.getPerson().orElseThrow().toBuilder()
            .name("Ida Imhof").build()).build() : member).toList()).build();
    assertThat(message(twoIdas)).endsWith(": Ida Imhof (m09).");
  }
}
