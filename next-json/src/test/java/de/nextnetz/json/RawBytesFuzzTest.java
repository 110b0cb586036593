package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Any bytes read as an association document give a value or the documented {@link NextJsonException}; nothing
 * else escapes (no I/O error for a strange encoding, no runtime exception from a value). One target a class: in
 * fuzzing mode Jazzer fuzzes one target a JVM, so each reader has a class of its own (and {@code .ci/run} a JVM
 * for each class)
 * ({@link PortfolioBytesFuzzTest}, {@code bank.StatementBytesFuzzTest}).
 */
class RawBytesFuzzTest {

  private static final NextJson JSON = NextJson.standard();

  @FuzzTest(maxDuration = "10s")
  void any_bytes_read_as_an_association_give_a_value_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(JSON.readAssociation(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (NextJsonException expected) {
      assertThat(expected.getProblems()).isNotEmpty();
    }
  }
}
