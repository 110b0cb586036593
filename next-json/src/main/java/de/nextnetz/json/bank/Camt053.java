package de.nextnetz.json.bank;

import de.nextnetz.domain.base.Echo;
import de.nextnetz.rules.Localized;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bank statement in ISO 20022 camt.053 ({@code BkToCstmrStmt}), versions {@code camt.053.001.02} (the DK's
 * format until November 2025) and {@code camt.053.001.08}, with the JDK's StAX parser: no DTD, no external
 * entities, so a hostile file cannot reach the network or the disk. Of each entry ({@code Ntry}) it keeps what
 * dues need: the bank's reference, booking and value day, amount and currency, credit or debit, status, and from
 * the transaction details the end-to-end id, mandate reference, remittance text and the payer's name and IBAN; a
 * batch entry whose transactions carry their own amounts becomes one booking per transaction.
 *
 * <pre>{@code
 * BankStatement statement = Camt053.read(Files.readAllBytes(Path.of("2026-03.xml")), Locale.GERMAN);
 * }</pre>
 */
public final class Camt053 {

  /** The message versions read here. */
  public static final List<String> VERSIONS = List.of("camt.053.001.02", "camt.053.001.08");

  /** The deepest nesting of elements read: a camt.053 statement nests about a dozen; the JSON reader allows 32. */
  public static final int MAX_DEPTH = 32;

  /** The most bookings a statement may hold, as many as a document's list of payments. */
  public static final int MAX_ENTRIES = 100_000;

  private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:";
  private static final String BUNDLE = "de.nextnetz.json.Messages";
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");

  private Camt053() {}

  /**
   * A file that is not a camt.053 statement this library reads, with where and why in the language asked for.
   */
  public static final class NotAStatement extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotAStatement(String message) {
      super(message);
    }
  }

  /**
   * Reads a statement.
   *
   * @param bytes the file's bytes (UTF-8, as ISO 20022 asks, with or without a byte-order mark)
   * @param locale the language of the problem's message
   * @return the statement
   * @throws NotAStatement if the file is not UTF-8, not well-formed XML (a DTD or an entity is refused), nests deeper than
   *     {@value #MAX_DEPTH} elements, holds more than {@value #MAX_ENTRIES} bookings, is not a camt.053 of a version
   *     read here, or an entry lacks its amount, currency, day or credit/debit mark, or has one that is not a value
   */
  public static BankStatement read(byte[] bytes, Locale locale) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml;
    // Decoded here, strictly: given bytes, the JDK's parser prints "[Fatal Error]" lines of its own to standard
    // error for a malformed sequence, and reads another encoding where the declaration names one.
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.charset.CoderResult decoded = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, chars, true);
    if (decoded.isError()) {
      throw new NotAStatement(text(locale, "camt.notUtf8", "offset", in.position()));
    }
    chars.flip();
    if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
      chars.get(); // the byte-order mark
    }
    try {
      xml = factory.createXMLStreamReader(new java.io.CharArrayReader(chars.array(), chars.position(),
          chars.remaining()));
    } catch (XMLStreamException e) {
      throw new NotAStatement(text(locale, "camt.notXml", "line", 1, "column", 1, "detail", detail(e)));
    } catch (RuntimeException e) {
      throw new NotAStatement(text(locale, "camt.notXml", "line", 1, "column", 1, "detail", detail(e)));
    }
    try {
      return new Reader(xml, locale).statement();
    } catch (NotAStatement e) {
      throw e;
    } catch (XMLStreamException e) {
      int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
      int column = e.getLocation() != null ? e.getLocation().getColumnNumber() : 0;
      throw new NotAStatement(text(locale, "camt.notXml", "line", line, "column", column, "detail", detail(e)));
    } catch (RuntimeException e) {
      // The JDK's parser itself fails on some malformed input with a runtime exception (found by fuzzing: a
      // character it cannot skip in a DTD ends in a MissingResourceException for its own message).
      javax.xml.stream.Location at = xml.getLocation();
      throw new NotAStatement(text(locale, "camt.notXml", "line", at != null ? at.getLineNumber() : 0,
          "column", at != null ? at.getColumnNumber() : 0, "detail", detail(e)));
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // nothing held open: the input is a byte array
      }
    }
  }

  private static String detail(Exception e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return Echo.shorten(at >= 0 ? message.substring(at + 9) : message);
  }

  static String text(Locale locale, String key, Object... pairs) {
    return Localized.message(BUNDLE, key, locale, Localized.parameters(pairs));
  }

  /** One pass over the document, keeping the path of element names. */
  private static final class Reader {
    private final XMLStreamReader xml;
    private final Locale locale;
    private final Deque<String> path = new ArrayDeque<>();
    private final List<StatementEntry> entries = new ArrayList<>();
    private @Nullable String account;
    private @Nullable String currency;
    private @Nullable Entry entry;
    private @Nullable Tx tx;
    private int index;

    Reader(XMLStreamReader xml, Locale locale) {
      this.xml = xml;
      this.locale = locale;
    }

    BankStatement statement() throws XMLStreamException {
      String version = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (path.isEmpty()) {
            version = version(name, xml.getNamespaceURI());
          }
          if (path.size() == MAX_DEPTH) {
            throw new NotAStatement(text(locale, "camt.tooDeep", "line", xml.getLocation().getLineNumber(),
                "depth", MAX_DEPTH));
          }
          path.push(name);
          start(name);
        } else if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
          characters(xml.getText().strip());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(path.pop());
        }
      }
      if (version == null) {
        throw new NotAStatement(text(locale, "camt.notCamt", "root", ""));
      }
      return new BankStatement(version, Optional.ofNullable(account), Optional.ofNullable(currency), entries);
    }

    private String version(String root, @Nullable String namespace) {
      String version = namespace != null && namespace.startsWith(NAMESPACE) ? namespace.substring(NAMESPACE.length())
          : "";
      if (!root.equals("Document") || !version.startsWith("camt.053.")) {
        throw new NotAStatement(text(locale, "camt.notCamt", "root", Echo.shorten(root + " " + version)));
      }
      if (!VERSIONS.contains(version)) {
        throw new NotAStatement(text(locale, "camt.version", "version", Echo.shorten(version), "versions",
            String.join(", ", VERSIONS)));
      }
      return version;
    }

    private void start(String name) {
      if (name.equals("Ntry") && inside("Stmt")) {
        if (index == MAX_ENTRIES) {
          throw new NotAStatement(text(locale, "camt.tooManyEntries", "limit", MAX_ENTRIES));
        }
        entry = new Entry(++index);
      } else if (name.equals("TxDtls") && entry != null) {
        tx = new Tx();
        entry.txs.add(tx);
      } else if (name.equals("Amt") && entry != null && parent("Ntry")) {
        entry.currency = xml.getAttributeValue(null, "Ccy");
      } else if (name.equals("Amt") && tx != null && (parent("TxAmt") || parent("TxDtls"))) {
        tx.currency = xml.getAttributeValue(null, "Ccy");
      }
    }

    private void characters(String text) {
      Entry current = entry;
      if (current == null) {
        if (path("IBAN", "Id", "Acct", "Stmt")) {
          account = text;
        } else if (path("Ccy", "Acct", "Stmt")) {
          currency = text;
        }
        return;
      }
      Tx details = tx;
      if (details != null) {
        if (path("EndToEndId", "Refs")) {
          details.endToEndId = text;
        } else if (path("MndtId", "Refs")) {
          details.mandate = text;
        } else if (path("AcctSvcrRef", "Refs")) {
          details.reference = text;
        } else if (path("Ustrd", "RmtInf")) {
          details.remittance = details.remittance == null ? text : details.remittance + " " + text;
        } else if (path("Nm", "Dbtr") || path("Nm", "Pty", "Dbtr")) {
          details.payer = text;
        } else if (path("IBAN", "Id", "DbtrAcct")) {
          details.iban = text;
        } else if (path("Amt", "TxAmt") || path("Amt", "TxDtls")) {
          details.amount = text;
        }
        return;
      }
      if (path("Amt", "Ntry")) {
        current.amount = text;
      } else if (path("CdtDbtInd", "Ntry")) {
        current.creditDebit = text;
      } else if (path("Sts", "Ntry") || path("Cd", "Sts", "Ntry")) {
        current.status = text;
      } else if (path("Dt", "BookgDt") || path("DtTm", "BookgDt")) {
        current.booked = text;
      } else if (path("Dt", "ValDt") || path("DtTm", "ValDt")) {
        current.value = text;
      } else if (path("AcctSvcrRef", "Ntry")) {
        current.reference = text;
      } else if (path("NtryRef", "Ntry")) {
        current.entryRef = text;
      }
    }

    private void end(String name) {
      if (name.equals("TxDtls")) {
        tx = null;
      } else if (name.equals("Ntry") && entry != null) {
        entries.addAll(entry.bookings());
        entry = null;
      }
    }

    private boolean inside(String name) {
      return path.contains(name);
    }

    private boolean parent(String name) {
      var it = path.iterator();
      it.next();
      return it.hasNext() && it.next().equals(name);
    }

    /** Whether the innermost elements are these, innermost first. */
    private boolean path(String... innermost) {
      var it = path.iterator();
      for (String name : innermost) {
        if (!it.hasNext() || !it.next().equals(name)) {
          return false;
        }
      }
      return true;
    }

    /** An entry while it is read. */
    private final class Entry {
      final int index;
      final List<Tx> txs = new ArrayList<>();
      @Nullable String amount;
      @Nullable String currency;
      @Nullable String creditDebit;
      @Nullable String status;
      @Nullable String booked;
      @Nullable String value;
      @Nullable String reference;
      @Nullable String entryRef;

      Entry(int index) {
        this.index = index;
      }

      List<StatementEntry> bookings() {
        BigDecimal total = number(amount, "Amt");
        String code = required(currency, "Amt/@Ccy");
        String mark = required(creditDebit, "CdtDbtInd");
        if (!mark.equals("CRDT") && !mark.equals("DBIT")) {
          throw bad("CdtDbtInd", mark);
        }
        LocalDate bookedOn = day(required(booked, "BookgDt"), "BookgDt");
        Optional<LocalDate> valueOn = value == null ? Optional.empty() : Optional.of(day(value, "ValDt"));
        boolean isBooked = status == null || status.equals("BOOK");
        Optional<String> entryReference = Optional.ofNullable(reference != null ? reference : entryRef);
        if (txs.size() <= 1) {
          Tx only = txs.isEmpty() ? new Tx() : txs.get(0);
          return List.of(only.booking(index, entryReference, bookedOn, valueOn, total, code, mark, isBooked));
        }
        List<StatementEntry> bookings = new ArrayList<>();
        for (int k = 0; k < txs.size(); k++) {
          Tx each = txs.get(k);
          if (each.amount == null) {
            throw new NotAStatement(text(locale, "camt.batch", "entry", index));
          }
          Optional<String> reference = Optional.of(each.reference != null ? each.reference
              : entryReference.orElse("entry-" + index) + "-" + (k + 1));
          bookings.add(each.booking(index, reference, bookedOn, valueOn, number(each.amount, "TxAmt/Amt"),
              each.currency != null ? each.currency : code, mark, isBooked));
        }
        return bookings;
      }

      private String required(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
          throw new NotAStatement(text(locale, "camt.missing", "entry", index, "what", what));
        }
        return text;
      }

      private BigDecimal number(@Nullable String text, String what) {
        String value = required(text, what);
        try {
          BigDecimal number = new BigDecimal(value);
          if (number.signum() <= 0 || number.scale() > 2 || number.precision() - number.scale() > 15) {
            throw bad(what, value);
          }
          return number;
        } catch (NumberFormatException e) {
          throw bad(what, value);
        }
      }

      private LocalDate day(String text, String what) {
        try {
          return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
          throw bad(what, text);
        }
      }

      private NotAStatement bad(String what, String value) {
        return new NotAStatement(text(locale, "camt.bad", "entry", index, "what", what, "value", Echo.shorten(value)));
      }
    }

    /** The details of one transaction while they are read. */
    private static final class Tx {
      @Nullable String endToEndId;
      @Nullable String mandate;
      @Nullable String reference;
      @Nullable String remittance;
      @Nullable String payer;
      @Nullable String iban;
      @Nullable String amount;
      @Nullable String currency;

      StatementEntry booking(int index, Optional<String> entryReference, LocalDate bookedOn,
          Optional<LocalDate> valueOn, BigDecimal amount, String currency, String mark, boolean booked) {
        Optional<String> endToEnd = Optional.ofNullable(endToEndId).filter(id -> !id.equals("NOTPROVIDED"));
        Optional<String> ref = entryReference.isPresent() ? entryReference : Optional.ofNullable(reference)
            .or(() -> endToEnd);
        Optional<String> payerIban = Optional.ofNullable(iban).map(text -> text.replace(" ", "")
            .toUpperCase(Locale.ROOT)).filter(text -> IBAN.matcher(text).matches());
        return new StatementEntry(index, ref, bookedOn, valueOn, amount, currency, mark.equals("CRDT"), booked,
            endToEnd, Optional.ofNullable(mandate), Optional.ofNullable(remittance), Optional.ofNullable(payer),
            payerIban);
      }
    }
  }
}
