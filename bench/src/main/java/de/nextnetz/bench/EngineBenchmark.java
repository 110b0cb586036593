package de.nextnetz.bench;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.RuleEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The full built-in catalogue over associations of 1k to 1M members: how cost grows with size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class EngineBenchmark {

  /** The number of members. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int members;

  private Association association;
  private final RuleEngine<de.nextnetz.domain.Association> engine = BuiltInRules.engine();

  /** Builds the association once per trial. */
  @Setup
  public void build() {
    association = Generated.association(members, 42);
  }

  /**
   * Runs the whole catalogue.
   *
   * @return the report
   */
  @Benchmark
  public CheckReport fullCatalogue() {
    return engine.check(association, Generated.AS_OF);
  }
}
