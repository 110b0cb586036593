package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.tax.Donation;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Pointer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The donation receipts to issue for a year: for each giver, the year's money donations (waived reimbursements
 * included) and, where the purposes allow it (§ 10b Abs. 1 Satz 8 EStG, {@link TaxLaw#feeExcludingPurposes}), the
 * membership fees paid in the year, on one receipt (a single one for one item, a collective one for several), numbered
 * on from the register's numbers of the issue year, the total in figures and in words ({@link AmountInWords}); each
 * gift in kind on a receipt of its own, on the template for gifts in kind, after the others. What is already
 * confirmed by a receipt of the register is not confirmed again; fees the purposes do not allow are left out, each
 * with its reason. Whether a notice allows the receipts on the day of issue is the rules'
 * judgement (the command checks each receipt before it adds it).
 *
 * <pre>{@code
 * ReceiptIssue issue = ReceiptIssue.forYear(association, Year.of(2026), LocalDate.of(2027, 1, 20));
 * issue.receipts().forEach(draft -> System.out.println(draft.receipt().getNumber()));
 * }</pre>
 */
public final class ReceiptIssue {

  /** Why a donation or fee is not confirmed. */
  public enum Reason {
    /** A receipt of the register already confirms it (same giver, day, amount and kind). */
    ALREADY_CONFIRMED,
    /** A membership fee to a body whose purposes exclude the deduction of fees (§ 10b Abs. 1 Satz 8 EStG). */
    FEE_NOT_DEDUCTIBLE
  }

  /**
   * A receipt to issue and what it confirms.
   *
   * @param receipt the receipt, numbered, with its items, total and words
   * @param giver the giver's name, for people
   * @param sources the pointers of the donations and payments it confirms, in the order of its items
   */
  public record Draft(DonationReceipt receipt, String giver, List<String> sources) {
    /**
     * Checks and copies.
     *
     * @param receipt the receipt
     * @param giver the giver's name
     * @param sources the pointers
     */
    public Draft {
      Objects.requireNonNull(receipt, "receipt");
      Objects.requireNonNull(giver, "giver");
      sources = List.copyOf(sources);
    }
  }

  /**
   * A donation or fee not confirmed.
   *
   * @param source its pointer, e.g. {@code /tax/donations/3}
   * @param giver the giver's name
   * @param day its day
   * @param amount its amount
   * @param reason why it is not confirmed
   */
  public record Left(String source, String giver, LocalDate day, Money amount, Reason reason) {
    /**
     * Checks.
     *
     * @param source the pointer
     * @param giver the giver
     * @param day the day
     * @param amount the amount
     * @param reason the reason
     */
    public Left {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(giver, "giver");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final List<Draft> receipts;
  private final List<Left> left;
  private final String prefix;
  private final int first;

  private ReceiptIssue(List<Draft> receipts, List<Left> left, String prefix, int first) {
    this.receipts = List.copyOf(receipts);
    this.left = List.copyOf(left);
    this.prefix = prefix;
    this.first = first;
  }

  /**
   * The receipts kept of these, numbered on without gaps in their order, for a register whose numbers stay
   * consecutive when some drafts are refused.
   *
   * @param kept some of {@link #receipts()}, in their order
   * @return the kept receipts with the first numbers of this issue
   */
  public List<Draft> keep(List<Draft> kept) {
    List<Draft> numbered = new ArrayList<>();
    for (Draft draft : kept) {
      numbered.add(new Draft(de.nextnetz.domain.tax.ImmutableDonationReceipt.copyOf(draft.receipt())
          .withNumber(number(prefix, first + numbered.size())), draft.giver(), draft.sources()));
    }
    return numbered;
  }

  /** {@return the receipts to issue, in the order of the givers (members first, in the document's order)} */
  public List<Draft> receipts() {
    return receipts;
  }

  /** {@return what is not confirmed, with why} */
  public List<Left> left() {
    return left;
  }

  /**
   * The receipts to issue for a year's donations and fees.
   *
   * @param association the association; it must record a tax profile
   * @param year the year of the donations and fees
   * @param issuedOn the day of issue, which numbers the receipts; what arrives after it is not confirmed
   * @return the receipts and what is left out
   * @throws IllegalArgumentException if the association records no tax profile
   */
  public static ReceiptIssue forYear(Association association, Year year, LocalDate issuedOn) {
    TaxProfile tax = association.getTax().orElseThrow(() -> new IllegalArgumentException(
        "the association records no tax profile (\"tax\")"));
    boolean feesAllowed = TaxLaw.feeExcludingPurposes(tax).isEmpty();
    Map<String, String> memberByName = new java.util.HashMap<>();
    association.getMembers().forEach(member -> memberByName.putIfAbsent(member.getName(), member.getId()));
    Map<String, String> names = new java.util.HashMap<>();
    association.getMembers().forEach(member -> names.putIfAbsent(member.getId(), member.getName()));
    Function<String, String> giverOf = donor -> names.containsKey(donor) ? donor
        : memberByName.getOrDefault(donor, donor);
    Function<String, String> nameOf = giver -> names.getOrDefault(giver, giver);
    // What the register confirms already, by giver, read once.
    Map<String, List<ReceiptItem>> confirmed = new java.util.HashMap<>();
    for (DonationReceipt receipt : tax.getReceipts()) {
      confirmed.computeIfAbsent(giverOf.apply(receipt.getDonor()), key -> new ArrayList<>())
          .addAll(receipt.getItems());
    }
    Map<String, List<Entry>> byGiver = new LinkedHashMap<>();
    association.getMembers().forEach(member -> byGiver.put(member.getId(), new ArrayList<>()));
    Map<String, List<Entry>> others = new TreeMap<>();
    List<Left> left = new ArrayList<>();
    List<Gift> gifts = new ArrayList<>();
    for (int i = 0; i < tax.getDonations().size(); i++) {
      Donation donation = tax.getDonations().get(i);
      if (!Year.from(donation.getDay()).equals(year) || donation.getDay().isAfter(issuedOn)) {
        continue;
      }
      String giver = giverOf.apply(donation.getDonor());
      Entry entry = new Entry(Pointer.to("tax", "donations", i), ReceiptItem.builder().date(donation.getDay())
          .amount(donation.getAmount()).kind(donation.getKind()).waiver(donation.isWaiver())
          .description(donation.getDescription()).origin(donation.getOrigin())
          .valuationDocuments(donation.isValuationDocuments()).build());
      if (donation.getKind() == ReceiptItemKind.IN_KIND) {
        // A gift in kind has a receipt of its own, on the template for gifts in kind.
        gifts.add(new Gift(giver, entry));
        continue;
      }
      (byGiver.containsKey(giver) ? byGiver : others).computeIfAbsent(giver, key -> new ArrayList<>()).add(entry);
    }
    if (association.getDues().isPresent()) {
      List<Payment> payments = association.getDues().get().getPayments();
      for (int i = 0; i < payments.size(); i++) {
        Payment payment = payments.get(i);
        if (!Year.from(payment.getDay()).equals(year) || payment.getDay().isAfter(issuedOn)) {
          continue;
        }
        Entry entry = new Entry(Pointer.to("dues", "payments", i), ReceiptItem.builder().date(payment.getDay())
            .amount(payment.getAmount()).kind(ReceiptItemKind.FEE).build());
        if (!feesAllowed) {
          left.add(new Left(entry.source, nameOf.apply(payment.getMemberId()), payment.getDay(),
              payment.getAmount(), Reason.FEE_NOT_DEDUCTIBLE));
          continue;
        }
        byGiver.computeIfAbsent(payment.getMemberId(), key -> new ArrayList<>()).add(entry);
      }
    }
    byGiver.putAll(others);
    String prefix = prefix(issuedOn);
    int number = first(tax, prefix) - 1;
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> giver : byGiver.entrySet()) {
      List<Entry> entries = new ArrayList<>();
      for (Entry entry : giver.getValue()) {
        if (isConfirmed(confirmed, giver.getKey(), entry.item)) {
          left.add(new Left(entry.source, nameOf.apply(giver.getKey()), entry.item.getDate(),
              entry.item.getAmount(), Reason.ALREADY_CONFIRMED));
        } else {
          entries.add(entry);
        }
      }
      if (entries.isEmpty()) {
        continue;
      }
      entries.sort(Comparator.comparing((Entry entry) -> entry.item.getDate()).thenComparing(entry -> entry.source));
      Money total = entries.stream().map(entry -> entry.item.getAmount()).reduce(Money::plus).orElseThrow();
      DonationReceipt receipt = DonationReceipt.builder()
          .number(number(prefix, ++number))
          .donor(giver.getKey()).issuedOn(issuedOn)
          .form(entries.size() == 1 ? ReceiptForm.MONEY : ReceiptForm.COLLECTIVE)
          .items(entries.stream().map(entry -> entry.item).toList())
          .total(total).amountInWords(AmountInWords.euros(total)).build();
      drafts.add(new Draft(receipt, nameOf.apply(giver.getKey()),
          entries.stream().map(entry -> entry.source).toList()));
    }
    for (Gift gift : gifts) {
      if (isConfirmed(confirmed, gift.giver, gift.entry.item)) {
        left.add(new Left(gift.entry.source, nameOf.apply(gift.giver), gift.entry.item.getDate(),
            gift.entry.item.getAmount(), Reason.ALREADY_CONFIRMED));
        continue;
      }
      Money value = gift.entry.item.getAmount();
      drafts.add(new Draft(DonationReceipt.builder()
          .number(number(prefix, ++number))
          .donor(gift.giver).issuedOn(issuedOn).form(ReceiptForm.IN_KIND).addItems(gift.entry.item)
          .total(value).amountInWords(AmountInWords.euros(value)).build(), nameOf.apply(gift.giver),
          List.of(gift.entry.source)));
    }
    left.sort(Comparator.comparing(Left::source));
    return new ReceiptIssue(drafts, left, prefix, first(tax, prefix));
  }

  /** The prefix of the numbers of a year of issue: {@code 2026-}. */
  private static String prefix(LocalDate issuedOn) {
    return issuedOn.getYear() + "-";
  }

  /** A number of the register: the prefix and three digits at least, {@code 2026-003}. */
  private static String number(String prefix, int sequence) {
    return prefix + String.format(java.util.Locale.ROOT, "%03d", sequence);
  }

  /** The first sequence number after the register's numbers of the prefix. */
  private static int first(TaxProfile tax, String prefix) {
    return tax.getReceipts().stream().map(DonationReceipt::getNumber).filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length())).filter(n -> n.matches("[0-9]{1,9}")).mapToInt(Integer::parseInt)
        .max().orElse(0) + 1;
  }

  private static boolean isConfirmed(Map<String, List<ReceiptItem>> confirmed, String giver, ReceiptItem item) {
    return confirmed.getOrDefault(giver, List.of()).stream().anyMatch(done -> TaxLaw.sameGift(done, item));
  }

  /** An item with where it comes from. */
  private record Entry(String source, ReceiptItem item) {}

  /** A gift in kind and its giver. */
  private record Gift(String giver, Entry entry) {}

  /**
   * The receipts of a draft list added to an association's register.
   *
   * @param association the association
   * @param drafts the receipts to add
   * @return the association with them
   */
  public static Association withReceipts(Association association, List<Draft> drafts) {
    TaxProfile tax = association.getTax().orElseThrow();
    return de.nextnetz.domain.ImmutableAssociation.copyOf(association).withTax(tax.toBuilder()
        .addAllReceipts(drafts.stream().map(Draft::receipt).toList()).build());
  }
}
