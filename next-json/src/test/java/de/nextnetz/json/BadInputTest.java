package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
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

  record Case(String name, String json, String pointer, String message, boolean schemaRejects) {
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

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static Case text(String name, String json, String pointer, String message) {
    return new Case(name, json, pointer, message, false);
  }

  private static Case edited(String name, Consumer<ObjectNode> change, String pointer, String message, boolean schema) {
    return new Case(name, edit(change), pointer, message, schema);
  }

  static Stream<Case> cases() {
    String deep = "[".repeat(40) + "]".repeat(40);
    return Stream.of(
        // Malformed JSON and the document as a whole.
        text("truncated document", BASE.substring(0, BASE.length() / 2), "", "malformed JSON at line"),
        text("single quotes", "{'format': 'nextnetz.association'}", "", "malformed JSON at line 1, column 2"),
        text("empty document", "   ", "", "the document is empty"),
        text("trailing content", BASE + " {}", "", "unexpected content after the end of the document"),
        text("duplicate key", BASE.replaceFirst("\"name\" :", "\"shortName\" : \"NExT\", \"name\" :").replaceFirst(
            "\"seat\" :", "\"shortName\" : \"X\", \"seat\" :"), "/shortName", "Duplicate Object property \"shortName\""),
        text("root is an array", "[]", "", "must be an object (Association), but was an array"),
        // Unknown properties.
        edited("unknown property at the root", r -> r.put("colour", "blue"), "/colour",
            "unknown property \"colour\" (Association has: format, version, name,", true),
        edited("unknown nested property", r -> at(r, "/board/seats/0/person").put("nickname", "Fred"),
            "/board/seats/0/person/nickname", "unknown property \"nickname\" (Person has: id, name, title)", true),
        // Format identifier and version.
        edited("format missing", r -> r.remove("format"), "/format", "required property is missing", true),
        edited("other format", r -> r.put("format", "nextnetz.report"), "/format",
            "must be nextnetz.association, but was nextnetz.report", true),
        edited("newer version", r -> r.put("version", 2).put("colour", "blue"), "/version",
            "the document has format version 2; this library reads versions 1 to 1", true),
        edited("version as a string", r -> r.put("version", "1"), "/version",
            "must be a whole number, but was the string \"1\"", true),
        // Required properties.
        edited("name missing", r -> r.remove("name"), "/name", "required property is missing", true),
        edited("role missing", r -> at(r, "/board/seats/0").remove("role"), "/board/seats/0/role",
            "required property is missing", true),
        // Coerced scalars.
        edited("number written as a string", r -> ((ArrayNode) r.at("/events/0/sourceRows")).set(0, "48"),
            "/events/0/sourceRows/0", "must be a whole number, but was the string \"48\"", true),
        edited("fraction for a whole number", r -> at(r, "/statute/versions/0").put("chairs", 1.5),
            "/statute/versions/0/chairs", "must be a whole number, but was the number 1.5", true),
        edited("number for a string", r -> r.put("name", 12), "/name", "must be a string, but was the number 12", true),
        edited("boolean written as a string", r -> at(r, "/members/0").put("founding", "true"), "/members/0/founding",
            "must be true or false, but was the string \"true\"", true),
        edited("whole number out of range", r -> at(r, "/statute/versions/0").put("chairs", 3_000_000_000L),
            "/statute/versions/0/chairs", "must be a whole number from -2147483648 to 2147483647, but was 3000000000", false),
        // Dates and other formats.
        edited("impossible date", r -> r.put("foundingDate", "2024-02-30"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"2024-02-30\"", false),
        edited("German date", r -> r.put("foundingDate", "12.07.2018"), "/foundingDate",
            "must be a date (yyyy-mm-dd), but was \"12.07.2018\"", true),
        edited("period in words", r -> at(r, "/statute/versions/0").put("reElectionWithin", "2 years"),
            "/statute/versions/0/reElectionWithin", "must be a period (ISO-8601, e.g. P2Y), but was \"2 years\"", true),
        edited("relative web site", r -> r.set("office",
            JsonFixtures.tree("{\"address\":\"Berlin\",\"website\":\"next-netz.de\"}")), "/office/website",
            "must be an absolute URI, but was \"next-netz.de\"", false),
        // Enums.
        edited("unknown role", r -> at(r, "/board/seats/0").put("role", "PRESIDENT"), "/board/seats/0/role",
            "must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"PRESIDENT\"", true),
        edited("role in lower case", r -> at(r, "/board/seats/0").put("role", "chair"), "/board/seats/0/role",
            "must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"chair\"", true),
        edited("unknown event mode", r -> at(r, "/events/0").put("mode", "Präsenz"), "/events/0/mode",
            "must be one of VIRTUAL, IN_PERSON, HYBRID, but was \"Präsenz\"", true),
        // Nulls and shapes.
        edited("null for an optional value", r -> at(r, "/board/seats/0/person").putNull("title"),
            "/board/seats/0/person/title", "must not be null (leave the property out instead)", true),
        edited("string for a list", r -> at(r, "/events/0").put("sourceRows", "48"), "/events/0/sourceRows",
            "must be an array, but was the string \"48\"", true),
        edited("array for an object", r -> r.putArray("board"), "/board",
            "must be an object (Board), but was an array", true),
        // Money.
        edited("amount as a number", r -> at(r, "/members/0/annualFee").put("amount", 150),
            "/members/0/annualFee/amount", "must be a string, but was the number 150", true),
        edited("amount with three decimals", r -> at(r, "/members/0/annualFee").put("amount", "150.005"),
            "/members/0/annualFee/amount", "must be a decimal string with two decimal places", true),
        edited("unknown currency", r -> at(r, "/members/0/annualFee").put("currency", "EURO"),
            "/members/0/annualFee/currency", "must be an ISO 4217 currency code, e.g. \"EUR\", but was \"EURO\"", true),
        edited("currency missing", r -> at(r, "/members/0/annualFee").remove("currency"),
            "/members/0/annualFee/currency", "required property is missing", true),
        // Sets.
        edited("repeated item of a set", r -> ((ArrayNode) r.at("/statute/versions/0/membershipKinds")).add("PERSONAL"),
            "/statute/versions/0/membershipKinds/3", "repeats PERSONAL; the items of a set are distinct", true),
        // Invariants of the domain.
        edited("member neither person nor organisation", r -> at(r, "/members/0").remove("person"), "/members/0",
            "member P-001: exactly one of 'person' and 'organisation' must be set", false),
        edited("event ends before it starts", r -> at(r, "/events/0").put("endDate", "2024-11-20"), "/events/0",
            "event 2024-48: 'endDate' (2024-11-20) must not be before 'date' (2024-11-21)", false),
        // Constraints (Bean Validation).
        edited("blank name", r -> r.put("name", "   "), "/name", "must not be blank", true),
        edited("identifier with a space", r -> at(r, "/members/0").put("id", "P 001"), "/members/0/id",
            "must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)", true),
        edited("negative fee", r -> at(r, "/members/0/annualFee").put("amount", "-150.00"), "/members/0/annualFee",
            "must not be negative", false),
        edited("statute without version", r -> at(r, "/statute").remove("versions"), "/statute/versions",
            "size must be between 1 and 2147483647", false),
        edited("negative count of seats", r -> at(r, "/statute/versions/0").put("chairs", -1),
            "/statute/versions/0/chairs", "must be greater than or equal to 0", false),
        // Limits.
        edited("nesting too deep", r -> r.set("deep", JsonFixtures.tree(deep)), "", "the document exceeds a limit", false),
        edited("string too long", r -> r.put("purpose", "x".repeat(NextJson.DEFAULT_MAX_STRING_LENGTH + 1)), "",
            "the document exceeds a limit: String value length", false),
        text("number too long", BASE.replaceFirst("\"chairs\" : 1", "\"chairs\" : 123456789012345678901234"), "",
            "the document exceeds a limit: Number value length"))
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void what_the_schema_forbids_the_schema_rejects_too(Case bad) {
    if (bad.schemaRejects()) {
      assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA, bad.json())).as(bad.name()).isNotEmpty();
    }
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
