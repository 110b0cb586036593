package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nextnetz.domain.Association;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad documents, each with the pointer and the message the reader must give. */
class BadInputTest {

  private static final String BASE = NextJson.standard().writeAssociationAsString(JsonFixtures.smallNext());

  /** Why a schema cannot refuse a document that the reader refuses. */
  enum ReaderOnly {
    /** The schema refuses it: every validator, with format assertion on and off. */
    NONE,
    /** Not JSON at all: there is nothing for a schema to validate. */
    NOT_JSON,
    /** A repeated key: a validator sees the parsed object, in which one of them is already gone. */
    REPEATED_KEY,
    /** A rule across two properties (end after start, exactly one of two); the reader's and Bean Validation's. */
    CROSS_FIELD,
    /** A limit of this reader, configurable with {@code NextJson.builder()}, not of the format. */
    READER_LIMIT,
    /** A number checked by its country's length and check digits (IBAN, creditor identifier): no pattern says it. */
    CHECK_DIGITS
  }

  record Case(String name, String json, String pointer, String message, ReaderOnly readerOnly) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String edit(Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) JsonFixtures.tree(BASE);
    change.accept(root);
    return JsonFixtures.PLAIN.writeValueAsString(root);
  }

  private static tools.jackson.databind.JsonNode mandate(String iban, String reference) {
    return JsonFixtures.tree("{\"reference\":\"" + reference + "\",\"signedOn\":\"2024-01-15\",\"iban\":\"" + iban
        + "\"}");
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static Case text(String name, String json, String pointer, String message, ReaderOnly why) {
    return new Case(name, json, pointer, message, why);
  }

  private static Case edited(String name, Consumer<ObjectNode> change, String pointer, String message) {
    return new Case(name, edit(change), pointer, message, ReaderOnly.NONE);
  }

  private static Case edited(String name, Consumer<ObjectNode> change, String pointer, String message, ReaderOnly why) {
    return new Case(name, edit(change), pointer, message, why);
  }

  static Stream<Case> cases() {
    String deep = "[".repeat(40) + "]".repeat(40);
    return Stream.of(
        // Malformed JSON and the document as a whole.
        text("truncated document", BASE.substring(0, BASE.length() / 2), "", "malformed JSON at line", ReaderOnly.NOT_JSON),
        text("single quotes", "{'format': 'nextnetz.association'}", "", "malformed JSON at line 1, column 2", ReaderOnly.NOT_JSON),
        text("empty document", "   ", "", "the document is empty", ReaderOnly.NOT_JSON),
        text("trailing content", BASE + " {}", "", "unexpected content after the end of the document", ReaderOnly.NOT_JSON),
        text("duplicate key", BASE.replaceFirst("\"seat\" :", "\"shortName\" : \"X\", \"seat\" :"), "/shortName",
            "repeats the property \"shortName\", which an object has once", ReaderOnly.REPEATED_KEY),
        text("root is an array", "[]", "", "must be an object (Association), but was an array", ReaderOnly.NONE),
        // Unknown properties.
        edited("unknown property at the root", r -> r.put("colour", "blue"), "/colour",
            "unknown property \"colour\" (Association has: format, version, name,"),
        edited("unknown nested property", r -> at(r, "/board/seats/0/person").put("nickname", "Fred"),
            "/board/seats/0/person/nickname", "unknown property \"nickname\" (Person has: id, name, title)"),
        // Format identifier and version.
        edited("format missing", r -> r.remove("format"), "/format", "required property is missing"),
        edited("other format", r -> r.put("format", "nextnetz.report"), "/format",
            "must be nextnetz.association, but was nextnetz.report"),
        edited("newer version", r -> r.put("version", 5).put("colour", "blue"), "/version",
            "the document has format version 5; this library reads versions 1 to 4"),
        edited("version as a string", r -> r.put("version", "1"), "/version",
            "must be a whole number, but was the string \"1\""),
        // Required properties.
        edited("name missing", r -> r.remove("name"), "/name", "required property is missing"),
        edited("role missing", r -> at(r, "/board/seats/0").remove("role"), "/board/seats/0/role",
            "required property is missing"),
        // Coerced scalars.
        edited("number written as a string", r -> ((ArrayNode) r.at("/events/0/sourceRows")).set(0, "48"),
            "/events/0/sourceRows/0", "must be a whole number, but was the string \"48\""),
        edited("fraction for a whole number", r -> at(r, "/statute/versions/0").put("chairs", 1.5),
            "/statute/versions/0/chairs", "must be a whole number, but was the number 1.5"),
        edited("number for a string", r -> r.put("name", 12), "/name", "must be a string, but was the number 12"),
        edited("boolean written as a string", r -> at(r, "/members/0").put("founding", "true"), "/members/0/founding",
            "must be true or false, but was the string \"true\""),
        edited("whole number out of range", r -> at(r, "/statute/versions/0").put("chairs", 3_000_000_000L),
            "/statute/versions/0/chairs", "must be a whole number from -2147483648 to 2147483647, but was 3000000000"),
        // Dates and other formats.
        edited("impossible date", r -> r.put("foundingDate", "2024-02-30"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"2024-02-30\""),
        edited("German date", r -> r.put("foundingDate", "12.07.2018"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"12.07.2018\""),
        edited("period in words", r -> at(r, "/statute/versions/0").put("reElectionWithin", "2 years"),
            "/statute/versions/0/reElectionWithin", "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"2 years\""),
        edited("relative web site", r -> r.set("office",
            JsonFixtures.tree("{\"address\":\"Berlin\",\"website\":\"next-netz.de\"}")), "/office/website",
            "must be an absolute URI, but was \"next-netz.de\""),
        // Enums.
        edited("unknown role", r -> at(r, "/board/seats/0").put("role", "PRESIDENT"), "/board/seats/0/role",
            "must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"PRESIDENT\""),
        edited("role in lower case", r -> at(r, "/board/seats/0").put("role", "chair"), "/board/seats/0/role",
            "must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"chair\""),
        edited("unknown event mode", r -> at(r, "/events/0").put("mode", "Präsenz"), "/events/0/mode",
            "must be one of VIRTUAL, IN_PERSON, HYBRID, but was \"Präsenz\""),
        // Nulls and shapes.
        edited("null for an optional value", r -> at(r, "/board/seats/0/person").putNull("title"),
            "/board/seats/0/person/title", "must not be null (leave the property out instead)"),
        edited("string for a list", r -> at(r, "/events/0").put("sourceRows", "48"), "/events/0/sourceRows",
            "must be an array, but was the string \"48\""),
        edited("array for an object", r -> r.putArray("board"), "/board",
            "must be an object (Board), but was an array"),
        // Money.
        edited("amount as a number", r -> at(r, "/members/0/annualFee").put("amount", 150),
            "/members/0/annualFee/amount", "must be a string, but was the number 150"),
        edited("amount with three decimals", r -> at(r, "/members/0/annualFee").put("amount", "150.005"),
            "/members/0/annualFee/amount", "must be a decimal string with two decimal places"),
        edited("unknown currency", r -> at(r, "/members/0/annualFee").put("currency", "EURO"),
            "/members/0/annualFee/currency", "must be an ISO 4217 currency code, e.g. \"EUR\", but was \"EURO\""),
        edited("currency missing", r -> at(r, "/members/0/annualFee").remove("currency"),
            "/members/0/annualFee/currency", "required property is missing"),
        // Sets.
        edited("repeated item of a set", r -> ((ArrayNode) r.at("/statute/versions/0/membershipKinds")).add("PERSONAL"),
            "/statute/versions/0/membershipKinds/3", "repeats PERSONAL; the items of a set are distinct"),
        // Invariants of the domain.
        edited("member neither person nor organisation", r -> at(r, "/members/0").remove("person"), "/members/0",
            "member P-001: exactly one of 'person' and 'organisation' must be set", ReaderOnly.NONE),
        edited("event ends before it starts", r -> at(r, "/events/0").put("endDate", "2024-11-20"), "/events/0",
            "event 2024-48: 'endDate' (2024-11-20) must not be before 'date' (2024-11-21)", ReaderOnly.CROSS_FIELD),
        // Constraints (Bean Validation).
        edited("blank name", r -> r.put("name", "   "), "/name", "must not be blank"),
        edited("identifier with a space", r -> at(r, "/members/0").put("id", "P 001"), "/members/0/id",
            "must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)"),
        edited("negative fee", r -> at(r, "/members/0/annualFee").put("amount", "-150.00"), "/members/0/annualFee/amount",
            "must not be negative"),
        edited("statute without version", r -> at(r, "/statute").remove("versions"), "/statute/versions",
            "size must be between 1 and 2147483647"),
        edited("negative count of seats", r -> at(r, "/statute/versions/0").put("chairs", -1),
            "/statute/versions/0/chairs", "must be greater than or equal to 0"),
        // Limits.
        edited("nesting too deep", r -> r.set("deep", JsonFixtures.tree(deep)), "", "the document exceeds a limit"),
        edited("string too long", r -> r.put("purpose", "x".repeat(NextJson.DEFAULT_MAX_STRING_LENGTH + 1)), "",
            "the document exceeds a limit: String value length", ReaderOnly.READER_LIMIT),
        edited("string too long in an unknown property", r -> r.put("colour", "x".repeat(NextJson.DEFAULT_MAX_STRING_LENGTH + 1)),
            "/colour", "the document exceeds a limit: String value length"),
        text("number too long", BASE.replaceFirst("\"chairs\" : 1", "\"chairs\" : 123456789012345678901234"), "",
            "the document exceeds a limit: Number value length", ReaderOnly.NONE),
        // Found by checking the schema against the reader (issue 11): what a schema can state, it states.
        edited("currency unknown to ISO 4217", r -> at(r, "/members/0/annualFee").put("currency", "XYZ"),
            "/members/0/annualFee/currency", "must be an ISO 4217 currency code, e.g. \"EUR\", but was \"XYZ\""),
        edited("empty period", r -> at(r, "/statute/versions/0").put("reElectionWithin", "P"),
            "/statute/versions/0/reElectionWithin", "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"P\""),
        edited("zero period", r -> at(r, "/statute/versions/0").put("reElectionWithin", "P0D"),
            "/statute/versions/0/reElectionWithin", "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"P0D\""),
        edited("negative period", r -> at(r, "/statute/versions/0").put("reElectionWithin", "P-2Y"),
            "/statute/versions/0/reElectionWithin", "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"P-2Y\""),
        edited("period in lower case", r -> at(r, "/statute/versions/0").put("reElectionWithin", "p2y"),
            "/statute/versions/0/reElectionWithin", "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"p2y\""),
        edited("30 February as a day of the year", r -> at(r, "/statute/versions/0").put("feeDueDay", "--02-30"),
            "/statute/versions/0/feeDueDay", "must be a day of the year (--mm-dd), but was \"--02-30\""),
        edited("month 13", r -> r.put("foundingDate", "2024-13-01"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"2024-13-01\""),
        edited("29 February of a common year", r -> r.put("foundingDate", "2023-02-29"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"2023-02-29\""),
        edited("date in full-width digits", r -> r.put("foundingDate", "２０２４-01-01"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"２０２４-01-01\""),
        edited("date with a five-digit year", r -> r.put("foundingDate", "+10000-01-01"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"+10000-01-01\""),
        edited("negative zero amount", r -> at(r, "/members/0/annualFee").put("amount", "-0.00"),
            "/members/0/annualFee/amount", "must not be negative"),
        edited("period too long for a statute", r -> at(r, "/statute/versions/0").put("reElectionWithin", "P1000000000Y"),
            "/statute/versions/0/reElectionWithin",
            "must be a positive period (ISO-8601, e.g. P2Y or P6W, each number at most 999, weeks at most 99), but was \"P1000000000Y\""),
        edited("amount beyond a quadrillion", r -> at(r, "/members/0/annualFee").put("amount", "99999999999999999.99"),
            "/members/0/annualFee/amount", "at most 15 digits before the point"),
        edited("unknown Land", r -> r.put("seatState", "XX"), "/seatState",
            "must be one of BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH, but was \"XX\""),
        // Dues (issue 26): identifiers with check digits, mandate references, payments that do not fit the members.
        edited("IBAN with wrong check digits", r -> at(r, "/members/0").set("mandate", mandate("DE64430609671343084300",
                "NEXT-M-0078")), "/members/0/mandate/iban",
            "is not a valid IBAN: the check digits do not match the rest (for the rest as written they would be 46)",
            ReaderOnly.CHECK_DIGITS),
        edited("IBAN one digit short", r -> at(r, "/members/0").set("mandate", mandate("DE4643060967134308430",
                "NEXT-M-0078")), "/members/0/mandate/iban", "must be an IBAN of DE with 22 characters, but has 21",
            ReaderOnly.CHECK_DIGITS),
        edited("mandate reference over 35 characters", r -> at(r, "/members/0").set("mandate",
                mandate("DE46430609671343084300", "M".repeat(36))), "/members/0/mandate/reference",
            "must be a mandate reference of 1 to 35 characters"),
        edited("mandate reference with an umlaut", r -> at(r, "/members/0").set("mandate",
                mandate("DE46430609671343084300", "NÄXT-1")), "/members/0/mandate/reference",
            "must be a mandate reference of 1 to 35 characters"),
        edited("creditor identifier with a wrong check", r -> r.set("dues", JsonFixtures.tree(
                "{\"recordedFrom\":\"2024-01-01\",\"creditorId\":\"DE97ZZZ09999999999\"}")), "/dues/creditorId",
            "is not a valid creditor identifier: the check digits do not match (for the rest as written they would be 98)",
            ReaderOnly.CHECK_DIGITS),
        edited("payment before the member joined", r -> r.set("dues", JsonFixtures.tree(
                "{\"recordedFrom\":\"2024-01-01\",\"payments\":[{\"id\":\"t1\",\"memberId\":\"P-001\","
                    + "\"day\":\"1990-01-02\",\"amount\":{\"amount\":\"60.00\",\"currency\":\"EUR\"}}]}")),
            "/dues/payments/0/day", "the payment arrived on 1990-01-02, before member P-001 joined on",
            ReaderOnly.CROSS_FIELD),
        // Invoices and reminders (§ 286 BGB): a letter to nobody, for a year before joining, of no known kind.
        edited("reminder to an unknown member", r -> r.set("dues", JsonFixtures.tree(
                "{\"recordedFrom\":\"2024-01-01\",\"demands\":[{\"memberId\":\"P-999\",\"feeYear\":2025,"
                    + "\"kind\":\"REMINDER\",\"receivedOn\":\"2025-05-04\"}]}")),
            "/dues/demands/0/memberId", "no member has the id P-999", ReaderOnly.CROSS_FIELD),
        edited("invoice for a year before joining", r -> r.set("dues", JsonFixtures.tree(
                "{\"recordedFrom\":\"2024-01-01\",\"demands\":[{\"memberId\":\"P-001\",\"feeYear\":1990,"
                    + "\"kind\":\"INVOICE\",\"receivedOn\":\"1990-02-10\"}]}")),
            "/dues/demands/0/feeYear", "and owes no fee for 1990", ReaderOnly.CROSS_FIELD),
        edited("letter of an unknown kind", r -> r.set("dues", JsonFixtures.tree(
                "{\"recordedFrom\":\"2024-01-01\",\"demands\":[{\"memberId\":\"P-001\",\"feeYear\":2025,"
                    + "\"kind\":\"MAHNUNG\",\"receivedOn\":\"2025-05-04\"}]}")),
            "/dues/demands/0/kind", "must be one of INVOICE, REMINDER, but was \"MAHNUNG\""),
        edited("no days to pay", r -> at(r, "/statute/versions/0").put("feePaymentDays", 0),
            "/statute/versions/0/feePaymentDays", "must be greater than or equal to 1"),
        edited("a due day and days after the invoice", r -> at(r, "/statute/versions/0").put("feeDueDay", "--03-31")
                .put("feePaymentDays", 30),
            "/statute/versions/0", "set either 'feeDueDay' (a day of the calendar) or 'feePaymentDays'",
            ReaderOnly.CROSS_FIELD),
        edited("a donation recorded twice", r -> r.set("tax", JsonFixtures.tree(
                "{\"taxOffice\":\"Finanzamt Beispielstadt\",\"donations\":[{\"id\":\"sp1\",\"donor\":\"Petra Pauli\",\"day\":\"2026-05-05\",\"amount\":{\"amount\":\"50.00\","
                    + "\"currency\":\"EUR\"}},{\"id\":\"sp1\",\"donor\":\"Petra Pauli\",\"day\":\"2026-06-05\","
                    + "\"amount\":{\"amount\":\"60.00\",\"currency\":\"EUR\"}}]}")),
            "/tax/donations/1/id", "the id sp1 is used twice; first at /tax/donations/0", ReaderOnly.CROSS_FIELD))
;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports_where_and_what(Case bad) {
    NextJsonException thrown = catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(bad.json()));

    assertThat(thrown).as("the reader must refuse: " + bad.name()).isNotNull();
    assertThat(thrown.getProblems()).as(bad.name()).singleElement().satisfies(problem -> {
      if (!bad.name().startsWith("nesting") && !bad.name().startsWith("string too") && !bad.name().startsWith("number too")
          && !bad.name().startsWith("truncated")) {
        assertThat(problem.pointer()).isEqualTo(bad.pointer());
      }
      assertThat(problem.message()).contains(bad.message());
    });
  }

  /** A mapper as Spring Boot builds it: Jackson's defaults, the module found through its service file. */
  private static final JsonMapper SPRING_LIKE = JsonMapper.builder().findAndAddModules().build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("One reading policy: a plain mapper with the module refuses every bad document with the facade's problems")
  void a_plain_mapper_with_the_module_refuses_the_same_way(Case bad) {
    Throwable plain = catchThrowable(() -> SPRING_LIKE.readValue(bad.json(), Association.class));
    assertThat(plain).as("the plain mapper must refuse: " + bad.name()).isInstanceOf(JacksonException.class);
    if (bad.readerOnly() == ReaderOnly.NOT_JSON) {
      return; // not JSON: Jackson's own syntax error, before any codec of the module runs
    }
    NextJsonException facade = catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(bad.json()));
    assertThat(plain).as(bad.name()).isInstanceOf(NextJsonException.class);
    assertThat(((NextJsonException) plain).getProblems()).as(bad.name())
        .usingElementComparator(BadInputTest::samePlaceAndWords).isEqualTo(facade.getProblems());
  }

  /** The same pointer and message; of a limit, the words up to the figures (Jackson words its own limits). */
  private static int samePlaceAndWords(JsonProblem a, JsonProblem b) {
    return a.pointer().equals(b.pointer()) && upToFigures(a.message()).equals(upToFigures(b.message())) ? 0 : 1;
  }

  private static String upToFigures(String message) {
    int figures = message.indexOf(" (");
    return message.startsWith("the document exceeds a limit") && figures > 0 ? message.substring(0, figures) : message;
  }

  static Stream<Case> schemaCases() {
    return cases().filter(bad -> bad.readerOnly() == ReaderOnly.NONE);
  }

  static Stream<Case> readerOnlyJsonCases() {
    return cases().filter(bad -> bad.readerOnly() != ReaderOnly.NONE && bad.readerOnly() != ReaderOnly.NOT_JSON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaCases")
  @DisplayName("Every bad document a schema can express is refused by the schema, with format assertion on and off")
  void what_a_schema_can_express_the_schema_refuses(Case bad) {
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA, bad.json())).as(bad.name() + ", format assertion off")
        .isNotEmpty();
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA_ASSERTING_FORMATS, bad.json()))
        .as(bad.name() + ", format assertion on").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerOnlyJsonCases")
  @DisplayName("What only the reader checks is said so: such a document that is JSON passes the schema")
  void what_only_the_reader_checks_passes_the_schema(Case bad) {
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA_ASSERTING_FORMATS, bad.json())).as(bad.name()).isEmpty();
  }

  @Test
  @DisplayName("The table of bad inputs: the schema refuses all but the ones that are not JSON, repeat a key, compare two values, hit a reader limit or fail a check digit")
  void the_schema_table() {
    Map<ReaderOnly, List<String>> table = cases().collect(Collectors.groupingBy(Case::readerOnly, TreeMap::new,
        Collectors.mapping(Case::name, Collectors.toList())));
    assertThat(table.get(ReaderOnly.NOT_JSON)).containsExactly("truncated document", "single quotes", "empty document",
        "trailing content");
    assertThat(table.get(ReaderOnly.REPEATED_KEY)).containsExactly("duplicate key");
    assertThat(table.get(ReaderOnly.CROSS_FIELD)).containsExactly("event ends before it starts",
        "payment before the member joined", "reminder to an unknown member", "invoice for a year before joining",
        "a due day and days after the invoice", "a donation recorded twice");
    assertThat(table.get(ReaderOnly.READER_LIMIT)).containsExactly("string too long");
    assertThat(table.get(ReaderOnly.CHECK_DIGITS)).containsExactly("IBAN with wrong check digits",
        "IBAN one digit short", "creditor identifier with a wrong check");
    assertThat(table.get(ReaderOnly.NONE)).hasSize(cases().toList().size() - 15);
  }

  @Test
  void the_table_has_at_least_thirty_distinct_bad_inputs() {
    List<Case> all = cases().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all.stream().map(Case::json).distinct()).hasSameSizeAs(all);
  }

  @Test
  @DisplayName("The first problem never hides the others: all of them come in one exception, sorted by pointer")
  void reports_every_problem_at_once() {
    String json = edit(r -> {
      r.put("colour", "blue");
      r.put("foundingDate", "2024-02-30");
      at(r, "/board/seats/0").put("role", "PRESIDENT");
      at(r, "/members/0/annualFee").put("currency", "EURO");
      at(r, "/events/0").put("mode", "virtuell");
    });

    NextJsonException thrown = catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(json));

    assertThat(thrown.getProblems()).extracting(JsonProblem::pointer).containsExactly(
        "/board/seats/0/role", "/colour", "/events/0/mode", "/foundingDate", "/members/0/annualFee/currency");
    assertThat(thrown.getMessage()).startsWith("5 problems in the JSON document:\n  /board/seats/0/role: must be one of");
  }

  @Test
  void constraint_violations_are_reported_together_with_their_pointers() {
    String json = edit(r -> {
      r.put("name", " ");
      at(r, "/members/0").put("id", "P 001");
      at(r, "/board/seats/0/person").put("name", "");
    });
    NextJsonException thrown = catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(json));
    assertThat(thrown.getProblems()).extracting(JsonProblem::toString).containsExactly(
        "/board/seats/0/person/name: must not be blank",
        "/members/0/id: must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)",
        "/name: must not be blank");
  }

  @Test
  void without_validation_a_structurally_sound_document_is_read() {
    String json = edit(r -> r.put("name", " "));
    assertThat(NextJson.builder().validate(false).build().readAssociation(json).getName()).isEqualTo(" ");
  }
}
