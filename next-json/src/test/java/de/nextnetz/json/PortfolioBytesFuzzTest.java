package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.json.problem.NextJsonException;
import java.io.ByteArrayInputStream;

/** Any bytes read as a portfolio document give a value or the documented {@link NextJsonException}. */
class PortfolioBytesFuzzTest {

  private static final NextJson JSON = NextJson.standard();

  @FuzzTest(maxDuration = "10s")
  void any_bytes_read_as_a_portfolio_give_a_value_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(JSON.readPortfolio(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (NextJsonException expected) {
      assertThat(expected.getProblems()).isNotEmpty();
    }
  }
}
