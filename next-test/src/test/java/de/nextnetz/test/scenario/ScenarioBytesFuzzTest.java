package de.nextnetz.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.json.problem.NextJsonException;
import java.io.ByteArrayInputStream;

/** Any bytes read as a scenario give a scenario or the documented {@link NextJsonException}. */
class ScenarioBytesFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void any_bytes_read_as_a_scenario_give_a_value_or_the_documented_exception(byte[] bytes) {
    try {
      assertThat(Scenarios.read(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (NextJsonException expected) {
      assertThat(expected.getProblems()).isNotEmpty();
    }
  }
}
