package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.json.codec.Documents;
import de.nextnetz.json.codec.DomainCodecs;
import de.nextnetz.json.codec.ReportCodecs;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.report.ActivityReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The JSON facade: read and write associations, write check reports, activity reports and
 * deadlines, without configuring Jackson. Instances are immutable and thread-safe.
 *
 * <p>One reading policy: unknown properties, repeated keys, coerced scalars ({@code "12"} for a
 * number, {@code 1.5} for an integer), {@code null}s, impossible dates, unknown enum values, the
 * character U+0000 in a text and trailing content are errors; nesting depth, string length, number
 * length, name length and document size are limited; no polymorphic typing is ever enabled. A
 * document with problems yields one {@link NextJsonException} listing all of them with their JSON
 * Pointers; then Bean Validation runs and its violations are reported the same way. The codecs of
 * {@link NextJsonModule} check repeated keys, string, number and nesting limits and the document
 * size themselves, so a plain mapper with the module ({@code JsonMapper.builder().findAndAddModules()},
 * as Spring builds it) reads with the same policy and the default limits; this facade's parser
 * checks the limits first, as configured by its {@link Builder}.
 */
public final class NextJson {

  /** Limits sized for real association data; {@link Builder} changes them. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = de.nextnetz.json.codec.Reading.DEFAULT_MAX_NESTING_DEPTH;
  /** The longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = de.nextnetz.json.codec.Reading.DEFAULT_MAX_STRING_LENGTH;
  /**
   * The most items a list of a document may have (members, events, applications …): a document with more is
   * refused by every reader of the format, so a tool that makes documents refuses to make one.
   */
  public static final int MAX_LIST_ITEMS = de.nextnetz.json.codec.ObjectCodec.MAX_ITEMS;
  /** The longest number, in digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = de.nextnetz.json.codec.Reading.DEFAULT_MAX_NUMBER_LENGTH;
  /** The longest property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = de.nextnetz.json.codec.Reading.DEFAULT_MAX_NAME_LENGTH;
  /**
   * The largest document, in bytes: 64 MiB, which a heap of 256 MiB holds in the worst case
   * measured (100,000 members whose names of some 500 characters hold a character outside
   * Latin-1, so that Java keeps them as UTF-16, twice their size in UTF-8). A document of 100,000
   * members with short names has about 11 MB.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = de.nextnetz.json.codec.Reading.DEFAULT_MAX_DOCUMENT_LENGTH;

  private static final NextJson STANDARD = builder().build();

  private final JsonFactory factory;
  /** Made on first use (issue 31): reading needs only the factory, and a mapper with its module costs a short command a third of its start. */
  private volatile @Nullable JsonMapper mapper;
  private volatile @Nullable ObjectWriter pretty;
  private final boolean validate;
  private final Locale locale;

  private NextJson(Builder builder) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNumberLength(builder.maxNumberLength)
            .maxNameLength(builder.maxNameLength)
            .maxDocumentLength(builder.maxDocumentLength)
            .build())
        // the caller's streams stay open: the caller opened them and may go on using them
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.validate = builder.validate;
    this.locale = builder.locale;
  }

  /** {@return the shared instance: validating, with the default limits} */
  public static NextJson standard() {
    return STANDARD;
  }

  /** {@return a builder to change the limits or turn validation off} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the configured mapper, with {@link NextJsonModule} and the reading policy} */
  public JsonMapper mapper() {
    JsonMapper made = mapper;
    if (made == null) {
      synchronized (this) {
        made = mapper;
        if (made == null) {
          made = JsonMapper.builder(factory)
              .addModule(new NextJsonModule())
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build();
          mapper = made;
        }
      }
    }
    return made;
  }

  /** {@return the mapper's pretty-printing writer, made on first use} */
  private ObjectWriter pretty() {
    ObjectWriter made = pretty;
    if (made == null) {
      made = mapper().writerWithDefaultPrettyPrinter();
      pretty = made;
    }
    return made;
  }

  /**
   * Reads an association document.
   *
   * @param in the document, UTF-8; not closed
   * @return the association
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Association readAssociation(InputStream in) {
    return read(in, DomainCodecs.ASSOCIATION);
  }

  /**
   * Reads an association document from a file.
   *
   * @param file the file
   * @return the association
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Association readAssociation(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readAssociation(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an association document from text.
   *
   * @param json the document
   * @return the association
   * @throws NextJsonException listing every problem of the document
   */
  public Association readAssociation(String json) {
    return readAssociation(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a municipality's membership (a {@code MunicipalMembership} object).
   *
   * @param in the document, UTF-8; not closed
   * @return the membership
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public MunicipalMembership readMunicipalMembership(InputStream in) {
    return read(in, DomainCodecs.MUNICIPAL_MEMBERSHIP);
  }

  /**
   * Reads a municipality's portfolio document.
   *
   * @param file the file
   * @return the portfolio
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public MunicipalPortfolio readPortfolio(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, DomainCodecs.MUNICIPAL_PORTFOLIO);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a municipality's portfolio document.
   *
   * @param in the document, UTF-8; not closed
   * @return the portfolio
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public MunicipalPortfolio readPortfolio(InputStream in) {
    return read(in, DomainCodecs.MUNICIPAL_PORTFOLIO);
  }

  /**
   * Writes a municipality's portfolio document.
   *
   * @param portfolio the portfolio
   * @return the JSON text
   */
  public String writePortfolioAsString(MunicipalPortfolio portfolio) {
    return text(out -> write(out, generator -> DomainCodecs.MUNICIPAL_PORTFOLIO.write(portfolio, generator)));
  }

  /** {@return the JSON Schema (draft 2020-12) of the portfolio document, as shipped in the jar} */
  public static String portfolioSchema() {
    return resource("portfolio.schema.json");
  }

  /** Reads a document of the library's own formats, whose codecs need only the parser (no mapper is made). */
  private <T> T read(InputStream in, de.nextnetz.json.codec.Codec<T> codec) {
    return Documents.read(in, bytes -> factory.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes), codec,
        validate ? DomainValidator.forLocale(locale) : null, locale);
  }

  /**
   * Writes an association document, pretty-printed in a stable property order. A value the format
   * cannot carry, and no reader could read back, is refused before anything is written: a date of
   * a year outside 0000 to 9999, negative money, a period that is not positive.
   *
   * @param association the association
   * @param out where to write, UTF-8; not closed
   * @throws IllegalArgumentException naming the pointer and the value the format cannot carry
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeAssociation(Association association, OutputStream out) {
    write(out, generator -> DomainCodecs.ASSOCIATION.write(association, generator));
  }

  /**
   * Writes an association document to a file.
   *
   * @param association the association
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeAssociation(Association association, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeAssociation(association, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes an association document as text.
   *
   * @param association the association
   * @return the document
   */
  public String writeAssociationAsString(Association association) {
    return text(out -> writeAssociation(association, out));
  }

  /**
   * Writes a municipality's membership.
   *
   * @param membership the membership
   * @return the JSON text
   */
  public String writeMunicipalMembershipAsString(MunicipalMembership membership) {
    return text(out -> write(out, generator -> DomainCodecs.MUNICIPAL_MEMBERSHIP.write(membership, generator)));
  }

  /**
   * Writes a check report.
   *
   * @param report the report
   * @param locale the language of the messages (German for {@code de}, English otherwise)
   * @param out where to write; not closed
   */
  public void writeCheckReport(CheckReport report, Locale locale, OutputStream out) {
    stream(out, locale, generator -> ReportCodecs.CHECK_REPORT.write(report, generator));
  }

  /**
   * Writes a check report as text.
   *
   * @param report the report
   * @param locale the language of the messages
   * @return the JSON text
   */
  public String writeCheckReportAsString(CheckReport report, Locale locale) {
    return text(out -> writeCheckReport(report, locale, out));
  }

  /**
   * Writes an activity report as text.
   *
   * @param report the report
   * @return the JSON text
   */
  public String writeActivityReportAsString(ActivityReport report) {
    return text(out -> write(out, generator -> ReportCodecs.ACTIVITY_REPORT.write(report, generator)));
  }

  /**
   * Writes the members' dues accounts on a day ({@code next dues}).
   *
   * @param ledgers the ledgers, from {@link de.nextnetz.rules.law.Ledgers#of}
   * @return the JSON text
   */
  public String writeDuesAsString(de.nextnetz.rules.law.Ledgers ledgers) {
    return text(out -> writeDues(ledgers, out));
  }

  /**
   * Writes the members' dues accounts on a day to a stream.
   *
   * @param ledgers the ledgers, from {@link de.nextnetz.rules.law.Ledgers#of}
   * @param out where to write, UTF-8; not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeDues(de.nextnetz.rules.law.Ledgers ledgers, OutputStream out) {
    stream(out, locale, generator -> ReportCodecs.DUES.write(ledgers, generator));
  }

  /**
   * Writes everything the document holds about one person ({@code next person}, Art. 15 DSGVO).
   *
   * @param data the person's data, from {@link de.nextnetz.rules.law.PersonalData#of}
   * @return the JSON text
   */
  public String writePersonAsString(de.nextnetz.rules.law.PersonalData data) {
    return text(out -> write(out, generator -> ReportCodecs.PERSON.write(data, generator)));
  }

  /**
   * Writes what an erasure did ({@code next erase}, Art. 17 DSGVO); the new document is written with
   * {@link #writeAssociationAsString}.
   *
   * @param erasure the erasure, from {@link de.nextnetz.rules.law.Erasure#of}
   * @return the JSON text
   */
  public String writeErasureAsString(de.nextnetz.rules.law.Erasure erasure) {
    return text(out -> write(out, generator -> ReportCodecs.ERASURE.write(erasure, generator)));
  }

  /**
   * Writes deadlines as text.
   *
   * @param deadlines the deadlines
   * @param locale the language of the messages
   * @return the JSON text
   */
  public String writeDeadlinesAsString(List<Deadline> deadlines, Locale locale) {
    return text(out -> writeDeadlines(deadlines, locale, out));
  }

  /**
   * Writes deadlines to a stream.
   *
   * @param deadlines the deadlines
   * @param locale the language of the messages
   * @param out where to write, UTF-8; not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeDeadlines(List<Deadline> deadlines, Locale locale, OutputStream out) {
    stream(out, locale, generator -> ReportCodecs.writeDeadlines(deadlines, generator));
  }

  /**
   * Writes the result of reading an event table: the events, and every row that could not be
   * mapped with its line number and problems.
   *
   * @param table the result of {@link de.nextnetz.domain.event.EventTable#read}
   * @return the JSON text
   */
  public String writeEventTableAsString(de.nextnetz.domain.event.EventTable.Result table) {
    return text(out -> writeEventTable(table, out));
  }

  /**
   * Writes the result of reading an event table to a stream.
   *
   * @param table the result of {@link de.nextnetz.domain.event.EventTable#read}
   * @param out where to write, UTF-8; not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeEventTable(de.nextnetz.domain.event.EventTable.Result table, OutputStream out) {
    stream(out, locale, generator -> ReportCodecs.EVENTS.write(table, generator));
  }

  /**
   * Writes an assembly plan (format {@code nextnetz.assembly-plan}): what {@code next assembly --format json} prints.
   *
   * @param plan the plan
   * @param locale the language of its texts (German for {@code de}, else English)
   * @param out where to write; not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeAssemblyPlan(de.nextnetz.rules.report.AssemblyPlan plan, Locale locale, OutputStream out) {
    write(out, locale, generator -> ReportCodecs.ASSEMBLY_PLAN.write(plan, generator));
  }

  /**
   * Writes an assembly plan as a string.
   *
   * @param plan the plan
   * @param locale the language of its texts
   * @return the JSON document
   */
  public String writeAssemblyPlanAsString(de.nextnetz.rules.report.AssemblyPlan plan, Locale locale) {
    return text(out -> writeAssemblyPlan(plan, locale, out));
  }

  /**
   * Writes a portfolio review: the portfolio, its budget year and the municipal findings.
   *
   * @param review the review
   * @param locale the language of the messages
   * @param out where to write, UTF-8; not closed
   */
  public void writePortfolioReview(de.nextnetz.rules.report.PortfolioReview review, Locale locale, OutputStream out) {
    stream(out, locale, generator -> ReportCodecs.PORTFOLIO_REVIEW.write(review, generator));
  }

  /**
   * Writes a portfolio review as text.
   *
   * @param review the review
   * @param locale the language of the messages
   * @return the JSON text
   */
  public String writePortfolioReviewAsString(de.nextnetz.rules.report.PortfolioReview review, Locale locale) {
    return text(out -> writePortfolioReview(review, locale, out));
  }

  /**
   * Writes the result of a validation.
   *
   * @param validation the result
   * @return the JSON text
   */
  public String writeValidationAsString(Validation validation) {
    return text(out -> write(out, generator -> ReportCodecs.VALIDATION.write(validation, generator)));
  }

  /**
   * The JSON Schemas (draft 2020-12) of every document the library writes, as shipped in the jar,
   * by file name: {@code association.schema.json}, {@code portfolio.schema.json}, {@code
   * check-report.schema.json}, {@code deadlines.schema.json}, {@code activity-report.schema.json},
   * {@code events.schema.json}, {@code portfolio-review.schema.json}, {@code assembly-plan.schema.json},
   * {@code validation.schema.json}, {@code dues.schema.json}, {@code person.schema.json} and
   * {@code erasure.schema.json}.
   *
   * @return the schemas, in that order
   */
  public static java.util.Map<String, String> schemas() {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    for (String name : List.of("association", "portfolio", "check-report", "deadlines", "activity-report", "events",
        "portfolio-review", "assembly-plan", "validation", "dues", "person", "erasure")) {
      all.put(name + ".schema.json", resource(name + ".schema.json"));
    }
    return all;
  }

  /** {@return the JSON Schema (draft 2020-12) of the association document, as shipped in the jar} */
  public static String associationSchema() {
    return resource("association.schema.json");
  }

  /** {@return the JSON Schema (draft 2020-12) of the check report, as shipped in the jar} */
  public static String checkReportSchema() {
    return resource("check-report.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = NextJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole document into a buffer first, so that a value the format cannot carry (see
   * {@link #writeAssociation(Association, OutputStream)}) leaves nothing half-written in {@code out}.
   */
  private void write(OutputStream out, Consumer<JsonGenerator> body) {
    write(out, locale, body);
  }

  private void write(OutputStream out, Locale language, Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    // The whole document first (what cannot be written is refused before anything is), in pieces that never need
    // copying, so a document near the size limit takes its own size once.
    ChunkedBuffer buffer = new ChunkedBuffer();
    try (JsonGenerator generator = pretty().with(language).createGenerator(buffer)) {
      body.accept(generator);
      generator.writeRaw('\n');
    }
    try {
      buffer.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a report as it is made, without holding it whole: for the reports of a check, a review, deadlines, dues
   * and an event table, which are made of a document already read (nothing in them the format cannot carry), and
   * can be as large as the document.
   */
  private void stream(OutputStream out, Locale language, Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = pretty().with(language)
        .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      body.accept(generator);
      generator.writeRaw('\n');
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document: " + e.getMessage(), e);
    }
  }

  private static String text(Consumer<OutputStream> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.accept(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Builds a {@link NextJson} with other limits, or without validation. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private boolean validate = true;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the language of the problems a document has, the reader's and Bean Validation's (English by
     * default; German for {@code de}).
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = java.util.Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays.
     *
     * @param depth at least 1
     * @return this builder
     * @throws IllegalArgumentException if the depth is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "depth");
      return this;
    }

    /**
     * Sets the longest string value.
     *
     * @param length in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the length is below 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "length");
      return this;
    }

    /**
     * Sets the largest document.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if the size is below 1
     */
    public Builder maxDocumentLength(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("bytes must be at least 1, but was " + bytes);
      }
      this.maxDocumentLength = bytes;
      return this;
    }

    /**
     * Turns Bean Validation after reading on or off (on by default). Off, a structurally sound
     * document is read even if it breaks a constraint, e.g. to repair it.
     *
     * @param validate whether to validate
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
      }
      return value;
    }

    /** {@return the facade} */
    public NextJson build() {
      return new NextJson(this);
    }
  }
}
