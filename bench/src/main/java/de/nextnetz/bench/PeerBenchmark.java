package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The board-election deadline rule and the two-reviewer admission rule, on the same data with the
 * same semantics: this library, Easy Rules 4.1.0, Drools 10 (stateless session, rules compiled in
 * the setup) and a hand-written loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class PeerBenchmark {

  /** The number of members (and of applications). */
  @Param({"10000", "100000"})
  public int members;

  private Association association;
  private DroolsPeer drools;

  /** Builds the association and compiles the Drools rules, once per trial. */
  @Setup
  public void build() {
    association = Generated.association(members, 42);
    drools = new DroolsPeer();
  }

  /** {@return the verdicts of this library} */
  @Benchmark
  public Verdicts library() {
    return LibraryPeer.verdicts(LibraryPeer.check(association, Generated.AS_OF));
  }

  /** {@return the verdicts of the hand-written loop} */
  @Benchmark
  public Verdicts handLoop() {
    return HandLoop.verdicts(association, Generated.AS_OF);
  }

  /** {@return the verdicts of Easy Rules} */
  @Benchmark
  public Verdicts easyRules() {
    return EasyRulesPeer.verdicts(association, Generated.AS_OF);
  }

  /** {@return the verdicts of Drools} */
  @Benchmark
  public Verdicts drools() {
    return drools.verdicts(association, Generated.AS_OF);
  }
}
