package de.nextnetz.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.validation.DomainValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final Pseudonyms OFFICE = Pseudonyms.keyed("the office keeps this secret apart");

  /** Every personal name the data set holds, invited guests and network participants included. */
  private static List<String> personalNames(Association association) {
    List<String> names = new ArrayList<>();
    for (BoardSeat seat : association.getBoard().getSeats()) {
      names.add(seat.getPerson().getName());
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
    association.getEvents().forEach(event -> names.addAll(event.getInvitedGuests()));
    return names.stream().filter(name -> name.length() > 3).distinct().toList();
  }

  /** Every identifier of a member the document names anywhere, with where. */
  private static List<String> memberReferences(Association association) {
    List<String> ids = new ArrayList<>();
    association.getGeneralAssemblies().forEach(assembly -> {
      assembly.getInvitation().ifPresent(invitation -> ids.addAll(invitation.getRecipients()));
      ids.addAll(assembly.getAttendees());
      assembly.getResolutions().forEach(resolution -> {
        resolution.getConsents().forEach(consent -> ids.add(consent.getMemberId()));
        resolution.getExcludedVoters().forEach(voter -> ids.add(voter.getMemberId()));
      });
    });
    association.getExitDeclarations().forEach(exit -> ids.add(exit.getMemberId()));
    association.getMinorityDemands().forEach(demand -> ids.addAll(demand.getSupporters()));
    association.getApplications().forEach(application -> application.getReviews()
        .forEach(review -> ids.add(review.getReviewerId())));
    association.getDataRequests().forEach(request -> ids.add(request.getMemberId()));
    association.getDues().ifPresent(dues -> {
      dues.getPayments().forEach(payment -> ids.add(payment.getMemberId()));
      dues.getWriteOffs().forEach(writeOff -> ids.add(writeOff.getMemberId()));
    });
    return ids;
  }

  @Test
  @DisplayName("Art. 5 DSGVO: no personal name of the NExT data set survives redaction, not in event titles either;"
      + " it stays valid and complete")
  void no_personal_name_survives() {
    Association next = NextSeeds.association();
    List<String> names = personalNames(next);
    assertThat(names).contains("Alfred Kranstedt", "Ralph Brinkhaus", "Svenja Hahn").hasSizeGreaterThan(20);

    Association published = Redaction.forPublication(next, OFFICE, Set.of());
    String everything = published.toString();

    assertThat(names).allSatisfy(name -> assertThat(everything).doesNotContain(name));
    assertThat(everything).doesNotContain("Landeshauptstadt Wiesbaden").doesNotContain("Kranstedt");
    assertThat(DomainValidator.standard().validate(published)).isEmpty();
    assertThat(published.getMembers()).hasSameSizeAs(next.getMembers());
    assertThat(published.getEvents()).extracting(Event::getDate).isEqualTo(next.getEvents().stream().map(Event::getDate).toList());
    assertThat(published.getEvents().stream().filter(event -> event.getId().equals("2024-21")).findFirst().orElseThrow()
        .getTitle()).matches("Person [0-9A-Z]{8}");
    assertThat(published.getBoard().getSeats().get(0).getPerson().getName())
        .isEqualTo("Person " + OFFICE.code("person", next.getBoard().getSeats().get(0).getPerson().getId()));
  }

  @Test
  @DisplayName("The Musterverein: every reference to a member (invitations, attendees, consents, exits, demands,"
      + " reviews, payments) names the member by the same pseudonym as the member list")
  void references_follow_the_member() {
    Association musterverein = Musterverein.association();
    Association published = Redaction.forPublication(musterverein, OFFICE, Set.of());

    Set<String> originalIds = new HashSet<>(musterverein.getMembers().stream().map(Member::getId).toList());
    Set<String> publishedIds = new HashSet<>(published.getMembers().stream().map(Member::getId).toList());
    List<String> before = memberReferences(musterverein);
    List<String> after = memberReferences(published);

    assertThat(before).hasSizeGreaterThan(20);
    assertThat(after).hasSameSizeAs(before).doesNotContainAnyElementsOf(originalIds);
    for (int i = 0; i < before.size(); i++) {
      assertThat(publishedIds.contains(after.get(i))).as(before.get(i)).isEqualTo(originalIds.contains(before.get(i)));
    }
    assertThat(personalNames(musterverein)).allSatisfy(name -> assertThat(published.toString()).doesNotContain(name));
    assertThat(published.getGeneralAssemblies().get(0).getMinutes().orElseThrow().getSigners())
        .allSatisfy(signer -> assertThat(signer).matches("Person [0-9A-Z]{8} \\((Versammlungsleitung|Protokoll)\\)"));
    assertThat(published.getMembers()).allSatisfy(member -> member.getMandate().ifPresent(mandate ->
        assertThat(mandate.getIban().electronic()).startsWith("DE").doesNotContain("2505")));
    assertThat(DomainValidator.standard().validate(published)).isEmpty();
  }

  @Test
  @DisplayName("The same key gives the same pseudonyms in every run, another key others, no key a fresh random one")
  void stable_under_a_key_and_kept() {
    Association once = Redaction.forPublication(NextSeeds.association(), OFFICE, Set.of("wiesbaden"));
    Association twice = Redaction.forPublication(NextSeeds.association(),
        Pseudonyms.keyed("the office keeps this secret apart\n".getBytes(StandardCharsets.UTF_8)), Set.of("wiesbaden"));
    Association other = Redaction.forPublication(NextSeeds.association(), Pseudonyms.keyed("another office, another key"),
        Set.of("wiesbaden"));

    assertThat(once).isNotEqualTo(twice); // the byte key keeps its line break; the text key strips it
    assertThat(once).isEqualTo(Redaction.forPublication(NextSeeds.association(),
        Pseudonyms.keyed("the office keeps this secret apart\n"), Set.of("wiesbaden")));
    assertThat(once.getMembers().get(0).getId()).isNotEqualTo(other.getMembers().get(0).getId());
    assertThat(Redaction.forPublication(NextSeeds.association()).getMembers().get(0).getId())
        .isNotEqualTo(Redaction.forPublication(NextSeeds.association()).getMembers().get(0).getId());
    assertThat(once.findMember("wiesbaden")).hasValueSatisfying(member ->
        assertThat(member.getOrganisation().orElseThrow().getName()).isEqualTo("Landeshauptstadt Wiesbaden"));
    Set<String> memberIds = Set.copyOf(once.getMembers().stream().map(Member::getId).toList());
    assertThat(once.getApplications()).allSatisfy(application -> {
      assertThat(application.getMemberId()).hasValueSatisfying(id -> assertThat(memberIds).contains(id));
      application.getReviews().forEach(review -> assertThat(memberIds).contains(review.getReviewerId()));
    });
    assertThatThrownBy(() -> Pseudonyms.keyed("too short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
    assertThat(OFFICE.toString()).doesNotContain("secret");
  }

  @Test
  @DisplayName("Art. 4 Nr. 5 DSGVO: the full list of names and ids does not reverse a pseudonym (every hash of a"
      + " candidate an attacker can compute without the key misses)")
  void the_member_list_does_not_reverse_a_pseudonym() throws Exception {
    Association next = NextSeeds.association();
    Association published = Redaction.forPublication(next, OFFICE, Set.of());
    Set<String> codes = new HashSet<>();
    Matcher found = Pattern.compile("(?:Person|Organisation) ([0-9A-Z]{8})|\\b[mpoa]-([0-9a-z]{8})\\b")
        .matcher(published.toString());
    while (found.find()) {
      codes.add((found.group(1) != null ? found.group(1) : found.group(2)).toUpperCase(Locale.ROOT));
    }
    assertThat(codes).hasSizeGreaterThan(150);

    List<String> candidates = new ArrayList<>(personalNames(next));
    next.getMembers().forEach(member -> {
      candidates.add(member.getId());
      member.getPerson().ifPresent(person -> candidates.add(person.getId()));
      member.getOrganisation().ifPresent(organisation -> candidates.add(organisation.getId()));
    });
    next.getBoard().getSeats().forEach(seat -> candidates.add(seat.getPerson().getId()));
    Set<String> guesses = new HashSet<>();
    for (String candidate : candidates) {
      byte[] plain = MessageDigest.getInstance("SHA-256").digest(candidate.getBytes(StandardCharsets.UTF_8));
      guesses.add(HexFormat.of().formatHex(plain, 0, 4).toUpperCase(Locale.ROOT));
      guesses.add(HexFormat.of().formatHex(plain, 0, 3).toUpperCase(Locale.ROOT));
      for (String kind : List.of("member", "person", "name", "organisation", "applicant", "application")) {
        guesses.add(Pseudonyms.keyed(new byte[32]).code(kind, candidate));
        guesses.add(Pseudonyms.keyed("NExT e. V. Berlin 2024!").code(kind, candidate));
        guesses.add(base32(hmac(candidate.getBytes(StandardCharsets.UTF_8), kind + "\0" + candidate)));
      }
      guesses.add(candidate.toUpperCase(Locale.ROOT));
    }
    assertThat(guesses).hasSizeGreaterThan(3000).doesNotContainAnyElementsOf(codes);
    // With the office's key the same guesses do find them: the key is what protects the names.
    assertThat(codes).contains(OFFICE.code("person", next.getBoard().getSeats().get(0).getPerson().getId()),
        OFFICE.code("member", next.getMembers().get(0).getId()));
  }

  @Test
  @DisplayName("Two identifiers never share a pseudonym: where codes collide, all of the document get longer")
  void colliding_codes_get_longer() {
    Association next = NextSeeds.association();
    List<Member> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Member model = next.getMembers().get(i % 70);
      String number = Integer.toString(i);
      many.add(Member.builder().from(model).id("x" + number)
          .person(model.getPerson().map(person -> Person.of("px" + number, "Name " + number)))
          .applicationId(java.util.Optional.empty()).build());
    }
    Association crowded = ImmutableAssociation.copyOf(next).withMembers(many).withApplications(List.of())
        .withExitDeclarations(List.of());
    Pseudonyms short4 = OFFICE.withLength(4);
    long collisions = Stream.iterate(0, i -> i + 1).limit(3000).map(i -> short4.code("member", "x" + i)).distinct().count();
    assertThat(collisions).isLessThan(3000);

    Association published = Redaction.forPublication(crowded, short4, Set.of());
    assertThat(published.getMembers().stream().map(Member::getId).distinct().count()).isEqualTo(3000);
    assertThat(published.getMembers().get(0).getId()).hasSizeGreaterThan("m-".length() + 4);
  }

  @Test
  @DisplayName("Free text: a full name in any case and a surname alone are replaced; a surname two people share"
      + " becomes N. N.")
  void names_leave_free_text() {
    Association next = NextSeeds.association();
    Event model = next.getEvents().get(0);
    List<Event> events = new ArrayList<>(next.getEvents());
    events.add(Event.builder().from(model).id("x-1").title("Keynote: SVENJA HAHN und Brinkhaus im Gespräch").build());
    events.add(Event.builder().from(model).id("x-2").title("Hahn und Hahnemann").invitedGuests(List.of("Peter Hahn")).build());
    Association changed = ImmutableAssociation.copyOf(next).withEvents(events);

    Association published = Redaction.forPublication(changed, OFFICE, Set.of());
    Event first = published.getEvents().get(events.size() - 2);
    Event second = published.getEvents().get(events.size() - 1);

    assertThat(first.getTitle()).isEqualTo("Keynote: Person " + OFFICE.code("name", "Svenja Hahn") + " und Person "
        + OFFICE.code("name", "Ralph Brinkhaus") + " im Gespräch");
    assertThat(second.getTitle()).isEqualTo("N. N. und Hahnemann");
  }

  private static byte[] hmac(byte[] key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String base32(byte[] bytes) {
    String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    StringBuilder code = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    int index = 0;
    while (code.length() < 8) {
      if (bits < 5) {
        buffer = (buffer << 8) | (bytes[index++] & 0xff);
        bits += 8;
      }
      code.append(alphabet.charAt((buffer >>> (bits - 5)) & 31));
      bits -= 5;
    }
    return code.toString();
  }
}
