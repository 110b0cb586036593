package de.nextnetz.json.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;

/**
 * Any bytes read as a camt.053 bank statement give a statement or the documented {@link Camt053.NotAStatement};
 * nothing else escapes, and the JDK's XML parser prints nothing of its own.
 */
class StatementBytesFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void any_bytes_read_as_a_bank_statement_give_a_statement_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(Camt053.read(bytes, Locale.GERMAN).entries()).isNotNull();
    } catch (Camt053.NotAStatement expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
