package de.nextnetz.json.codec;

import de.nextnetz.domain.base.Echo;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.CreditorId;
import de.nextnetz.domain.dues.Iban;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import de.nextnetz.domain.statute.Fraction;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of scalar values: text, identifiers, numbers, dates, enums and money. No coercion. */
public final class Scalars {

  /**
   * A non-negative amount of at most 15 digits before the point (below a quadrillion): the money of
   * the documents (fees, shares) is never negative, and every such amount fits {@link Money}'s cents
   * and the sums the rules form.
   */
  private static final String AMOUNT_PATTERN = "^[0-9]{1,15}\\.[0-9]{2}$";

  /** The largest amount in cents that the format carries: 999,999,999,999,999.99. */
  static final long MAX_CENTS = 99_999_999_999_999_999L;

  private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);

  /**
   * A valid ISO-8601 calendar date from 0000-01-01 to 9999-12-31 as a pattern, so that a schema
   * refuses 2024-02-30 and 2024-13-01 even where format assertion is off (the 2020-12 default):
   * months of 31, 30 and 28 days, and 29 February in leap years only. ASCII digits only.
   */
  static final String DATE_PATTERN = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
      + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";

  /** A day of the year that exists in some year: 29 February, but not 30 February or 31 April. */
  static final String MONTH_DAY_PATTERN = "^--(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-9])"
      + "|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)$";

  /**
   * An ISO-8601 period of years, months and days without signs, each of at most three digits (a
   * statute's periods are far shorter; longer ones would carry a deadline past the year 9999). Weeks,
   * as Satzungen often write them ("sechs Wochen"), are read in place of days ({@code P6W}, at most two
   * digits); {@link Period} holds them as days, so they are written back as the same length in days
   * ({@code P42D}).
   */
  static final String PERIOD_PATTERN = "^P(?:[0-9]{1,3}Y)?(?:[0-9]{1,3}M)?(?:[0-9]{1,2}W|[0-9]{1,3}D)?$";

  /** With {@link #PERIOD_PATTERN}: some number in it is not zero, so the period is positive. */
  static final String NOT_ZERO_PATTERN = "[1-9]";

  /** The scheme of an absolute URI (RFC 3986, section 3.1). */
  static final String ABSOLUTE_URI_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*:";

  private Scalars() {}

  /** Any string. */
  public static final Codec<String> STRING = text("expected.string", null, null);

  /**
   * A string with at least one character that is not white space. The reader takes any string;
   * Bean Validation reports a blank one, so that each constraint has one source and one message.
   */
  public static final Codec<String> TEXT = text("expected.string", Ids.NOT_BLANK, Ids::isNotBlank);

  /** An identifier ({@link Ids#PATTERN}); checked by Bean Validation after reading, like {@link #TEXT}. */
  public static final Codec<String> ID = text("expected.string", Ids.PATTERN, Ids::isIdentifier);

  /** A whole number that fits an {@code int}. */
  public static final Codec<Integer> INT = new Codec<>() {
    @Override
    public void write(Integer value, JsonGenerator out) {
      out.writeNumber(value.intValue());
    }

    @Override
    public @Nullable Integer read(JsonParser in, Reading reading) {
      if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        unexpected(in, reading, reading.text("expected.wholeNumber"));
        return null;
      }
      reading.checkNumber(in);
      if (in.getNumberType() != JsonParser.NumberType.INT) {
        reading.problem(in, reading.text("intRange", "min", Integer.MIN_VALUE, "max", Integer.MAX_VALUE,
            "value", in.getString()));
        return null;
      }
      return in.getIntValue();
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.node().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }
  };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator out) {
      out.writeBoolean(value);
    }

    @Override
    public @Nullable Boolean read(JsonParser in, Reading reading) {
      JsonToken token = in.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      unexpected(in, reading, reading.text("expected.boolean"));
        return null;
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.node().put("type", "boolean");
    }
  };

  /**
   * A calendar date, ISO-8601 {@code yyyy-mm-dd} of the years 0000 to 9999; impossible dates such as
   * 2024-02-30 are refused. Writing a date of another year throws {@link IllegalArgumentException}
   * naming its pointer, since no reader could read it back.
   */
  public static final Codec<LocalDate> DATE = parsed("expected.date", fourDigitYear(LocalDate::getYear),
      Scalars::isoDate, "date", false, DATE_PATTERN);

  /**
   * Writes a value whose text begins with its year, refusing a year the format cannot hold: the one
   * place that knows the format's years are 0000 to 9999.
   */
  private static <V> Function<V, String> fourDigitYear(java.util.function.ToIntFunction<V> year) {
    return value -> {
      int of = year.applyAsInt(value);
      if (of < 0 || of > 9999) {
        throw new IllegalArgumentException("the year " + of + " of " + value
            + " cannot be written: the format holds years of four digits (0000 to 9999)");
      }
      return value.toString();
    };
  }

  /** Parses {@code yyyy-mm-dd} without a regular expression; impossible days throw. */
  private static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
    }
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeParseException("not yyyy-mm-dd", text, i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A month of a year, {@code yyyy-mm}. */
  public static final Codec<YearMonth> YEAR_MONTH = parsed("expected.month", fourDigitYear(YearMonth::getYear),
      YearMonth::parse, null, "^[0-9]{4}-(?:0[1-9]|1[0-2])$");

  /** A day of the year, ISO-8601 {@code --mm-dd}; 29 February is one, 30 February is none. */
  public static final Codec<MonthDay> MONTH_DAY = parsed("expected.monthDay", MonthDay::toString,
      MonthDay::parse, null, MONTH_DAY_PATTERN);

  /**
   * A positive period, ISO-8601 without signs, e.g. {@code P2Y}; {@code P0D} and {@code P-2Y} are
   * refused, as every period of the format is a length of time. Writing a period that is not
   * positive throws {@link IllegalArgumentException}.
   */
  public static final Codec<Period> PERIOD = parsed("expected.period", period -> {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the period " + period + " cannot be written: periods of the format are positive");
    }
    if (period.getYears() > 999 || period.getMonths() > 999 || period.getDays() > 999) {
      throw new IllegalArgumentException("the period " + period + " cannot be written: each number of a period of the"
          + " format has at most three digits");
    }
    return period.toString();
  }, Period::parse, null, PERIOD_PATTERN, NOT_ZERO_PATTERN);

  /** A share written {@code n/d}, e.g. {@code 3/4}, with 1 ≤ n ≤ d ≤ 1000. */
  public static final Codec<Fraction> FRACTION = parsed("expected.fraction", Fraction::toString, Fraction::parse, null,
      // Each number 1 to 1000, as the reader takes them; that the part is not above the whole (n <= d) no pattern
      // can say, so only the reader checks it.
      "^(?:[1-9][0-9]{0,2}|1000)/(?:[1-9][0-9]{0,2}|1000)$");

  /** An absolute URI. */
  public static final Codec<URI> URI_CODEC = parsed("expected.uri", URI::toString, text -> {
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("not absolute");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }, "uri", ABSOLUTE_URI_PATTERN);

  /** A year, as a whole number from 1 to 9999. */
  public static final Codec<Year> YEAR = new Codec<>() {
    @Override
    public void write(Year value, JsonGenerator out) {
      out.writeNumber(value.getValue());
    }

    @Override
    public @Nullable Year read(JsonParser in, Reading reading) {
      Integer year = INT.read(in, reading);
      if (year == null) {
        return null;
      }
      if (year < 1 || year > 9999) {
        reading.problem(in, reading.text("year", "year", year));
        return null;
      }
      return Year.of(year);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.node().put("type", "integer").put("minimum", 1).put("maximum", 9999);
    }
  };

  /**
   * An IBAN ({@link Iban}), written as stored (spaces and small letters kept). The schema checks the form; the
   * reader checks the country's length and the check digits too, and its problem never repeats the number.
   */
  public static final Codec<Iban> IBAN = new Codec<>() {
    @Override
    public void write(Iban value, JsonGenerator out) {
      out.writeString(value.text());
    }

    @Override
    public @Nullable Iban read(JsonParser in, Reading reading) {
      String text = STRING.read(in, reading);
      if (text == null) {
        return null;
      }
      Optional<Iban.Problem> problem = Iban.problem(text);
      if (problem.isPresent()) {
        Iban.Problem found = problem.get();
        reading.problem(in, switch (found.kind()) {
          case FORM -> reading.text("iban.form");
          case COUNTRY -> reading.text("iban.country", "country", found.country());
          case LENGTH -> reading.text("iban.length", "country", found.country(), "expected", found.expected(),
              "length", found.length());
          case CHECK_DIGITS -> reading.text("iban.checkDigits", "expected",
              String.format(Locale.ROOT, "%02d", found.expected()));
        });
        return null;
      }
      return new Iban(text);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.node().put("type", "string").put("pattern", IBAN_PATTERN);
    }
  };

  /** The form of an IBAN as the schema checks it: country, check digits, then letters, digits and spaces. */
  static final String IBAN_PATTERN = "^ *[A-Za-z]{2} *[0-9] *[0-9][A-Za-z0-9 ]{1,46}$";

  /** A SEPA creditor identifier ({@link CreditorId}), checked with its check digits by the reader. */
  public static final Codec<CreditorId> CREDITOR_ID = new Codec<>() {
    @Override
    public void write(CreditorId value, JsonGenerator out) {
      out.writeString(value.text());
    }

    @Override
    public @Nullable CreditorId read(JsonParser in, Reading reading) {
      String text = STRING.read(in, reading);
      if (text == null) {
        return null;
      }
      Optional<CreditorId.Problem> problem = CreditorId.problem(text);
      if (problem.isPresent()) {
        reading.problem(in, switch (problem.get().kind()) {
          case FORM -> reading.text("creditorId.form");
          case GERMAN_FORM -> reading.text("creditorId.germanForm");
          case CHECK_DIGITS -> reading.text("creditorId.checkDigits", "expected", problem.get().expected());
        });
        return null;
      }
      return new CreditorId(text);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.node().put("type", "string").put("pattern", CREDITOR_ID_PATTERN);
    }
  };

  /** The form of a creditor identifier. */
  static final String CREDITOR_ID_PATTERN = "^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$";

  private static final SerializedString AMOUNT_NAME = new SerializedString("amount");
  private static final SerializedString CURRENCY_NAME = new SerializedString("currency");

  /**
   * Writes money of any sign as an object of amount and currency: the form of a fact's value in a
   * report, where a difference may be negative. Documents that are read back use {@link #MONEY}.
   *
   * @param value the money
   * @param out the generator
   */
  public static void writeSignedMoney(Money value, JsonGenerator out) {
    out.writeStartObject();
    out.writeName(AMOUNT_NAME);
    out.writeString(value.getAmount().toPlainString());
    out.writeName(CURRENCY_NAME);
    out.writeString(value.currency().getCurrencyCode());
    out.writeEndObject();
  }

  /**
   * Money as an object of a non-negative decimal string with two places and an ISO 4217 currency
   * code whose minor unit is the cent, from the format's list ({@code currencies.txt}). Writing
   * negative money or another currency throws {@link IllegalArgumentException}.
   */
  public static final Codec<Money> MONEY = new Codec<>() {
    @Override
    public void write(Money value, JsonGenerator out) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("cannot write " + pointerOf(out) + ": the amount " + value.getAmount().toPlainString()
            + " is negative, and the money of the format is not");
      }
      if (value.cents() > MAX_CENTS) {
        throw new IllegalArgumentException("cannot write " + pointerOf(out) + ": the amount " + value.getAmount().toPlainString()
            + " has more than 15 digits before the point, more than the format carries");
      }
      if (!Currencies.contains(value.currency().getCurrencyCode())) {
        throw new IllegalArgumentException("cannot write " + pointerOf(out) + ": the currency "
            + value.currency().getCurrencyCode() + " is not in the format's ISO 4217 list (codes with cents)");
      }
      writeSignedMoney(value, out);
    }

    @Override
    public @Nullable Money read(JsonParser in, Reading reading) {
      if (in.currentToken() != JsonToken.START_OBJECT) {
        unexpected(in, reading, reading.text("expected.money"));
        return null;
      }
      String here = Reading.pointerOf(in);
      String amount = null;
      Currency currency = null;
      boolean hasAmount = false;
      boolean hasCurrency = false;
      boolean ok = true;
      while (in.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = in.currentName();
        in.nextToken();
        if ((name.equals("amount") && hasAmount) || (name.equals("currency") && hasCurrency)) {
          reading.problem(in, reading.text("duplicate", "name", name));
          reading.skip(in);
          ok = false;
        } else if (name.equals("amount")) {
          hasAmount = true;
          String text = STRING.read(in, reading);
          if (text != null && text.startsWith("-") && AMOUNT.matcher(text.substring(1)).matches()) {
            reading.problem(in, reading.text("amountNegative", "text", Echo.shorten(text)));
            ok = false;
          } else if (text != null && !AMOUNT.matcher(text).matches()) {
            reading.problem(in, reading.text("amount", "text", Echo.shorten(text)));
            ok = false;
          } else {
            amount = text;
          }
        } else if (name.equals("currency")) {
          hasCurrency = true;
          String text = STRING.read(in, reading);
          if (text != null) {
            if (Currencies.contains(text)) {
              currency = Currency.getInstance(text);
            } else if (knownWithOtherDigits(text)) {
              reading.problem(in, reading.text("currencyDigits", "text", text));
              ok = false;
            } else {
              reading.problem(in, reading.text("currencyCode", "text", Echo.shorten(text)));
              ok = false;
            }
          }
        } else {
          reading.problem(in, reading.text("unknownMoneyProperty", "name", Echo.shorten(name)));
          reading.skip(in);
          ok = false;
        }
      }
      if (!hasAmount) {
        reading.problemAt(JsonPointer.compile(here).appendProperty("amount").toString(), reading.text("required"));
      }
      if (!hasCurrency) {
        reading.problemAt(JsonPointer.compile(here).appendProperty("currency").toString(), reading.text("required"));
      }
      return ok && amount != null && currency != null ? Money.of(new BigDecimal(amount), currency) : null;
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      ObjectNode schema = schemas.node().put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      properties.putObject("amount").put("type", "string").put("pattern", AMOUNT_PATTERN);
      var codes = properties.putObject("currency").put("type", "string").putArray("enum");
      Currencies.codes().forEach(codes::add);
      schema.putArray("required").add("amount").add("currency");
      schema.put("additionalProperties", false);
      return schema;
    }
  };

  private static boolean knownWithOtherDigits(String code) {
    try {
      return Currency.getInstance(code).getDefaultFractionDigits() != 2;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The codec of an enum, spelled as its constants' names (e.g. {@code "VICE_CHAIR"}).
   *
   * @param type the enum
   * @param <E> the enum
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return oneOf(Arrays.asList(type.getEnumConstants()), Enum::name);
  }

  /**
   * The codec of a text that must be one of a fixed list, e.g. the names of built-in data sets.
   *
   * @param allowed the allowed texts, in the order a problem lists them
   * @return the codec
   */
  public static Codec<String> oneOfTexts(List<String> allowed) {
    return oneOf(List.copyOf(allowed), Function.identity());
  }

  private static <V> Codec<V> oneOf(List<V> values, Function<V, String> name) {
    String allowed = values.stream().map(name).collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      public void write(V value, JsonGenerator out) {
        out.writeString(name.apply(value));
      }

      @Override
      public @Nullable V read(JsonParser in, Reading reading) {
        String text = STRING.read(in, reading);
        if (text == null) {
          return null;
        }
        for (V value : values) {
          if (name.apply(value).equals(text)) {
            return value;
          }
        }
        reading.problem(in, reading.text("oneOf", "allowed", allowed, "text", Echo.shorten(text)));
        return null;
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode schema = schemas.node();
        var names = schema.putArray("enum");
        for (V value : values) {
          names.add(name.apply(value));
        }
        return schema;
      }
    };
  }

  /**
   * The codec of a value written as a text that must match a pattern (checked by the reader before
   * it parses, and stated in the schema).
   *
   * @param expected the bundle key of what is expected, e.g. {@code "expected.ruleId"}
   * @param format writes a value
   * @param parse reads a value; a runtime exception is a problem
   * @param pattern the pattern (ECMA-262 and Java alike), anchored
   * @param <V> the value type
   * @return the codec
   */
  public static <V> Codec<V> matching(String expected, Function<V, String> format, Function<String, V> parse,
      String pattern) {
    return parsed(expected, format, parse, null, pattern);
  }

  /**
   * A text, with the pattern the schema publishes and the check of the same shape the reader runs as it reads (a
   * character loop, fuzzed against the pattern); a text without the shape is left to Bean Validation to word.
   */
  private static Codec<String> text(String what, @Nullable String pattern,
      java.util.function.@Nullable Predicate<String> shape) {
    return new Codec<>() {
      @Override
      public void write(String value, JsonGenerator out) {
        int nul = value.indexOf('\u0000');
        if (nul >= 0) {
          // The reader refuses it (a name with U+0000 is forged or broken), so the writer does not write it.
          throw new IllegalArgumentException("cannot write " + pointerOf(out) + ": the text holds the character U+0000"
              + " at index " + nul + ", which the format does not carry");
        }
        out.writeString(value);
      }

      @Override
      public @Nullable String read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          unexpected(in, reading, reading.text(what));
        return null;
        }
        String value = in.getString();
        reading.checkLength(value.length());
        int nul = value.indexOf('\u0000');
        if (nul >= 0) {
          reading.problem(in, reading.text("nul", "index", nul));
          return null;
        }
        int unpaired = unpairedSurrogate(value);
        if (unpaired >= 0) {
          reading.problem(in, reading.text("surrogate", "code", String.format(Locale.ROOT, "\\u%04X",
              (int) value.charAt(unpaired)), "index", unpaired));
          return null;
        }
        if (shape != null && !shape.test(value)) {
          // Bean Validation words the violation, at its path: the reader only notes that it has to be asked.
          reading.shapeViolated();
        }
        return value;
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode schema = schemas.node().put("type", "string");
        if (pattern != null) {
          // ECMA-262 has no inline flags: "not blank" is "contains a character that is not white space".
          schema.put("pattern", pattern.equals(Ids.NOT_BLANK) ? Ids.VISIBLE : "^" + pattern + "$");
        }
        return schema;
      }
    };
  }

  /**
   * A value written as a string. The reader checks the patterns first, as the schema does (so that
   * the two agree by construction), then parses; the first of them is the schema's pattern keyword,
   * any further ones go to an {@code allOf}.
   */
  private static <V> Codec<V> parsed(String what, Function<V, String> format, Function<String, V> parse,
      @Nullable String jsonFormat, String... patterns) {
    return parsed(what, format, parse, jsonFormat, true, patterns);
  }

  /**
   * A value written as a string, as {@link #parsed(String, Function, Function, String, String...)}; where the parser
   * itself refuses every text the patterns refuse ({@code matchFirst} false: a date's parser, which a test compares
   * with its pattern), the patterns are the schema's only, and the reader saves matching them. Such a value is then
   * the parser's alone, a function of its text: a text the document names again is the value read first
   * ({@link Reading#parsedBefore}), not parsed again. A document names few days many times (a member's start, an
   * application's decision, its reviews): a read document of 100,000 members so keeps 130 bytes a member less, at
   * the same speed (bench/README).
   */
  private static <V> Codec<V> parsed(String what, Function<V, String> format, Function<String, V> parse,
      @Nullable String jsonFormat, boolean matchFirst, String... patterns) {
    List<Pattern> compiled = matchFirst ? Arrays.stream(patterns).map(Pattern::compile).toList() : List.of();
    return new Codec<>() {
      @Override
      public void write(V value, JsonGenerator out) {
        String text;
        try {
          text = format.apply(value);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("cannot write " + pointerOf(out) + ": " + e.getMessage(), e);
        }
        out.writeString(text);
      }

      @Override
      public @Nullable V read(JsonParser in, Reading reading) {
        String text = STRING.read(in, reading);
        if (text == null) {
          return null;
        }
        V before = matchFirst ? null : reading.parsedBefore(this, text);
        if (before != null) {
          return before;
        }
        try {
          for (Pattern pattern : compiled) {
            if (!pattern.matcher(text).find()) {
              throw new IllegalArgumentException("no match");
            }
          }
          V value = parse.apply(text);
          if (!matchFirst) {
            reading.rememberParsed(this, text, value);
          }
          return value;
        } catch (RuntimeException e) {
          reading.problem(in, reading.text("parsed", "expected", reading.text(what), "text", Echo.shorten(text)));
          return null;
        }
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode schema = schemas.node().put("type", "string");
        if (patterns.length > 0) {
          schema.put("pattern", patterns[0]);
        }
        if (patterns.length > 1) {
          var all = schema.putArray("allOf");
          for (int i = 1; i < patterns.length; i++) {
            all.addObject().put("pattern", patterns[i]);
          }
        }
        if (jsonFormat != null) {
          schema.put("format", jsonFormat);
        }
        return schema;
      }
    };
  }

  /**
   * Finds a UTF-16 surrogate without its partner: JSON may escape one ({@code "\\ud800"}), but it
   * stands for no character, so no text of the format holds one.
   *
   * @param text the text
   * @return the index of the first unpaired surrogate, or -1
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The JSON Pointer of the value a generator is about to write.
   *
   * @param out the generator
   * @return the pointer, e.g. {@code /foundingDate}; empty for the root
   */
  static String pointerOf(JsonGenerator out) {
    return out.streamWriteContext().pathAsPointer().toString();
  }

  /**
   * Records that the parser's value is not of the expected kind, and skips it.
   *
   * @param in the parser, on the value
   * @param reading where the problem goes
   * @param expected what was expected, e.g. {@code "a string"}
   */
  public static void unexpected(JsonParser in, Reading reading, String expected) {
    reading.problem(in, reading.text("unexpected", "expected", expected, "actual", describe(in, reading)));
    reading.skip(in);
  }

  private static String describe(JsonParser in, Reading reading) {
    JsonToken token = in.currentToken();
    if (token == null) {
      return reading.text("actual.nothing");
    }
    return switch (token) {
      case VALUE_STRING -> reading.text("actual.string", "text", Echo.shorten(in.getString()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        reading.checkNumber(in);
        yield reading.text("actual.number", "text", Echo.shorten(in.getString()));
      }
      case VALUE_TRUE -> reading.text("actual.true");
      case VALUE_FALSE -> reading.text("actual.false");
      case VALUE_NULL -> reading.text("actual.null");
      case START_OBJECT -> reading.text("actual.object");
      case START_ARRAY -> reading.text("actual.array");
      default -> reading.text("actual.other", "text", token.name().toLowerCase(Locale.ROOT));
    };
  }

}
