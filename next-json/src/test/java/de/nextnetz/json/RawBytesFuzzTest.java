package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Any bytes given to a reader give a value or the documented exception ({@link NextJsonException}, for a bank
 * statement {@code Camt053.NotAStatement}); nothing
 * else escapes (no I/O error for a strange encoding, no runtime exception from a value).
 */
class RawBytesFuzzTest {

  private static final NextJson JSON = NextJson.standard();

  @FuzzTest(maxDuration = "30s")
  void any_bytes_read_as_an_association_give_a_value_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(JSON.readAssociation(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (NextJsonException expected) {
      assertThat(expected.getProblems()).isNotEmpty();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_read_as_a_portfolio_give_a_value_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(JSON.readPortfolio(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (NextJsonException expected) {
      assertThat(expected.getProblems()).isNotEmpty();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_read_as_a_bank_statement_give_a_statement_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(de.nextnetz.json.bank.Camt053.read(bytes, java.util.Locale.GERMAN).entries()).isNotNull();
    } catch (de.nextnetz.json.bank.Camt053.NotAStatement expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
