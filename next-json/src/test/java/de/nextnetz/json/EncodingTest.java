package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.JsonProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8259, 8.1: documents are UTF-8; everything else is refused with the documented exception. */
class EncodingTest {

  private static final String DOCUMENT = NextJson.standard().writeAssociationAsString(JsonFixtures.smallNext());

  private static NextJsonException refused(byte[] bytes) {
    return catchThrowableOfType(NextJsonException.class,
        () -> NextJson.standard().readAssociation(new ByteArrayInputStream(bytes)));
  }

  @Test
  @DisplayName("UTF-8 with or without a byte-order mark is read")
  void utf8_with_or_without_bom() {
    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    withBom.writeBytes(DOCUMENT.getBytes(StandardCharsets.UTF_8));
    assertThat(NextJson.standard().readAssociation(new ByteArrayInputStream(withBom.toByteArray())))
        .isEqualTo(JsonFixtures.smallNext());
    assertThat(NextJson.standard().readAssociation(DOCUMENT)).isEqualTo(JsonFixtures.smallNext());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "UTF-16BE|a NUL byte at offset 0",
      "UTF-16LE|a NUL byte at offset 1",
      "UTF-16|byte 0xFE at offset 0",
      "UTF-32BE|a NUL byte at offset 0"})
  @DisplayName("UTF-16 and UTF-32 documents are refused with a problem, not read nor thrown as an I/O error")
  void other_encodings_are_refused(String charset, String where) {
    NextJsonException refused = refused(DOCUMENT.getBytes(java.nio.charset.Charset.forName(charset)));

    assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEmpty();
      assertThat(problem.message()).startsWith("the document is not UTF-8").contains(where);
    });
  }

  @Test
  @DisplayName("What fuzzing found: bytes that announce UTF-32 give the documented exception, not UncheckedIOException")
  void the_utf32_fuzz_findings() {
    assertThat(refused(new byte[] {0, 0, 0, '{'}).getMessage()).contains("a NUL byte at offset 0");
    assertThat(refused(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0}).getMessage()).contains("NUL byte");
    assertThat(refused(new byte[] {'{', 0, 0, 0}).getMessage()).contains("a NUL byte at offset 1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "overlong slash C0 AF|C0AF|byte 0xC0 at offset 12",
      "encoded surrogate ED A0 80|EDA080|byte 0xA0 at offset 13",
      "beyond U+10FFFF F4 90 80 80|F4908080|byte 0x90 at offset 13",
      "Windows-1252 ä|E4|ends within a multi-byte character",
      "lone continuation byte 80|80|byte 0x80 at offset 12"})
  @DisplayName("Invalid UTF-8 is refused with the offset of the bad byte")
  void invalid_utf8_is_refused_with_its_offset(String name, String hex, String where) {
    byte[] prefix = "{\"name\" : \"x".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] bytes = new byte[prefix.length + bad.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    System.arraycopy(bad, 0, bytes, prefix.length, bad.length);

    assertThat(refused(bytes).getProblems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("the document is not UTF-8").contains(where));
  }

  @Test
  @DisplayName("An escaped lone surrogate stands for no character and is refused where it stands")
  void lone_surrogates_are_refused() {
    String json = DOCUMENT.replace("\"Alfred Kranstedt\"", "\"Alfred \\ud800Kranstedt\"");

    assertThat(refused(json.getBytes(StandardCharsets.UTF_8)).getProblems()).extracting(JsonProblem::toString)
        .containsExactly("/board/seats/0/person/name: must be text, but holds the unpaired surrogate \\uD800 at index 7,"
            + " which is no character");
  }
  @Test
  @DisplayName("An escaped U+0000 is refused in identifiers and names, through the facade and a plain mapper alike")
  void an_escaped_nul_is_refused_in_identifiers_and_names() {
    String inName = DOCUMENT.replaceFirst("\"name\" : \"", "\"name\" : \"NExT\\\\u0000 ");
    String inId = DOCUMENT.replaceFirst("\"id\" : \"", "\"id\" : \"\\\\u0000");

    assertThat(refused(inName.getBytes(StandardCharsets.UTF_8)).getProblems()).extracting(JsonProblem::toString)
        .containsExactly("/name: must not contain the character U+0000 (at index 4)");
    assertThat(refused(inId.getBytes(StandardCharsets.UTF_8)).getProblems()).extracting(JsonProblem::pointer)
        .singleElement().asString().endsWith("/id");
    NextJsonException plain = catchThrowableOfType(NextJsonException.class, () -> tools.jackson.databind.json.JsonMapper
        .builder().findAndAddModules().build().readValue(inName, de.nextnetz.domain.Association.class));
    assertThat(plain.getProblems()).extracting(JsonProblem::toString)
        .containsExactly("/name: must not contain the character U+0000 (at index 4)");
  }

  @Test
  @DisplayName("The writer does not write U+0000, which no reader of the format reads back")
  void the_writer_refuses_a_nul() {
    var named = de.nextnetz.domain.ImmutableAssociation.copyOf(JsonFixtures.smallNext()).withName("NExT\u0000 e. V.");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> NextJson.standard().writeAssociationAsString(named))
        .withMessage("cannot write /name: the text holds the character U+0000 at index 4, which the format does not carry");
  }
}
