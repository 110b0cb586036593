package de.nextnetz.json.bank;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.membership.Member;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank statement's bookings as the association's payments: each booking is accounted for, imported as a payment
 * of the member it names, or listed with why not (a debit, pending, another currency, already imported, no member
 * or more than one, before the member joined). The member is found, in this order, by the mandate reference of a
 * direct debit, by the payer's IBAN on a member's mandate, by a member's id in the remittance text, and by a
 * member's name in the payer's name or the remittance text; a year 2000–2099 in the remittance text is the fee
 * year the payer named (§ 366 Abs. 1 BGB). The payment's id is the bank's reference of the booking (made fit for an
 * id), else a digest of the booking, so importing the same statement again imports nothing.
 *
 * <pre>{@code
 * StatementImport result = StatementImport.of(association, Camt053.read(bytes, Locale.GERMAN));
 * Association updated = result.apply(association);
 * }</pre>
 *
 * @param bookings every booking of the statement with what became of it, in the order of the statement
 */
public record StatementImport(List<Booking> bookings) {

  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");
  private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern ID_TOKEN = Pattern.compile("[\\p{L}\\p{N}._-]+");

  /**
   * Keeps the bookings.
   *
   * @param bookings the bookings
   */
  public StatementImport {
    bookings = List.copyOf(bookings);
  }

  /** What became of a booking. */
  public enum Outcome {
    /** Imported as a payment of a member. */
    IMPORTED,
    /** A payment with its id is already recorded: imported before. */
    ALREADY_IMPORTED,
    /** Money that went out, not a payment received. */
    DEBIT,
    /** Not yet booked by the bank (pending). */
    PENDING,
    /** In another currency than the euro, in which dues are recorded. */
    OTHER_CURRENCY,
    /** No member found for it. */
    NO_MEMBER,
    /** More than one member found for it. */
    AMBIGUOUS,
    /** The member found joined after the day of the payment. */
    BEFORE_MEMBERSHIP
  }

  /**
   * One booking and what became of it.
   *
   * @param entry the booking
   * @param outcome what became of it
   * @param payment the payment made of it, for {@link Outcome#IMPORTED} and {@link Outcome#ALREADY_IMPORTED}
   * @param candidates the members found, by id: one for an import, several where ambiguous
   */
  public record Booking(StatementEntry entry, Outcome outcome, Optional<Payment> payment, List<String> candidates) {

    /**
     * Keeps the values.
     *
     * @param entry the booking
     * @param outcome what became of it
     * @param payment the payment
     * @param candidates the members found
     */
    public Booking {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(payment, "payment");
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * Matches a statement's bookings to the association's members.
   *
   * @param association the association, which must record its dues
   * @param statement the statement
   * @return every booking with what became of it
   * @throws IllegalArgumentException if the association records no dues (the day recording began is the office's
   *     to set), or the statement's account is in another currency than the euro
   */
  public static StatementImport of(Association association, BankStatement statement) {
    Dues dues = association.getDues().orElseThrow(() -> new IllegalArgumentException(
        "the association records no dues: set \"dues\" with \"recordedFrom\" before importing a statement"));
    if (statement.currency().isPresent() && !statement.currency().get().equals("EUR")) {
      throw new IllegalArgumentException("the statement's account is in " + statement.currency().get()
          + "; dues are recorded in EUR");
    }
    Set<String> known = new HashSet<>();
    dues.getPayments().forEach(payment -> known.add(payment.getId()));
    Index index = new Index(association);
    List<Booking> bookings = new ArrayList<>();
    for (StatementEntry entry : statement.entries()) {
      bookings.add(booking(index, entry, known));
    }
    return new StatementImport(bookings);
  }

  private static Booking booking(Index index, StatementEntry entry, Set<String> known) {
    if (!entry.credit()) {
      return new Booking(entry, Outcome.DEBIT, Optional.empty(), List.of());
    }
    if (!entry.booked()) {
      return new Booking(entry, Outcome.PENDING, Optional.empty(), List.of());
    }
    if (!entry.currency().equals("EUR")) {
      return new Booking(entry, Outcome.OTHER_CURRENCY, Optional.empty(), List.of());
    }
    List<Member> found = index.members(entry);
    List<String> ids = found.stream().map(Member::getId).toList();
    if (found.isEmpty()) {
      return new Booking(entry, Outcome.NO_MEMBER, Optional.empty(), ids);
    }
    if (found.size() > 1) {
      return new Booking(entry, Outcome.AMBIGUOUS, Optional.empty(), ids);
    }
    Member member = found.get(0);
    if (entry.day().isBefore(member.getStart())) {
      return new Booking(entry, Outcome.BEFORE_MEMBERSHIP, Optional.empty(), ids);
    }
    Payment.Builder payment = Payment.builder().id(id(entry)).memberId(member.getId()).day(entry.day())
        .amount(Money.of(entry.amount(), Money.EUR));
    entry.remittance().ifPresent(payment::reference);
    entry.remittance().flatMap(StatementImport::year).ifPresent(payment::feeYear);
    Payment made = payment.build();
    boolean repeated = !known.add(made.getId());
    return new Booking(entry, repeated ? Outcome.ALREADY_IMPORTED : Outcome.IMPORTED, Optional.of(made), ids);
  }

  /**
   * The members by what a booking may name them by, built once per import: mandate reference, IBAN of the mandate,
   * id (ignoring case) and name (its words, ignoring case), so matching a statement costs a few look-ups per
   * booking, not a pass over all members.
   */
  private static final class Index {
    private final Map<String, List<Member>> byMandate = new HashMap<>();
    private final Map<String, List<Member>> byIban = new HashMap<>();
    private final Map<String, List<Member>> byId = new HashMap<>();
    private final Map<String, List<Member>> byName = new HashMap<>();
    private int longestName = 1;

    Index(Association association) {
      for (Member member : association.getMembers()) {
        member.getMandate().ifPresent(mandate -> {
          add(byMandate, mandate.getReference(), member);
          add(byIban, mandate.getIban().electronic(), member);
        });
        add(byId, member.getId().toLowerCase(Locale.ROOT), member);
        List<String> words = words(member.getName());
        if (!words.isEmpty()) {
          add(byName, String.join(" ", words), member);
          longestName = Math.max(longestName, words.size());
        }
      }
    }

    private static void add(Map<String, List<Member>> index, String key, Member member) {
      List<Member> members = index.computeIfAbsent(key, k -> new ArrayList<>());
      if (!members.contains(member)) {
        members.add(member);
      }
    }

    /** The members a booking names, by the first way that finds any. */
    List<Member> members(StatementEntry entry) {
      Set<Member> found = new LinkedHashSet<>();
      entry.mandateReference().ifPresent(reference -> found.addAll(byMandate.getOrDefault(reference, List.of())));
      if (found.isEmpty()) {
        entry.payerIban().ifPresent(iban -> found.addAll(byIban.getOrDefault(iban, List.of())));
      }
      if (found.isEmpty() && entry.remittance().isPresent()) {
        for (String token : tokens(entry.remittance().get())) {
          found.addAll(byId.getOrDefault(token, List.of()));
        }
      }
      if (found.isEmpty()) {
        entry.payerName().ifPresent(name -> names(name, found));
        entry.remittance().ifPresent(text -> names(text, found));
      }
      return List.copyOf(found);
    }

    /** Adds the members whose whole name is a run of the text's words. */
    private void names(String text, Set<Member> found) {
      List<String> words = words(text);
      for (int from = 0; from < words.size(); from++) {
        for (int length = 1; length <= longestName && from + length <= words.size(); length++) {
          found.addAll(byName.getOrDefault(String.join(" ", words.subList(from, from + length)), List.of()));
        }
      }
    }
  }

  /** The words of a text, letters and digits, in lower case. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The tokens of a text that may be an id: runs of id characters, trimmed of dots, dashes and underscores. */
  static Set<String> tokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    Matcher matcher = ID_TOKEN.matcher(text);
    while (matcher.find()) {
      String token = matcher.group().toLowerCase(Locale.ROOT);
      tokens.add(token);
      tokens.add(token.replaceAll("^[._-]+|[._-]+$", ""));
    }
    return tokens;
  }

  private static Optional<Year> year(String remittance) {
    Matcher matcher = YEAR.matcher(remittance);
    return matcher.find() ? Optional.of(Year.of(Integer.parseInt(matcher.group(1)))) : Optional.empty();
  }

  /** The bank's reference fit for an id, else a digest of what identifies the booking. */
  static String id(StatementEntry entry) {
    if (entry.reference().isPresent()) {
      String id = NOT_ID.matcher(entry.reference().get()).replaceAll("-");
      if (!id.isEmpty() && !id.equals("-") && id.length() <= 64) {
        return id;
      }
    }
    String key = entry.bookedOn() + "|" + entry.day() + "|" + entry.amount().toPlainString() + "|"
        + entry.endToEndId().orElse("") + "|" + entry.remittance().orElse("") + "|" + entry.payerIban().orElse("");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "camt-" + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@return the payments to record: the bookings imported now} */
  public List<Payment> imported() {
    return bookings.stream().filter(b -> b.outcome() == Outcome.IMPORTED).map(b -> b.payment().orElseThrow())
        .toList();
  }

  /**
   * The association with the imported payments added to its dues, after those recorded.
   *
   * @param association the association the bookings were matched against
   * @return the association with the payments; the same content when nothing was imported
   * @throws IllegalArgumentException if the association records no dues
   */
  public Association apply(Association association) {
    Dues dues = association.getDues().orElseThrow(() -> new IllegalArgumentException(
        "the association records no dues"));
    List<Payment> payments = new ArrayList<>(dues.getPayments());
    payments.addAll(imported());
    return association.toBuilder().dues(dues.toBuilder().payments(payments).build()).build();
  }

  /**
   * Counts the bookings of one outcome.
   *
   * @param outcome the outcome
   * @return how many bookings had it
   */
  public long count(Outcome outcome) {
    return bookings.stream().filter(b -> b.outcome() == outcome).count();
  }
}
