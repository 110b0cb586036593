package de.nextnetz.domain;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.OwnFormat;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.network.Cooperation;
import de.nextnetz.domain.network.Network;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.FederalState;
import jakarta.validation.Valid;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.membership.ExitDeclaration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Verein: a registered association as one complete, immutable snapshot that rules can check as of
 * any date: its register facts, statute, members and applications, board, communities, events,
 * general assemblies, network and cooperations.
 *
 * <p>Build one with {@link #builder()}; derive a changed copy with {@link #toBuilder()}
 * ({@code next.toBuilder().shortName("NExT").build()}). {@link de.nextnetz.domain.validation.DomainValidator}
 * lists all structural problems at once.
 */
@Value.Immutable
@UniqueIds(groups = {Default.class, Semantic.class})
@ConsistentDues(groups = {Default.class, Semantic.class})
public interface Association {

  /** {@return the full name, e.g. {@code "Netzwerk – Experten digitale Transformation der Verwaltung"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return the short name, e.g. {@code "NExT"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getShortName();

  /** {@return the legal form, e.g. {@code "e. V."}} */
  @Value.Default
  default String getLegalForm() {
    return "e. V.";
  }

  /** {@return the day the association was founded} */
  LocalDate getFoundingDate();

  /** {@return the seat, e.g. {@code "Berlin"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getSeat();

  /**
   * {@return the Land of the seat, where it is given; {@link #landOfSeat()} also knows it from the
   * seat's name for Berlin, Hamburg and Bremen}
   */
  Optional<FederalState> getSeatState();

  /**
   * The Land the association is seated in: the one given, else the one the seat's name says (the
   * city states). Its public holidays are the ones § 193 BGB applies to the association's fees.
   *
   * @return the Land, or empty where neither is known
   */
  default Optional<FederalState> landOfSeat() {
    return getSeatState().or(() -> FederalState.ofSeat(getSeat()));
  }

  /** {@return the register entry, once registered} */
  Optional<@Valid RegisterEntry> getRegisterEntry();

  /** {@return the purpose under the statute (Satzungszweck)} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getPurpose();

  /** {@return the patron (Schirmherr:in)} */
  Optional<@Valid Patron> getPatron();

  /** {@return the office (Geschäftsstelle) with its managing director} */
  Optional<@Valid Office> getOffice();

  /** {@return the statute in its versions} */
  @Valid
  Statute getStatute();

  /** {@return the members, past and present} */
  List<@Valid Member> getMembers();

  /** {@return the applications for membership, decided or pending} */
  List<@Valid Application> getApplications();

  /** {@return the board} */
  @Valid
  Board getBoard();

  /** {@return the communities of practice} */
  List<@Valid Community> getCommunities();

  /** {@return the events} */
  List<@Valid Event> getEvents();

  /**
   * {@return the association's own event formats, by the names it gives them (a "Workshop"), which
   * event tables are read and written in; empty for an association whose formats are NExT's}
   */
  List<@Valid OwnFormat> getEventFormats();

  /** {@return the general assemblies, held and planned} */
  List<@Valid GeneralAssembly> getGeneralAssemblies();

  /** {@return the network} */
  @Valid
  @Value.Default
  default Network getNetwork() {
    return Network.empty();
  }

  /** {@return the cooperations} */
  List<@Valid Cooperation> getCooperations();

  /** {@return the members' exit declarations (§ 39 BGB)} */
  List<@Valid ExitDeclaration> getExitDeclarations();

  /** {@return the minority demands to call a general assembly (§ 37 BGB)} */
  List<@Valid MinorityDemand> getMinorityDemands();

  /** {@return the filings with the register of associations and their entries (§§ 67, 71 BGB)} */
  List<@Valid RegisterFiling> getRegisterFilings();

  /** {@return the dues the office records: payments, write-offs and the SEPA creditor identifier, if it does} */
  Optional<@Valid Dues> getDues();

  /** {@return the requests of persons under the DSGVO (access, erasure, …), as the office records them} */
  List<@Valid DataRequest> getDataRequests();

  /** {@return the tax-privileged status (§§ 51–68 AO), where the office records it} */
  Optional<@Valid TaxProfile> getTax();

  /**
   * Finds a general assembly by identifier.
   *
   * @param id the identifier
   * @return the assembly, if there is one with that identifier
   */
  default Optional<GeneralAssembly> findGeneralAssembly(String id) {
    return getGeneralAssemblies().stream().filter(assembly -> assembly.getId().equals(id)).findFirst();
  }

  /**
   * The next general assembly planned for a day or later: the one an election or an invitation is measured
   * against.
   *
   * @param day the day
   * @return the earliest assembly planned from that day on, if any
   */
  default Optional<GeneralAssembly> nextPlannedAssembly(LocalDate day) {
    return getGeneralAssemblies().stream().filter(assembly -> assembly.isPlannedFrom(day))
        .min(java.util.Comparator.comparing(GeneralAssembly::getDate));
  }

  /**
   * The first day a statute version is in force: a change of the Satzung takes effect with its entry in the
   * register (§ 71 Abs. 1 Satz 1 BGB), so a version adopted by a resolution ({@link StatuteVersion#getAdoptedBy()})
   * whose statute-change filing is recorded takes effect on the later of its valid-from day and the day of entry,
   * and not at all while the filing waits for its entry. A version without a recorded filing (the first Satzung,
   * or a change whose filing the document does not hold) is taken at its valid-from day.
   *
   * @param version one of this association's statute versions
   * @return the first day it is in force; empty while its filing is not entered
   */
  default Optional<LocalDate> statuteInForceFrom(StatuteVersion version) {
    Optional<String> adoptedBy = version.getAdoptedBy();
    if (adoptedBy.isEmpty()) {
      return Optional.of(version.getValidFrom());
    }
    boolean filed = false;
    LocalDate entered = null;
    for (RegisterFiling filing : getRegisterFilings()) {
      if (filing.getKind() == RegisterFilingKind.STATUTE_CHANGE && filing.getResolutionId().equals(adoptedBy)) {
        filed = true;
        Optional<LocalDate> day = filing.getEnteredOn();
        if (day.isPresent() && (entered == null || day.get().isBefore(entered))) {
          entered = day.get();
        }
      }
    }
    if (!filed) {
      return Optional.of(version.getValidFrom());
    }
    return entered == null ? Optional.empty()
        : Optional.of(entered.isAfter(version.getValidFrom()) ? entered : version.getValidFrom());
  }

  /**
   * The statute version in force on a day, with its register entry ({@link #statuteInForceFrom}, § 71 Abs. 1
   * Satz 1 BGB): of the versions in force by then, the latest by valid-from day. Every judgement of an act by the
   * Satzung of its day asks here.
   *
   * @param day the day
   * @return the version in force; empty before the first version
   */
  default Optional<StatuteVersion> statuteOn(LocalDate day) {
    StatuteVersion found = null;
    for (StatuteVersion version : getStatute().getVersions()) {
      if (version.getValidFrom().isAfter(day) || (found != null && !version.getValidFrom().isAfter(found.getValidFrom()))) {
        continue;
      }
      Optional<LocalDate> from = statuteInForceFrom(version);
      if (from.isPresent() && !from.get().isAfter(day)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@return the short name with the legal form, e.g. {@code "NExT e. V."}} */
  default String getDisplayName() {
    return getShortName() + " " + getLegalForm();
  }

  /**
   * Lists the members on a day.
   *
   * @param day the day
   * @return the members whose membership includes the day, in the order of {@link #getMembers()}
   */
  default List<Member> membersOn(LocalDate day) {
    return getMembers().stream().filter(member -> member.isMemberOn(day)).toList();
  }

  /**
   * Finds a member by identifier.
   *
   * @param id the identifier
   * @return the member, if there is one with that identifier
   */
  default Optional<Member> findMember(String id) {
    return getMembers().stream().filter(member -> member.getId().equals(id)).findFirst();
  }

  /**
   * Finds the community a name denotes (its name or an alias).
   *
   * @param name the name, e.g. as written in Table 1 of the activity report
   * @return the community, if one is known by that name
   */
  default Optional<Community> findCommunity(String name) {
    return getCommunities().stream().filter(community -> community.isKnownAs(name)).findFirst();
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
   * Builds a {@link Association}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableAssociation.Builder {
    /** Creates an empty builder, as {@link Association#builder()} does. */
    public Builder() {}
  }
}
