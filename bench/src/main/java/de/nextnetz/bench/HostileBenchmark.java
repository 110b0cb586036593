package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.privacy.Pseudonyms;
import de.nextnetz.domain.privacy.Redaction;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.builtin.BuiltInRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The worst cases a hostile document reached before (issue 32), at 10,000 and 100,000: each must grow linearly,
 * so the time per item at 100k stays near the one at 10k. A check as of 2999-12-31 of members who each stayed one
 * day (every day a change of the member count); an event table of {@code size} rows against as many communities;
 * the redaction for publication of {@code size} members, every name replaced in every free text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class HostileBenchmark {

  /** The number of members, rows and communities. */
  @Param({"10000", "100000"})
  public int size;

  private Association oneDayMembers;
  private String table;
  private List<Community> communities;
  private Association generated;
  private Pseudonyms pseudonyms;

  /** Builds the inputs once per trial. */
  @Setup
  public void build() {
    Association base = Generated.association(10, 42);
    List<Member> members = new ArrayList<>(base.getMembers());
    LocalDate first = base.getFoundingDate().plusDays(1);
    for (int i = 0; i < size; i++) {
      LocalDate day = first.plusDays(i % 9_000);
      members.add(Member.builder().id("one-day-" + i).kind(MembershipKind.PERSONAL)
          .person(de.nextnetz.domain.base.Person.of("p-" + i, "Mitglied " + i)).start(day).end(day).build());
    }
    oneDayMembers = base.toBuilder().members(members).applications(List.of()).build();
    StringBuilder rows = new StringBuilder("Nr\tDatum\tFormat\tEvent\tOrt\n");
    communities = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      communities.add(Community.builder().id("c" + i).name("Community " + i).build());
      rows.append(i + 1).append('\t').append(String.format("%02d.%02d.2024", i % 28 + 1, i / 28 % 12 + 1))
          .append("\tNExTcommunity\tCommunity ").append(i).append("\tvirtuell\n");
    }
    table = rows.toString();
    generated = Generated.association(size, 42);
    pseudonyms = Pseudonyms.keyed("a key of the office for the benchmark");
  }

  /** The whole catalogue as of 2999-12-31 on {@code size} members of one day each. */
  @Benchmark
  public CheckReport checkOfOneDayMembers() {
    return BuiltInRules.engine().check(oneDayMembers, LocalDate.of(2999, 12, 31));
  }

  /** An event table of {@code size} community meetings read against {@code size} communities. */
  @Benchmark
  public EventTable.Result importOfEvents() {
    return EventTable.read(table, communities);
  }

  /** The generated association of {@code size} members redacted for publication. */
  @Benchmark
  public Association redactionForPublication() {
    return Redaction.forPublication(generated, pseudonyms, Set.of());
  }
}
