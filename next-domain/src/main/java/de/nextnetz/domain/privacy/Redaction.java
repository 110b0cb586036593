package de.nextnetz.domain.privacy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.ImmutableOffice;
import de.nextnetz.domain.ImmutablePatron;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.Convener;
import de.nextnetz.domain.assembly.ImmutableAgendaItem;
import de.nextnetz.domain.assembly.ImmutableConsent;
import de.nextnetz.domain.assembly.ImmutableConvener;
import de.nextnetz.domain.assembly.ImmutableExcludedVoter;
import de.nextnetz.domain.assembly.ImmutableInvitation;
import de.nextnetz.domain.assembly.ImmutableMinorityDemand;
import de.nextnetz.domain.assembly.ImmutableMinutes;
import de.nextnetz.domain.assembly.ImmutableResolution;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.assembly.Minutes;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.board.ImmutableBoardSeat;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.community.ImmutableCommunity;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Iban;
import de.nextnetz.domain.dues.ImmutableDues;
import de.nextnetz.domain.dues.ImmutableMandate;
import de.nextnetz.domain.dues.ImmutablePayment;
import de.nextnetz.domain.dues.ImmutableWriteOff;
import de.nextnetz.domain.dues.ImmutableFeeDemand;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.event.ImmutableEvent;
import de.nextnetz.domain.event.ImmutableGeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.ImmutableApplication;
import de.nextnetz.domain.membership.ImmutableExitDeclaration;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.ImmutableReview;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.network.Cooperation;
import de.nextnetz.domain.network.ImmutableCooperation;
import de.nextnetz.domain.network.ImmutableNetwork;
import de.nextnetz.domain.network.ImmutableNetworkParticipant;
import de.nextnetz.domain.tax.ImmutableAllowance;
import de.nextnetz.domain.tax.ImmutableDonationReceipt;
import de.nextnetz.domain.tax.ImmutableDonation;
import de.nextnetz.domain.tax.ImmutableTaxProfile;
import de.nextnetz.domain.tax.TaxProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes an association fit for publication (Art. 5 Abs. 1 lit. c DSGVO, data minimisation): every person's name and
 * identifier becomes a pseudonym of the office's {@link Pseudonyms} ({@code "Person 7KQ2M9XA"}, member
 * {@code "m-7kq2m9xa"}), the same in every place of the document, so every rule finds the same: invitation
 * recipients, attendees, consents, excluded voters, minority-demand supporters, exit declarations, reviewers,
 * convening signers, payments, write-offs and requests under the DSGVO name the member by the same pseudonym as the
 * member list.
 *
 * <p>Names also leave free text: wherever the document writes a known person's name (a member, representative,
 * board member, community lead, applicant, invited guest, network participant, the patron, the managing director,
 * an account holder) or a redacted organisation's name — in event titles, resolution and agenda subjects, the
 * signers of minutes, a minority demand's purpose and reasons, an excluded voter's reason, a cooperation's
 * description, a write-off's reason — it is replaced by that person's pseudonym. A surname alone (the last word of a
 * name, three letters or more, written with its capital) is replaced too; where two people share it, by "N. N.".
 * Member identifiers inside payment identifiers and mandate references are replaced by the member's pseudonymous
 * identifier.
 *
 * <p>Titles and the office's e-mail are dropped; organisations become {@code "Organisation …"} unless their
 * identifier is in the set the office keeps (a municipality, say, which is public anyway). Dates, kinds, events,
 * communities, the statute and all figures stay, so the activity report and the check give the same numbers. Bank
 * details never leave: a mandate's IBAN becomes an account derived from the member's pseudonym, the BIC and the
 * remittance texts of payments go.
 *
 * <p>Where two identifiers of a kind would get the same code, every code of the document is made longer, so no two
 * people ever share a pseudonym.
 */
public final class Redaction {

  /** The name of someone unnamed (nomen nescio), for a surname two people share. */
  private static final String N_N = "N. N.";

  private Redaction() {}

  /**
   * Redacts everything personal and every organisation, under a fresh random key (so the pseudonyms cannot be linked
   * to those of any other publication).
   *
   * @param association the association
   * @return the redacted copy
   */
  public static Association forPublication(Association association) {
    return forPublication(association, Pseudonyms.random(), Set.of());
  }

  /**
   * Redacts everything personal, and the organisations the office does not keep, under a fresh random key.
   *
   * @param association the association
   * @param keptOrganisations the identifiers of organisations to publish by name, e.g. {@code "wiesbaden"}
   * @return the redacted copy
   */
  public static Association forPublication(Association association, Set<String> keptOrganisations) {
    return forPublication(association, Pseudonyms.random(), keptOrganisations);
  }

  /**
   * Redacts everything personal, and the organisations the office does not keep, under the office's pseudonyms: the
   * same key gives the same pseudonyms in every run.
   *
   * @param association the association
   * @param pseudonyms the office's pseudonyms ({@link Pseudonyms#keyed(byte[])})
   * @param keptOrganisations the identifiers of organisations to publish by name, e.g. {@code "wiesbaden"}
   * @return the redacted copy
   */
  public static Association forPublication(Association association, Pseudonyms pseudonyms,
      Set<String> keptOrganisations) {
    Pseudonyms current = pseudonyms;
    while (true) {
      try {
        return new Redactor(current, Set.copyOf(keptOrganisations), association).association();
      } catch (Collision collision) {
        current = current.withLength(Math.min(51, current.length() + 5));
      }
    }
  }

  /**
   * Erases one member's identity from the document (Art. 17 DSGVO) while keeping what the association's figures and
   * the checks of everyone else need: the member's id becomes a pseudonym under a key nobody keeps, everywhere it is
   * referred to (invitations, attendance, consents, excluded voters, demands, exits, reviews, payments, write-offs,
   * requests); the person's name becomes that pseudonym in the member entry, the application, board seats, community
   * leads and convening signers (by the person's id) and in every free text (also other members' remittance texts
   * and account holders); the title, the Land, the payment
   * method, the representatives, the mandate and the remittance texts of the member's payments go. Kind, start, end,
   * fee, amounts and days stay, so counts, quorums and ledgers are what they were. The entry records
   * {@code erasedOn}.
   *
   * <p>This is the mechanics only; which data may go on which day is the law's question
   * ({@code de.nextnetz.rules.law.Erasure} asks it first).
   *
   * @param association the association
   * @param memberId the member to forget
   * @param day the day of the erasure
   * @return the document without the member's identity
   * @throws IllegalArgumentException if no member has the id
   */
  public static Association forgetMember(Association association, String memberId, java.time.LocalDate day) {
    Member member = association.findMember(memberId)
        .orElseThrow(() -> new IllegalArgumentException("no member has the id " + memberId));
    Pseudonyms pseudonyms = Pseudonyms.random().withLength(10);
    String code = pseudonyms.code("member", memberId);
    String newId = "erased-" + code.toLowerCase(Locale.ROOT);
    String pseudonym = "Person " + code;
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> surnames = new LinkedHashMap<>();
    Set<String> personIds = new HashSet<>();
    member.getPerson().ifPresent(person -> {
      personIds.add(person.getId());
      names.put(person.getName().strip().toLowerCase(Locale.ROOT), pseudonym);
      String name = person.getName().strip();
      int space = name.lastIndexOf(' ');
      if (space > 0 && name.length() - space > 3) {
        surnames.put(name.substring(space + 1), pseudonym);
      }
    });
    association.getApplications().stream().filter(application -> application.getMemberId().equals(Optional.of(memberId)))
        .forEach(application -> names.putIfAbsent(application.getApplicantName().strip().toLowerCase(Locale.ROOT),
            pseudonym));
    WordReplacer namePattern = WordReplacer.of(names, true);
    WordReplacer surnamePattern = WordReplacer.of(surnames, false);
    java.util.function.UnaryOperator<String> text = value -> surnamePattern.apply(namePattern.apply(value));
    java.util.function.UnaryOperator<String> id = value -> value.equals(memberId) ? newId : value;
    java.util.function.UnaryOperator<Person> person = value -> personIds.contains(value.getId())
        ? Person.of(newId, pseudonym) : value;

    ImmutableAssociation copy = ImmutableAssociation.copyOf(association)
        .withMembers(association.getMembers().stream().map(other -> !other.getId().equals(memberId)
            ? ImmutableMember.copyOf(other).withMandate(other.getMandate().map(mandate -> ImmutableMandate
                .copyOf(mandate).withAccountHolder(mandate.getAccountHolder().map(text))))
            : ImmutableMember.copyOf(other).withId(newId).withPerson(other.getPerson().map(person))
                .withRepresentatives(List.of()).withLand(Optional.empty()).withPaymentMethod(Optional.empty())
                .withMandate(Optional.empty()).withErasedOn(day)).toList())
        .withApplications(association.getApplications().stream().map(application -> {
          ImmutableApplication changed = ImmutableApplication.copyOf(application)
              .withReviews(application.getReviews().stream().map(review ->
                  ImmutableReview.copyOf(review).withReviewerId(id.apply(review.getReviewerId()))).toList());
          return application.getMemberId().equals(Optional.of(memberId))
              ? changed.withMemberId(newId).withApplicantName(pseudonym) : changed;
        }).toList())
        .withBoard(ImmutableBoard.copyOf(association.getBoard()).withSeats(association.getBoard().getSeats().stream()
            .map(seat -> ImmutableBoardSeat.copyOf(seat).withPerson(person.apply(seat.getPerson()))).toList()))
        .withCommunities(association.getCommunities().stream().map(community -> ImmutableCommunity.copyOf(community)
            .withLeads(community.getLeads().stream().map(person).toList())).toList())
        .withEvents(association.getEvents().stream().map(event -> ImmutableEvent.copyOf(event)
            .withTitle(text.apply(event.getTitle()))).toList())
        .withGeneralAssemblies(association.getGeneralAssemblies().stream().map(assembly ->
            ImmutableGeneralAssembly.copyOf(assembly)
                .withConvener(assembly.getConvener().map(convener -> ImmutableConvener.copyOf(convener)
                    .withSigners(convener.getSigners().stream().map(signer -> personIds.contains(signer) ? newId : signer)
                        .toList())))
                .withInvitation(assembly.getInvitation().map(invitation -> ImmutableInvitation.copyOf(invitation)
                    .withRecipients(invitation.getRecipients().stream().map(id).toList())
                    .withAgendaItems(invitation.getAgendaItems().stream().map(item ->
                        ImmutableAgendaItem.copyOf(item).withSubject(text.apply(item.getSubject()))).toList())))
                .withAttendees(assembly.getAttendees().stream().map(id).toList())
                .withResolutions(assembly.getResolutions().stream().map(resolution -> ImmutableResolution.copyOf(resolution)
                    .withSubject(text.apply(resolution.getSubject()))
                    .withConsents(resolution.getConsents().stream().map(consent ->
                        ImmutableConsent.copyOf(consent).withMemberId(id.apply(consent.getMemberId()))).toList())
                    .withExcludedVoters(resolution.getExcludedVoters().stream().map(voter -> ImmutableExcludedVoter
                        .copyOf(voter).withMemberId(id.apply(voter.getMemberId())).withReason(text.apply(voter.getReason())))
                        .toList())).toList())
                .withMinutes(assembly.getMinutes().map(minutes -> ImmutableMinutes.copyOf(minutes)
                    .withSigners(minutes.getSigners().stream().map(text).toList())))).toList())
        .withExitDeclarations(association.getExitDeclarations().stream().map(exit ->
            ImmutableExitDeclaration.copyOf(exit).withMemberId(id.apply(exit.getMemberId()))).toList())
        .withMinorityDemands(association.getMinorityDemands().stream().map(demand -> ImmutableMinorityDemand.copyOf(demand)
            .withSupporters(demand.getSupporters().stream().map(id).toList())
            .withPurpose(demand.getPurpose().map(text)).withReasons(demand.getReasons().map(text))).toList())
        .withCooperations(association.getCooperations().stream().map(cooperation -> ImmutableCooperation
            .copyOf(cooperation).withDescription(text.apply(cooperation.getDescription()))).toList())
        .withDataRequests(association.getDataRequests().stream().map(request -> request.getMemberId().equals(memberId)
            ? request.toBuilder().memberId(newId).build() : request).toList());
    if (association.getTax().isPresent()) {
      TaxProfile tax = association.getTax().get();
      copy = copy.withTax(ImmutableTaxProfile.copyOf(tax).withAllowances(tax.getAllowances().stream()
          .map(allowance -> ImmutableAllowance.copyOf(allowance)
              .withPerson(allowance.getPerson().equals(memberId) ? newId : text.apply(allowance.getPerson()))
              .withActivity(text.apply(allowance.getActivity()))).toList())
          .withDonations(tax.getDonations().stream().map(donation -> ImmutableDonation.copyOf(donation)
              .withDonor(donation.getDonor().equals(memberId) ? newId : text.apply(donation.getDonor()))
              .withDescription(donation.getDescription().map(text)).withVoucher(donation.getVoucher().map(text)))
              .toList())
          .withReceipts(tax.getReceipts().stream().map(receipt -> ImmutableDonationReceipt.copyOf(receipt)
              .withDonor(receipt.getDonor().equals(memberId) ? newId : text.apply(receipt.getDonor()))
              .withWording(receipt.getWording().map(text))).toList()));
    }
    if (association.getDues().isPresent()) {
      Dues dues = association.getDues().get();
      copy = copy.withDues(ImmutableDues.copyOf(dues)
          .withPayments(dues.getPayments().stream().map(payment -> !payment.getMemberId().equals(memberId)
              ? ImmutablePayment.copyOf(payment).withReference(payment.getReference().map(text))
              : ImmutablePayment.copyOf(payment).withMemberId(newId).withReference(Optional.empty())).toList())
          .withWriteOffs(dues.getWriteOffs().stream().map(writeOff -> !writeOff.getMemberId().equals(memberId)
              ? writeOff : ImmutableWriteOff.copyOf(writeOff).withMemberId(newId)
                  .withReason(text.apply(writeOff.getReason()))).toList())
          .withDemands(dues.getDemands().stream().map(demand -> !demand.getMemberId().equals(memberId)
              ? demand : ImmutableFeeDemand.copyOf(demand).withMemberId(newId)).toList()));
    }
    return copy;
  }

  /** Two identifiers of one kind got the same code: the caller tries again with longer codes. */
  private static final class Collision extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Collision() {
      super(null, null, false, false);
    }
  }

  /** The redaction of one association under one set of pseudonyms. */
  private static final class Redactor {
    private final Pseudonyms pseudonyms;
    private final Set<String> kept;
    private final Association association;
    private final Set<String> keptMembers;
    private final Map<String, String> issued = new HashMap<>();
    /** Full names to their replacement, matched regardless of case; the first of names equal but for case wins. */
    private final Map<String, String> names = new LinkedHashMap<>();
    /** The names above, regardless of case (no lower-case copy of each name is kept). */
    private final Set<WordReplacer.Key> known = new HashSet<>();
    /** Surnames to their replacement, matched as written. */
    private final Map<String, String> surnames = new LinkedHashMap<>();
    private final Map<String, String> memberIds = new LinkedHashMap<>();
    private final WordReplacer namePattern;
    private final WordReplacer surnamePattern;
    private final WordReplacer memberIdPattern;

    Redactor(Pseudonyms pseudonyms, Set<String> kept, Association association) {
      this.pseudonyms = pseudonyms;
      this.kept = kept;
      this.association = association;
      this.keptMembers = Set.copyOf(association.getMembers().stream()
          .filter(member -> member.getOrganisation().map(o -> kept.contains(o.getId())).orElse(false))
          .map(Member::getId).toList());
      collectNames();
      association.getMembers().forEach(member -> {
        if (!keptMembers.contains(member.getId())) {
          memberIds.put(member.getId(), memberId(member.getId()));
        }
      });
      this.namePattern = WordReplacer.of(names, true);
      this.surnamePattern = WordReplacer.of(surnames, false);
      this.memberIdPattern = WordReplacer.of(memberIds, false);
    }

    /** A code, checked against every code of its kind issued so far. */
    private String code(String kind, String original) {
      String code = pseudonyms.code(kind, original);
      String previous = issued.putIfAbsent(kind + ":" + code, original);
      if (previous != null && !previous.equals(original)) {
        throw new Collision();
      }
      return code;
    }

    private String id(String prefix, String kind, String original) {
      return prefix + "-" + code(kind, original).toLowerCase(Locale.ROOT);
    }

    String memberId(String id) {
      return keptMembers.contains(id) ? id : id("m", "member", id);
    }

    String personName(Person person) {
      return "Person " + code("person", person.getId());
    }

    Person person(Person person) {
      return Person.of(id("p", "person", person.getId()), personName(person));
    }

    /** A person given by member id or by name (allowances, donors): the member's pseudonymous id, else a name's. */
    String personOrMember(String person) {
      return association.findMember(person).isPresent() ? memberId(person) : nameOnly(person);
    }

    String nameOnly(String name) {
      return "Person " + code("name", name);
    }

    // --- free text --------------------------------------------------------------------------------------------

    private void collectNames() {
      Map<String, Set<String>> surnameOwners = new HashMap<>();
      for (Member member : association.getMembers()) {
        member.getPerson().ifPresent(person -> name(person.getName(), personName(person), surnameOwners));
        member.getRepresentatives().forEach(person -> name(person.getName(), personName(person), surnameOwners));
        member.getOrganisation().filter(organisation -> !kept.contains(organisation.getId()))
            .ifPresent(organisation -> putName(organisation.getName(), organisationName(organisation)));
        member.getMandate().flatMap(Mandate::getAccountHolder)
            .ifPresent(holder -> name(holder, nameOnly(holder), surnameOwners));
      }
      association.getBoard().getSeats().forEach(seat ->
          name(seat.getPerson().getName(), personName(seat.getPerson()), surnameOwners));
      association.getCommunities().forEach(community -> community.getLeads().forEach(lead ->
          name(lead.getName(), personName(lead), surnameOwners)));
      association.getPatron().ifPresent(patron ->
          name(patron.getPerson().getName(), personName(patron.getPerson()), surnameOwners));
      association.getOffice().flatMap(office -> office.getManagingDirector()).ifPresent(person ->
          name(person.getName(), personName(person), surnameOwners));
      association.getApplications().forEach(application ->
          name(application.getApplicantName(), applicantName(application), surnameOwners));
      association.getEvents().forEach(event -> event.getInvitedGuests().forEach(guest ->
          name(guest, nameOnly(guest), surnameOwners)));
      association.getNetwork().getParticipants().forEach(participant ->
          name(participant.getName(), nameOnly(participant.getName()), surnameOwners));
      association.getTax().ifPresent(tax -> java.util.stream.Stream.concat(
              tax.getAllowances().stream().map(allowance -> allowance.getPerson()),
              tax.getReceipts().stream().map(receipt -> receipt.getDonor()))
          .filter(person -> association.findMember(person).isEmpty())
          .forEach(person -> name(person, nameOnly(person), surnameOwners)));
      surnameOwners.forEach((surname, owners) -> {
        if (!known.contains(WordReplacer.Key.of(surname, true))) {
          surnames.put(surname, owners.size() == 1 ? owners.iterator().next() : N_N);
        }
      });
    }

    /** A name to replace, unless one equal to it in another case came first. */
    private void putName(String name, String replacement) {
      if (!name.isEmpty() && known.add(WordReplacer.Key.of(name, true))) {
        names.put(name, replacement);
      }
    }

    private void name(String name, String replacement, Map<String, Set<String>> surnameOwners) {
      String stripped = name.strip();
      if (stripped.isEmpty()) {
        return;
      }
      putName(stripped, replacement);
      int space = Math.max(stripped.lastIndexOf(' '), stripped.lastIndexOf('\u00a0'));
      String last = stripped.substring(space + 1);
      if (space > 0 && last.codePointCount(0, last.length()) >= 3 && Character.isUpperCase(last.codePointAt(0))) {
        surnameOwners.computeIfAbsent(last, k -> new HashSet<>()).add(replacement);
      }
    }

    /** Free text with every known name replaced. */
    String text(String text) {
      return surnamePattern.apply(namePattern.apply(text));
    }

    /** An identifier with every member identifier in it replaced by the member's pseudonymous one. */
    String ids(String text) {
      return memberIdPattern.apply(text);
    }

    // --- the document -----------------------------------------------------------------------------------------

    Association association() {
      ImmutableAssociation copy = ImmutableAssociation.copyOf(association)
          .withMembers(association.getMembers().stream().map(this::member).toList())
          .withApplications(association.getApplications().stream().map(this::application).toList())
          .withBoard(ImmutableBoard.copyOf(association.getBoard()).withSeats(
              association.getBoard().getSeats().stream().map(this::seat).toList()))
          .withCommunities(association.getCommunities().stream().map(this::community).toList())
          .withEvents(association.getEvents().stream().map(this::event).toList())
          .withGeneralAssemblies(association.getGeneralAssemblies().stream().map(this::assembly).toList())
          .withExitDeclarations(association.getExitDeclarations().stream().map(exit ->
              ImmutableExitDeclaration.copyOf(exit).withMemberId(memberId(exit.getMemberId()))).toList())
          .withMinorityDemands(association.getMinorityDemands().stream().map(this::demand).toList())
          .withCooperations(association.getCooperations().stream().map(this::cooperation).toList())
          .withDataRequests(association.getDataRequests().stream().map(request ->
              request.toBuilder().memberId(memberId(request.getMemberId())).build()).toList())
          .withNetwork(ImmutableNetwork.copyOf(association.getNetwork()).withParticipants(
              association.getNetwork().getParticipants().stream().map(participant ->
                  ImmutableNetworkParticipant.copyOf(participant).withName(nameOnly(participant.getName()))
                      .withOrganisation(Optional.empty())).toList()));
      if (association.getDues().isPresent()) {
        copy = copy.withDues(dues(association.getDues().get()));
      }
      if (association.getTax().isPresent()) {
        TaxProfile tax = association.getTax().get();
        copy = copy.withTax(ImmutableTaxProfile.copyOf(tax).withAllowances(tax.getAllowances().stream()
            .map(allowance -> ImmutableAllowance.copyOf(allowance).withPerson(personOrMember(allowance.getPerson()))
                .withActivity(text(allowance.getActivity()))).toList())
            .withDonations(tax.getDonations().stream().map(donation -> ImmutableDonation.copyOf(donation)
                .withDonor(personOrMember(donation.getDonor())).withDescription(donation.getDescription()
                    .map(this::text)).withVoucher(donation.getVoucher().map(this::text))).toList())
            .withReceipts(tax.getReceipts().stream().map(receipt -> ImmutableDonationReceipt.copyOf(receipt)
                .withDonor(personOrMember(receipt.getDonor())).withWording(receipt.getWording().map(this::text)))
                .toList()));
      }
      if (association.getPatron().isPresent()) {
        copy = copy.withPatron(ImmutablePatron.copyOf(association.getPatron().get())
            .withPerson(person(association.getPatron().get().getPerson())));
      }
      if (association.getOffice().isPresent()) {
        copy = copy.withOffice(ImmutableOffice.copyOf(association.getOffice().get()).withEmail(Optional.empty())
            .withManagingDirector(association.getOffice().get().getManagingDirector().map(this::person)));
      }
      return copy;
    }

    Member member(Member member) {
      return ImmutableMember.copyOf(member).withId(memberId(member.getId()))
          .withPerson(member.getPerson().map(this::person))
          .withOrganisation(member.getOrganisation().map(this::organisation))
          .withRepresentatives(member.getRepresentatives().stream().map(this::person).toList())
          .withApplicationId(member.getApplicationId().map(id -> id("a", "application", id)))
          .withMandate(member.getMandate().map(mandate -> mandate(member.getId(), mandate)));
    }

    /**
     * A mandate with a pseudonymous account: an IBAN of the German form with valid check digits whose account
     * number comes from the member's pseudonym, never from the real account, written the way the real one was (so
     * the rules find the same); the account holder becomes a pseudonym, the BIC goes; member identifiers and names
     * in the reference are replaced, and a reference that was valid stays valid.
     */
    Mandate mandate(String memberId, Mandate mandate) {
      Iban pseudonymous = Iban.of("DE", "00000000" + pseudonyms.digits("account", memberId, 10));
      Iban written = mandate.getIban().isNormalised() ? pseudonymous
          : new Iban(pseudonymous.paper().toLowerCase(Locale.ROOT));
      String reference = text(ids(mandate.getReference()));
      if (mandate.getReference().matches(Mandate.REFERENCE_PATTERN) && !reference.matches(Mandate.REFERENCE_PATTERN)) {
        reference = "REF-" + code("mandate", mandate.getReference());
      }
      return ImmutableMandate.copyOf(mandate).withIban(written).withBic(Optional.empty()).withReference(reference)
          .withAccountHolder(mandate.getAccountHolder().map(this::nameOnly));
    }

    /** The dues with the members' pseudonymous ids and without remittance texts, which may name people. */
    Dues dues(Dues dues) {
      return ImmutableDues.copyOf(dues)
          .withPayments(dues.getPayments().stream().map(payment -> ImmutablePayment.copyOf(payment)
              .withId(ids(payment.getId())).withMemberId(memberId(payment.getMemberId()))
              .withReference(Optional.empty())).toList())
          .withWriteOffs(dues.getWriteOffs().stream().map(writeOff -> ImmutableWriteOff.copyOf(writeOff)
              .withMemberId(memberId(writeOff.getMemberId())).withReason(text(writeOff.getReason()))).toList())
          .withDemands(dues.getDemands().stream().map(demand -> ImmutableFeeDemand.copyOf(demand)
              .withMemberId(memberId(demand.getMemberId()))).toList());
    }

    String organisationName(Organisation organisation) {
      return "Organisation " + code("organisation", organisation.getId());
    }

    Organisation organisation(Organisation organisation) {
      if (kept.contains(organisation.getId())) {
        return organisation;
      }
      return Organisation.builder().from(organisation).id(id("o", "organisation", organisation.getId()))
          .name(organisationName(organisation)).build();
    }

    String applicantName(Application application) {
      return "Person " + code("applicant", application.getMemberId().orElse(application.getId()));
    }

    Application application(Application application) {
      return ImmutableApplication.copyOf(application).withId(id("a", "application", application.getId()))
          .withApplicantName(applicantName(application))
          .withMemberId(application.getMemberId().map(this::memberId))
          .withReviews(application.getReviews().stream().map(review ->
              ImmutableReview.copyOf(review).withReviewerId(memberId(review.getReviewerId()))).toList());
    }

    BoardSeat seat(BoardSeat seat) {
      return ImmutableBoardSeat.copyOf(seat).withPerson(person(seat.getPerson()));
    }

    Community community(Community community) {
      return ImmutableCommunity.copyOf(community).withLeads(community.getLeads().stream().map(this::person).toList());
    }

    Event event(Event event) {
      return ImmutableEvent.copyOf(event).withTitle(text(event.getTitle()))
          .withInvitedGuests(event.getInvitedGuests().stream().map(this::nameOnly).toList());
    }

    GeneralAssembly assembly(GeneralAssembly assembly) {
      return ImmutableGeneralAssembly.copyOf(assembly)
          .withConvener(assembly.getConvener().map(this::convener))
          .withInvitation(assembly.getInvitation().map(this::invitation))
          .withAttendees(assembly.getAttendees().stream().map(this::memberId).toList())
          .withResolutions(assembly.getResolutions().stream().map(this::resolution).toList())
          .withMinutes(assembly.getMinutes().map(this::minutes));
    }

    Convener convener(Convener convener) {
      return ImmutableConvener.copyOf(convener)
          .withSigners(convener.getSigners().stream().map(id -> id("p", "person", id)).toList());
    }

    Invitation invitation(Invitation invitation) {
      return ImmutableInvitation.copyOf(invitation)
          .withRecipients(invitation.getRecipients().stream().map(this::memberId).toList())
          .withAgendaItems(invitation.getAgendaItems().stream().map(this::agendaItem).toList());
    }

    AgendaItem agendaItem(AgendaItem item) {
      return ImmutableAgendaItem.copyOf(item).withSubject(text(item.getSubject()));
    }

    Resolution resolution(Resolution resolution) {
      return ImmutableResolution.copyOf(resolution).withSubject(text(resolution.getSubject()))
          .withExcludedVoters(resolution.getExcludedVoters().stream().map(voter -> ImmutableExcludedVoter.copyOf(voter)
              .withMemberId(memberId(voter.getMemberId())).withReason(text(voter.getReason()))).toList())
          .withConsents(resolution.getConsents().stream().map(consent ->
              ImmutableConsent.copyOf(consent).withMemberId(memberId(consent.getMemberId()))).toList());
    }

    Minutes minutes(Minutes minutes) {
      return ImmutableMinutes.copyOf(minutes).withSigners(minutes.getSigners().stream().map(this::text).toList());
    }

    MinorityDemand demand(MinorityDemand demand) {
      return ImmutableMinorityDemand.copyOf(demand)
          .withSupporters(demand.getSupporters().stream().map(this::memberId).toList())
          .withPurpose(demand.getPurpose().map(this::text))
          .withReasons(demand.getReasons().map(this::text));
    }

    Cooperation cooperation(Cooperation cooperation) {
      return ImmutableCooperation.copyOf(cooperation).withDescription(text(cooperation.getDescription()));
    }
  }
}
