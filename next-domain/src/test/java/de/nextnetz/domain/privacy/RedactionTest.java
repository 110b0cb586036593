package de.nextnetz.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.validation.DomainValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedactionTest {

  /** Every personal name and person identifier the data set holds. */
  private static List<String> personalNames(Association association) {
    List<String> names = new ArrayList<>();
    for (BoardSeat seat : association.getBoard().getSeats()) {
      names.add(seat.getPerson().getName());
      names.add(seat.getPerson().getId());
    }
    for (Member member : association.getMembers()) {
      member.getPerson().ifPresent(person -> names.add(person.getName()));
      member.getRepresentatives().forEach(person -> names.add(person.getName()));
    }
    association.getCommunities().forEach(community -> community.getLeads().stream().map(Person::getName).forEach(names::add));
    association.getPatron().ifPresent(patron -> names.add(patron.getPerson().getName()));
    association.getOffice().flatMap(office -> office.getManagingDirector()).ifPresent(person -> names.add(person.getName()));
    association.getNetwork().getParticipants().forEach(participant -> names.add(participant.getName()));
    association.getApplications().forEach(application -> names.add(application.getApplicantName()));
    return names.stream().filter(name -> name.length() > 3).distinct().toList();
  }

  @Test
  @DisplayName("Art. 5 DSGVO: no personal name of the NExT data set survives redaction; it stays valid and complete")
  void no_personal_name_survives() {
    Association next = NextSeeds.association();
    List<String> names = personalNames(next);
    assertThat(names).contains("Alfred Kranstedt").hasSizeGreaterThan(20);

    Association published = Redaction.forPublication(next);
    String everything = published.toString();

    assertThat(names).allSatisfy(name -> assertThat(everything).doesNotContain(name));
    assertThat(everything).doesNotContain("Landeshauptstadt Wiesbaden");
    assertThat(DomainValidator.standard().validate(published)).isEmpty();
    assertThat(published.getMembers()).hasSameSizeAs(next.getMembers());
    assertThat(published.getEvents()).isEqualTo(next.getEvents());
    assertThat(published.getBoard().getSeats().get(0).getPerson().getName()).isEqualTo(Redaction.pseudonym("Person", "kranstedt"));
  }

  @Test
  @DisplayName("Pseudonyms are stable across exports, references stay consistent, and a kept organisation keeps its name")
  void stable_consistent_and_kept() {
    Association once = Redaction.forPublication(NextSeeds.association(), Set.of("wiesbaden"));
    Association twice = Redaction.forPublication(NextSeeds.association(), Set.of("wiesbaden"));

    assertThat(once).isEqualTo(twice);
    assertThat(once.findMember("wiesbaden")).hasValueSatisfying(member ->
        assertThat(member.getOrganisation().orElseThrow().getName()).isEqualTo("Landeshauptstadt Wiesbaden"));
    Set<String> memberIds = Set.copyOf(once.getMembers().stream().map(Member::getId).toList());
    assertThat(once.getApplications()).allSatisfy(application -> {
      assertThat(application.getMemberId()).hasValueSatisfying(id -> assertThat(memberIds).contains(id));
      application.getReviews().forEach(review -> assertThat(memberIds).contains(review.getReviewerId()));
    });
  }
}
