package de.nextnetz.domain.privacy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.ImmutableOffice;
import de.nextnetz.domain.ImmutablePatron;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.board.ImmutableBoardSeat;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.community.ImmutableCommunity;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.ImmutableApplication;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.ImmutableReview;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.network.ImmutableNetwork;
import de.nextnetz.domain.network.ImmutableNetworkParticipant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Iban;
import de.nextnetz.domain.dues.ImmutableDues;
import de.nextnetz.domain.dues.ImmutableMandate;
import de.nextnetz.domain.dues.ImmutablePayment;
import de.nextnetz.domain.dues.ImmutableWriteOff;
import de.nextnetz.domain.dues.Mandate;
import java.util.Set;

/**
 * Makes an association fit for publication: every person's name and identifier becomes a stable
 * pseudonym ({@code "Person 3F2A1B"}, the same for the same person in every export and every place
 * of the document, so the rules find the same), titles and the office's e-mail are dropped, and
 * organisations become {@code "Organisation …"} unless their identifier is in the set the office
 * keeps (a municipality, say, which is public anyway). Dates, kinds, events, communities, the
 * statute and all figures stay, so the activity report and the check give the same numbers. Bank details never
 * leave: a mandate's IBAN becomes an account derived from the member's pseudonym, the BIC and the remittance texts
 * of payments go.
 */
public final class Redaction {

  private Redaction() {}

  /**
   * Redacts everything personal and every organisation.
   *
   * @param association the association
   * @return the redacted copy
   */
  public static Association forPublication(Association association) {
    return forPublication(association, Set.of());
  }

  /**
   * Redacts everything personal, and the organisations the office does not keep.
   *
   * @param association the association
   * @param keptOrganisations the identifiers of organisations to publish by name, e.g. {@code "wiesbaden"}
   * @return the redacted copy
   */
  public static Association forPublication(Association association, Set<String> keptOrganisations) {
    Redactor redactor = new Redactor(Set.copyOf(keptOrganisations), association);
    ImmutableAssociation copy = ImmutableAssociation.copyOf(association)
        .withMembers(association.getMembers().stream().map(redactor::member).toList())
        .withApplications(association.getApplications().stream().map(redactor::application).toList())
        .withBoard(ImmutableBoard.copyOf(association.getBoard()).withSeats(
            association.getBoard().getSeats().stream().map(redactor::seat).toList()))
        .withCommunities(association.getCommunities().stream().map(redactor::community).toList())
        .withNetwork(ImmutableNetwork.copyOf(association.getNetwork()).withParticipants(
            association.getNetwork().getParticipants().stream().map(participant ->
                ImmutableNetworkParticipant.copyOf(participant).withName(pseudonym("Person", participant.getName()))
                    .withOrganisation(Optional.empty())).toList()));
    if (association.getDues().isPresent()) {
      copy = copy.withDues(redactor.dues(association.getDues().get()));
    }
    if (association.getPatron().isPresent()) {
      copy = copy.withPatron(ImmutablePatron.copyOf(association.getPatron().get())
          .withPerson(person(association.getPatron().get().getPerson())));
    }
    if (association.getOffice().isPresent()) {
      copy = copy.withOffice(ImmutableOffice.copyOf(association.getOffice().get()).withEmail(Optional.empty())
          .withManagingDirector(association.getOffice().get().getManagingDirector().map(Redaction::person)));
    }
    return copy;
  }

  /**
   * The stable pseudonym of a name or identifier: a word and six hexadecimal digits of its SHA-256.
   *
   * @param word what it stands for, e.g. {@code "Person"}
   * @param original the name or identifier
   * @return e.g. {@code "Person 3F2A1B"}
   */
  public static String pseudonym(String word, String original) {
    return word + " " + code(original);
  }

  private static String code(String original) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(original.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 3).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String pseudonymousId(String prefix, String id) {
    return prefix + "-" + code(id).toLowerCase(Locale.ROOT);
  }

  private static Person person(Person person) {
    return Person.of(pseudonymousId("p", person.getId()), pseudonym("Person", person.getId()));
  }

  /** The redaction of one association: which members keep their identifiers. */
  private static final class Redactor {
    private final Set<String> kept;
    private final Set<String> keptMembers;

    Redactor(Set<String> kept, Association association) {
      this.kept = kept;
      this.keptMembers = Set.copyOf(association.getMembers().stream()
          .filter(member -> member.getOrganisation().map(o -> kept.contains(o.getId())).orElse(false))
          .map(Member::getId).toList());
    }

    String memberId(String id) {
      return keptMembers.contains(id) ? id : pseudonymousId("m", id);
    }

    Member member(Member member) {
      return ImmutableMember.copyOf(member).withId(memberId(member.getId()))
          .withPerson(member.getPerson().map(Redaction::person))
          .withOrganisation(member.getOrganisation().map(this::organisation))
          .withRepresentatives(member.getRepresentatives().stream().map(Redaction::person).toList())
          .withApplicationId(member.getApplicationId().map(id -> pseudonymousId("a", id)))
          .withMandate(member.getMandate().map(mandate -> mandate(member.getId(), mandate)));
    }

    /**
     * A mandate with a pseudonymous account: an IBAN of the same country form with valid check digits whose
     * account number comes from the member's pseudonym, never from the real account, written the way the real one
     * was (so the rules find the same); the account holder becomes a pseudonym, the BIC goes.
     */
    Mandate mandate(String memberId, Mandate mandate) {
      String digits = String.format(Locale.ROOT, "%010d", Long.parseLong(code(memberId), 16));
      Iban pseudonymous = Iban.of("DE", "00000000" + digits);
      Iban written = mandate.getIban().isNormalised() ? pseudonymous
          : new Iban(pseudonymous.paper().toLowerCase(Locale.ROOT));
      return ImmutableMandate.copyOf(mandate).withIban(written).withBic(Optional.empty())
          .withAccountHolder(mandate.getAccountHolder().map(holder -> pseudonym("Person", holder)));
    }

    /** The dues with the members' pseudonymous ids and without remittance texts, which may name people. */
    Dues dues(Dues dues) {
      return ImmutableDues.copyOf(dues)
          .withPayments(dues.getPayments().stream().map(payment -> ImmutablePayment.copyOf(payment)
              .withMemberId(memberId(payment.getMemberId())).withReference(Optional.empty())).toList())
          .withWriteOffs(dues.getWriteOffs().stream().map(writeOff -> ImmutableWriteOff.copyOf(writeOff)
              .withMemberId(memberId(writeOff.getMemberId()))).toList());
    }

    Organisation organisation(Organisation organisation) {
      if (kept.contains(organisation.getId())) {
        return organisation;
      }
      return Organisation.builder().from(organisation).id(pseudonymousId("o", organisation.getId()))
          .name(pseudonym("Organisation", organisation.getId())).build();
    }

    Application application(Application application) {
      return ImmutableApplication.copyOf(application).withId(pseudonymousId("a", application.getId()))
          .withApplicantName(pseudonym("Person", application.getMemberId().orElse(application.getId())))
          .withMemberId(application.getMemberId().map(this::memberId))
          .withReviews(application.getReviews().stream().map(review ->
              ImmutableReview.copyOf(review).withReviewerId(memberId(review.getReviewerId()))).toList());
    }

    BoardSeat seat(BoardSeat seat) {
      return ImmutableBoardSeat.copyOf(seat).withPerson(person(seat.getPerson()));
    }

    Community community(Community community) {
      return ImmutableCommunity.copyOf(community).withLeads(community.getLeads().stream().map(Redaction::person).toList());
    }
  }
}
