package de.nextnetz.domain.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.validation.DomainValidator;
import java.time.LocalDate;
import java.util.Random;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IBAN, creditor identifier and mandate reference: the reference's vectors 42–49, and iban4j as a second opinion. */
class IbanTest {

  @Test
  @DisplayName("ISO 13616, vector 42: the seed's IBAN DE46 4306 0967 1343 0843 00 is valid; electronic and paper forms")
  void the_seed_iban_is_valid() {
    Iban iban = new Iban("DE46 4306 0967 1343 0843 00");
    assertThat(iban.electronic()).isEqualTo("DE46430609671343084300");
    assertThat(iban.paper()).isEqualTo("DE46 4306 0967 1343 0843 00");
    assertThat(iban.isNormalised()).isFalse();
    assertThat(iban.country()).isEqualTo("DE");
    assertThat(iban.toString()).isEqualTo("DE46…00").doesNotContain("4306");
  }

  @Test
  @DisplayName("ISO 13616, vectors 43–45: a changed digit, swapped check digits and a missing digit are refused, saying why without the number")
  void wrong_ibans_are_refused() {
    assertThat(Iban.problem("DE46430609671343084301")).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Iban.Problem.Kind.CHECK_DIGITS);
      assertThat(p.expected()).isEqualTo(19);
    });
    assertThat(Iban.isValid("DE19430609671343084301")).isTrue();
    assertThat(Iban.problem("DE64430609671343084300")).hasValueSatisfying(p -> assertThat(p.expected()).isEqualTo(46));
    assertThat(Iban.problem("DE4643060967134308430")).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Iban.Problem.Kind.LENGTH);
      assertThat(p.describe()).isEqualTo("an IBAN of DE has 22 characters, this one 21");
    });
    assertThatThrownBy(() -> new Iban("DE64430609671343084300")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("430609671343084300");
    assertThat(Iban.problem("XX46430609671343084300")).hasValueSatisfying(
        p -> assertThat(p.kind()).isEqualTo(Iban.Problem.Kind.COUNTRY));
    assertThat(Iban.problem("46DE")).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(Iban.Problem.Kind.FORM));
  }

  @Test
  @DisplayName("ISO 13616, vector 46: small letters are valid once upper-cased and are kept as written (not normalised)")
  void lower_case_is_kept_and_flagged() {
    Iban iban = new Iban("de46430609671343084300");
    assertThat(iban.isNormalised()).isFalse();
    assertThat(iban.text()).isEqualTo("de46430609671343084300");
    assertThat(iban.electronic()).isEqualTo("DE46430609671343084300");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013000", "DE41500105170123456789", "DE29100100100987654321"})
  @DisplayName("ISO 13616, vector 47: the well-known German test IBANs are valid")
  void known_valid_ibans(String text) {
    assertThat(Iban.isValid(text)).isTrue();
    assertThat(IbanUtil.isValid(text)).isTrue();
  }

  @Test
  @DisplayName("ISO 13616: 20,000 random German and European IBANs, each with one digit changed, judged alike by iban4j")
  void agrees_with_iban4j() {
    Random random = new Random(26);
    String[][] countries = {{"DE", "18"}, {"AT", "16"}, {"NL", "4"}, {"FR", "23"}, {"BE", "12"}, {"IT", "23"}};
    for (int k = 0; k < 10_000; k++) {
      String[] country = countries[random.nextInt(countries.length)];
      String bban = bban(country[0], Integer.parseInt(country[1]), random);
      String valid = Iban.of(country[0], bban).electronic();
      assertThat(IbanUtil.isValid(valid)).as(valid).isTrue();
      char[] changed = valid.toCharArray();
      int at = 4 + random.nextInt(changed.length - 4);
      if (Character.isDigit(changed[at])) {
        changed[at] = (char) ('0' + (changed[at] - '0' + 1 + random.nextInt(9)) % 10);
      }
      String other = new String(changed);
      assertThat(Iban.isValid(other)).as(other).isEqualTo(IbanUtil.isValid(other));
    }
  }

  /** A national account number of the country's length (NL: four letters of the bank, IT: a letter key first). */
  private static String bban(String country, int digits, Random random) {
    StringBuilder bban = new StringBuilder();
    if (country.equals("NL")) {
      bban.append("ABNA");
      digits = 10;
    }
    if (country.equals("IT")) {
      bban.append((char) ('A' + random.nextInt(26)));
      digits = 22;
    }
    for (int k = 0; k < digits; k++) {
      bban.append((char) ('0' + random.nextInt(10)));
    }
    return bban.toString();
  }

  @Test
  @DisplayName("Bundesbank, vector 48: DE98ZZZ09999999999 and DE98ABC09999999999 are valid (the business code is not checked), DE97ZZZ… is not")
  void creditor_identifiers() {
    assertThat(CreditorId.problem("DE98ZZZ09999999999")).isEmpty();
    assertThat(CreditorId.problem("DE98ABC09999999999")).isEmpty();
    assertThat(new CreditorId("DE98ABC09999999999").businessCode()).isEqualTo("ABC");
    assertThat(CreditorId.problem("DE97ZZZ09999999999")).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(CreditorId.Problem.Kind.CHECK_DIGITS);
      assertThat(p.expected()).isEqualTo("98");
    });
    assertThat(CreditorId.problem("DE98ZZZ0999999999")).hasValueSatisfying(
        p -> assertThat(p.kind()).isEqualTo(CreditorId.Problem.Kind.GERMAN_FORM));
    assertThat(CreditorId.problem("de98zzz09999999999")).hasValueSatisfying(
        p -> assertThat(p.kind()).isEqualTo(CreditorId.Problem.Kind.FORM));
  }

  @Test
  @DisplayName("EPC / DK Anlage 3, vector 49: NEXT-M-0078 is a reference; 36 characters, an umlaut, a leading slash or // are not")
  void mandate_references() {
    assertThat(violations("NEXT-M-0078")).isZero();
    assertThat(violations("NEXT M 0078")).as("a space is allowed; the rules warn").isZero();
    assertThat(violations("M".repeat(35))).isZero();
    assertThat(violations("M".repeat(36))).isEqualTo(1);
    assertThat(violations("NÄXT-1")).isEqualTo(1);
    assertThat(violations("/NEXT1")).isEqualTo(1);
    assertThat(violations("NEXT1/")).isEqualTo(1);
    assertThat(violations("NE//XT1")).isEqualTo(1);
  }

  private static int violations(String reference) {
    Mandate mandate = Mandate.builder().reference(reference).signedOn(LocalDate.of(2024, 1, 15))
        .iban(new Iban("DE46430609671343084300")).build();
    return DomainValidator.standard().validate(mandate).size();
  }
}
