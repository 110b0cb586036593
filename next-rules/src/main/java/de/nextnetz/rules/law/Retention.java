package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.Pointer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the association holds about one member and until when (Art. 5 Abs. 1 lit. e DSGVO), from the law of
 * {@link PrivacyLaw} and the dated {@link RetentionPeriods}: the member entry and application until the end of the
 * membership plus the grace days; the mandate as a voucher (or for the refund period, {@link MandateRetention});
 * payments and write-offs as book entries for 10 years and their remittance texts as vouchers for 8; what open fee
 * claims need until they are time-barred; the association's records without an end. The rules
 * ({@code DATA_RETENTION_ACTIVE}, {@code DATA_RESTRICTION_REQUIRED}, {@code DATA_ERASURE_DUE}), {@code next person}
 * and {@code next erase} read it and never judge again.
 *
 * @param member the member
 * @param path the member's JSON Pointer
 * @param holdings what is held, one entry per kind that has data
 */
public record Retention(Member member, String path, List<Holding> holdings) {

  /**
   * Checks and copies.
   *
   * @param member the member
   * @param path the pointer
   * @param holdings the holdings
   */
  public Retention {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(path, "path");
    holdings = List.copyOf(holdings);
  }

  /**
   * What is held about a member, with the defaults ({@link RetentionSettings#DEFAULT}: {@link RetentionPeriods#DEFAULT},
   * the mandate as a voucher, {@link PrivacyLaw#CONTACT_GRACE_DAYS}).
   *
   * @param association the association
   * @param index the member's position in {@link Association#getMembers()}
   * @param asOf the day (for the open claims)
   * @return what is held
   * @throws IndexOutOfBoundsException if there is no member at the index
   */
  public static Retention of(Association association, int index, LocalDate asOf) {
    return of(association, index, asOf, RetentionSettings.DEFAULT);
  }

  /**
   * What is held about a member.
   *
   * @param association the association
   * @param index the member's position in {@link Association#getMembers()}
   * @param asOf the day (for the open claims)
   * @param settings the retention table, the mandates' reading and the grace days
   * @return what is held
   * @throws IndexOutOfBoundsException if there is no member at the index
   */
  public static Retention of(Association association, int index, LocalDate asOf, RetentionSettings settings) {
    Optional<Ledger> ledger = Ledgers.of(association, asOf).map(ledgers -> ledgers.all().get(index));
    return of(association, index, ledger, settings);
  }

  /**
   * What is held about each former member on a day: every member whose membership ended before the day and whose
   * data were not erased yet, the ledgers computed once for all. Members still in the association are not looked at.
   *
   * @param association the association
   * @param asOf the day
   * @param settings the retention table, the mandates' reading and the grace days
   * @return one retention per former member, in the order of {@link Association#getMembers()}
   */
  public static List<Retention> former(Association association, LocalDate asOf, RetentionSettings settings) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < association.getMembers().size(); i++) {
      Member member = association.getMembers().get(i);
      if (member.getErasedOn().isEmpty() && member.getEnd().map(end -> end.isBefore(asOf)).orElse(false)) {
        indices.add(i);
      }
    }
    List<Retention> former = new ArrayList<>();
    Optional<Ledgers> ledgers = indices.isEmpty() ? Optional.empty() : Ledgers.of(association, asOf);
    for (int index : indices) {
      former.add(of(association, index, ledgers.map(found -> found.all().get(index)), settings));
    }
    return former;
  }

  private static Retention of(Association association, int index, Optional<Ledger> ledger,
      RetentionSettings settings) {
    RetentionPeriods periods = settings.periods();
    MandateRetention mandates = settings.mandates();
    int graceDays = settings.graceDays();
    Member member = association.getMembers().get(index);
    String id = member.getId();
    String path = Pointer.to("members", index);
    List<Holding> holdings = new ArrayList<>();
    Optional<LocalDate> contactEnd = member.getEnd().map(end -> end.plusDays(graceDays));
    holdings.add(new Holding(HoldingKind.MEMBERSHIP, List.of(path), contactEnd, contactEnd.isPresent()
        ? PrivacyLaw.ERASURE : PrivacyLaw.MEMBERSHIP, false));
    List<String> contact = new ArrayList<>();
    member.getLand().ifPresent(land -> contact.add(path + "/land"));
    member.getPaymentMethod().ifPresent(method -> contact.add(path + "/paymentMethod"));
    if (!member.getRepresentatives().isEmpty()) {
      contact.add(path + "/representatives");
    }
    if (!contact.isEmpty()) {
      // Contact data serve the membership only: they go after the grace days even while the books keep the name.
      holdings.add(new Holding(HoldingKind.CONTACT, contact, contactEnd, contactEnd.isPresent()
          ? PrivacyLaw.ERASURE : PrivacyLaw.MEMBERSHIP, false));
    }

    List<String> applications = new ArrayList<>();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < association.getApplications().size(); i++) {
      Application application = association.getApplications().get(i);
      if (application.getMemberId().equals(Optional.of(id))) {
        applications.add(Pointer.to("applications", i));
      }
      for (int r = 0; r < application.getReviews().size(); r++) {
        if (application.getReviews().get(r).getReviewerId().equals(id)) {
          records.add(Pointer.to("applications", i) + "/reviews/" + r);
        }
      }
    }
    if (!applications.isEmpty()) {
      holdings.add(new Holding(HoldingKind.APPLICATION, applications, contactEnd, contactEnd.isPresent()
          ? PrivacyLaw.ERASURE : PrivacyLaw.MEMBERSHIP, false));
    }

    if (member.getMandate().isPresent()) {
      Mandate mandate = member.getMandate().get();
      LocalDate last = mandate.getLastCollection().orElse(mandate.getSignedOn());
      LocalDate until = mandates == MandateRetention.REFUND_PERIOD ? PrivacyLaw.mandateProofUntil(last)
          : periods.keepUntil(RecordClass.VOUCHERS, Year.from(last));
      holdings.add(new Holding(HoldingKind.MANDATE, List.of(path + "/mandate"), Optional.of(until),
          PrivacyLaw.MANDATE_PROOF, true));
    }

    List<String> journal = new ArrayList<>();
    @org.jspecify.annotations.Nullable LocalDate journalEnd = null;
    if (association.getTax().isPresent()) {
      // Allowances paid to the person are entries of the books as well (§ 147 Abs. 1 Nr. 1 AO).
      var allowances = association.getTax().get().getAllowances();
      for (int i = 0; i < allowances.size(); i++) {
        String person = allowances.get(i).getPerson();
        if (person.equals(id) || person.equals(member.getName())) {
          journal.add(Pointer.to("tax", "allowances", i));
          journalEnd = later(journalEnd, periods.keepUntil(RecordClass.BOOKS, allowances.get(i).getYear()));
        }
      }
    }
    @org.jspecify.annotations.Nullable LocalDate voucherEnd = null;
    List<String> vouchers = new ArrayList<>();
    if (association.getDues().isPresent()) {
      var dues = association.getDues().get();
      for (int i = 0; i < dues.getPayments().size(); i++) {
        Payment payment = dues.getPayments().get(i);
        if (!payment.getMemberId().equals(id)) {
          continue;
        }
        String at = Pointer.to("dues", "payments", i);
        journal.add(at);
        journalEnd = later(journalEnd, periods.keepUntil(RecordClass.BOOKS, Year.from(payment.getDay())));
        if (payment.getReference().isPresent()) {
          vouchers.add(at + "/reference");
          voucherEnd = later(voucherEnd, periods.keepUntil(RecordClass.VOUCHERS, Year.from(payment.getDay())));
        }
      }
      for (int i = 0; i < dues.getWriteOffs().size(); i++) {
        WriteOff writeOff = dues.getWriteOffs().get(i);
        if (writeOff.getMemberId().equals(id)) {
          journal.add(Pointer.to("dues", "writeOffs", i));
          journalEnd = later(journalEnd, periods.keepUntil(RecordClass.BOOKS, Year.from(writeOff.getDay())));
        }
      }
      // The copy of an invoice is a booking voucher (§ 147 Abs. 1 Nr. 4 AO), a reminder a business letter sent (Nr. 3).
      for (int i = 0; i < dues.getDemands().size(); i++) {
        FeeDemand demand = dues.getDemands().get(i);
        if (demand.getMemberId().equals(id)) {
          vouchers.add(Pointer.to("dues", "demands", i));
          voucherEnd = later(voucherEnd, periods.keepUntil(demand.getKind() == FeeDemand.Kind.INVOICE
              ? RecordClass.VOUCHERS : RecordClass.LETTERS, Year.from(demand.getReceivedOn())));
        }
      }
    }
    if (association.getTax().isPresent()) {
      // The copy of a donation receipt is a booking voucher (§ 50 Abs. 7 EStDV; § 147 Abs. 1 Nr. 4 AO).
      var receipts = association.getTax().get().getReceipts();
      for (int i = 0; i < receipts.size(); i++) {
        String donor = receipts.get(i).getDonor();
        if (donor.equals(id) || donor.equals(member.getName())) {
          vouchers.add(Pointer.to("tax", "receipts", i));
          voucherEnd = later(voucherEnd, periods.keepUntil(RecordClass.VOUCHERS,
              Year.from(receipts.get(i).getIssuedOn())));
        }
      }
    }
    if (journalEnd != null) {
      holdings.add(new Holding(HoldingKind.JOURNAL, journal, Optional.of(journalEnd), PrivacyLaw.RETENTION, true));
    }
    if (voucherEnd != null) {
      holdings.add(new Holding(HoldingKind.VOUCHERS, vouchers, Optional.of(voucherEnd), PrivacyLaw.RETENTION, true));
    }

    ledger.ifPresent(found -> {
      @org.jspecify.annotations.Nullable LocalDate end = null;
      for (LedgerItem item : found.openItems()) {
        if (item.due().isPresent()) {
          end = later(end, DuesLaw.limitationEnd(item.due().get()));
        }
      }
      if (end != null) {
        holdings.add(new Holding(HoldingKind.OPEN_CLAIMS, List.of(path), Optional.of(end), PrivacyLaw.CLAIMS, true));
      }
    });

    records.addAll(records(association, id));
    if (!records.isEmpty()) {
      holdings.add(new Holding(HoldingKind.RECORDS, records, Optional.empty(), PrivacyLaw.RECORDS, false));
    }
    return new Retention(member, path, holdings);
  }

  /**
   * The position of a member in the document, for the pointer of everything held about the member.
   *
   * @param association the association
   * @param memberId the member's id
   * @return the index in {@link Association#getMembers()}
   * @throws IllegalArgumentException if no member has the id
   */
  static int indexOf(Association association, String memberId) {
    for (int i = 0; i < association.getMembers().size(); i++) {
      if (association.getMembers().get(i).getId().equals(memberId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no member has the id " + memberId);
  }

  private static List<String> records(Association association, String id) {
    List<String> records = new ArrayList<>();
    for (int a = 0; a < association.getGeneralAssemblies().size(); a++) {
      GeneralAssembly assembly = association.getGeneralAssemblies().get(a);
      String at = Pointer.to("generalAssemblies", a);
      if (assembly.getInvitation().map(invitation -> invitation.getRecipients().contains(id)).orElse(false)) {
        records.add(at + "/invitation/recipients");
      }
      if (assembly.getAttendees().contains(id)) {
        records.add(at + "/attendees");
      }
      for (int r = 0; r < assembly.getResolutions().size(); r++) {
        Resolution resolution = assembly.getResolutions().get(r);
        if (resolution.getConsents().stream().anyMatch(consent -> consent.getMemberId().equals(id))) {
          records.add(at + "/resolutions/" + r + "/consents");
        }
        if (resolution.getExcludedVoters().stream().anyMatch(voter -> voter.getMemberId().equals(id))) {
          records.add(at + "/resolutions/" + r + "/excludedVoters");
        }
      }
    }
    for (int i = 0; i < association.getExitDeclarations().size(); i++) {
      if (association.getExitDeclarations().get(i).getMemberId().equals(id)) {
        records.add(Pointer.to("exitDeclarations", i));
      }
    }
    for (int i = 0; i < association.getMinorityDemands().size(); i++) {
      if (association.getMinorityDemands().get(i).getSupporters().contains(id)) {
        records.add(Pointer.to("minorityDemands", i) + "/supporters");
      }
    }
    for (int i = 0; i < association.getDataRequests().size(); i++) {
      if (association.getDataRequests().get(i).getMemberId().equals(id)) {
        records.add(Pointer.to("dataRequests", i));
      }
    }
    return records;
  }

  private static LocalDate later(@org.jspecify.annotations.Nullable LocalDate one, LocalDate other) {
    return one == null || other.isAfter(one) ? other : one;
  }

  /**
   * The last day the person's real name is needed: the latest end of what cannot be kept without it (the books, the
   * vouchers, the mandate, open claims).
   *
   * @return the day; empty where nothing needs it
   */
  public Optional<LocalDate> identityNeededUntil() {
    return holdings.stream().filter(Holding::needsIdentity).map(Holding::keepUntil).flatMap(Optional::stream).max(LocalDate::compareTo);
  }

  /**
   * Whether the membership has ended and its grace days have run on a day.
   *
   * @param day the day
   * @return whether the member entry is no longer needed for the membership
   */
  public boolean isFormerOn(LocalDate day) {
    return holdings.stream().filter(holding -> holding.kind() == HoldingKind.MEMBERSHIP)
        .anyMatch(holding -> holding.isExpiredOn(day));
  }

  /**
   * What must go on a day: each holding whose period has run (contact data after the grace days), the member entry
   * and application only once nothing
   * that needs the name is kept any longer (until then they are restricted, Art. 18 DSGVO); the association's
   * records never (they lose the name with the member entry).
   *
   * @param day the day
   * @return the holdings to erase
   */
  public List<Holding> dueForErasure(LocalDate day) {
    boolean identityFree = identityNeededUntil().map(day::isAfter).orElse(true);
    return holdings.stream().filter(holding -> holding.isExpiredOn(day))
        .filter(holding -> identityFree || !holding.kind().carriesName()).toList();
  }

  /**
   * Until when a holding that carries the name is kept with restricted processing after its own period: the day
   * the last record that needs the name may go (Art. 18 DSGVO; § 35 Abs. 3 BDSG).
   *
   * @param holding one of {@link #holdings()}
   * @return the day; empty where the holding carries no name or nothing keeps it beyond its own period
   */
  public Optional<LocalDate> restrictedUntil(Holding holding) {
    Optional<LocalDate> identity = identityNeededUntil();
    if (!holding.kind().carriesName() || holding.keepUntil().isEmpty() || identity.isEmpty()
        || !identity.get().isAfter(holding.keepUntil().get())) {
      return Optional.empty();
    }
    return identity;
  }

  /**
   * Whether the member entry is kept on a day only because a period runs, so its processing is restricted (Art. 18
   * DSGVO, § 35 Abs. 3 BDSG).
   *
   * @param day the day
   * @return whether restricted
   */
  public boolean isRestrictedOn(LocalDate day) {
    return isFormerOn(day) && identityNeededUntil().map(end -> !day.isAfter(end)).orElse(false);
  }
}
