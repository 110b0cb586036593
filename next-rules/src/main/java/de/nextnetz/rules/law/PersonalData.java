package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.tax.Allowance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the document holds about one person, as Art. 15 DSGVO asks the association to give it: the member
 * entry (with the mandate), the applications, the board seats, payments, write-offs and allowances, the person's
 * requests, the
 * places of the association's records that name the person (invitations, attendance, consents, excluded voters,
 * demands, exits, reviews written), and for each kind the period it is stored for (Art. 15 Abs. 1 lit. d) from
 * {@link Retention}.
 *
 * @param asOf the day of the copy
 * @param member the member entry
 * @param path the member's JSON Pointer
 * @param applications the applications for membership
 * @param boardSeats the board seats the person held or holds
 * @param payments the payments recorded for the member
 * @param writeOffs the write-offs
 * @param demands the invoices and reminders sent to the member, with the days they were received
 * @param allowances the allowances paid to the person (§ 3 Nr. 26, 26a EStG)
 * @param requests the person's requests under the DSGVO
 * @param records the JSON Pointers of the association's records that name the person
 * @param retention what is kept until when, and why
 */
public record PersonalData(LocalDate asOf, Member member, String path, List<Application> applications,
    List<BoardSeat> boardSeats, List<Payment> payments, List<WriteOff> writeOffs, List<FeeDemand> demands, List<Allowance> allowances,
    List<DataRequest> requests,
    List<String> records, Retention retention) {

  /**
   * Checks and copies.
   *
   * @param asOf the day
   * @param member the member
   * @param path the pointer
   * @param applications the applications
   * @param boardSeats the seats
   * @param payments the payments
   * @param writeOffs the write-offs
   * @param demands the invoices and reminders
   * @param allowances the allowances
   * @param requests the requests
   * @param records the records
   * @param retention the retention
   */
  public PersonalData {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(path, "path");
    applications = List.copyOf(applications);
    boardSeats = List.copyOf(boardSeats);
    payments = List.copyOf(payments);
    writeOffs = List.copyOf(writeOffs);
    demands = List.copyOf(demands);
    allowances = List.copyOf(allowances);
    requests = List.copyOf(requests);
    records = List.copyOf(records);
    Objects.requireNonNull(retention, "retention");
  }

  /**
   * Collects what the document holds about a member.
   *
   * @param association the association
   * @param memberId the member's id
   * @param asOf the day
   * @return the person's data
   * @throws IllegalArgumentException if no member has the id
   */
  public static PersonalData of(Association association, String memberId, LocalDate asOf) {
    int index = Retention.indexOf(association, memberId);
    Member member = association.getMembers().get(index);
    Retention retention = Retention.of(association, index, asOf);
    Optional<String> personId = member.getPerson().map(person -> person.getId());
    List<BoardSeat> seats = association.getBoard().getSeats().stream()
        .filter(seat -> personId.equals(Optional.of(seat.getPerson().getId()))).toList();
    List<Payment> payments = association.getDues().map(dues -> dues.getPayments().stream()
        .filter(payment -> payment.getMemberId().equals(memberId)).toList()).orElse(List.of());
    List<WriteOff> writeOffs = association.getDues().map(dues -> dues.getWriteOffs().stream()
        .filter(writeOff -> writeOff.getMemberId().equals(memberId)).toList()).orElse(List.of());
    List<FeeDemand> demands = association.getDues().map(dues -> dues.getDemands().stream()
        .filter(demand -> demand.getMemberId().equals(memberId)).toList()).orElse(List.of());
    List<String> records = new ArrayList<>();
    retention.holdings().stream().filter(holding -> holding.kind() == HoldingKind.RECORDS)
        .forEach(holding -> records.addAll(holding.paths()));
    return new PersonalData(asOf, member, retention.path(),
        association.getApplications().stream().filter(application -> application.getMemberId()
            .equals(Optional.of(memberId))).toList(),
        seats, payments, writeOffs, demands,
        association.getTax().map(tax -> tax.getAllowances().stream().filter(allowance ->
            allowance.getPerson().equals(memberId) || allowance.getPerson().equals(member.getName())).toList())
            .orElse(List.of()),
        association.getDataRequests().stream().filter(request -> request.getMemberId().equals(memberId)).toList(),
        records, retention);
  }
}
