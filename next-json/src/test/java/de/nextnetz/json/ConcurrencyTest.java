package de.nextnetz.json;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.RuleEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One {@link RuleEngine} and one {@link NextJson} shared by eight threads that check, write and read
 * varied associations give exactly what one thread gives.
 */
class ConcurrencyTest {

  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();
  private static final NextJson JSON = NextJson.standard();

  /** NExT with its board elected on different days, checked on different days: varied findings. */
  private static List<Association> associations() {
    List<Association> all = new ArrayList<>();
    ImmutableAssociation next = ImmutableAssociation.copyOf(NextSeeds.association());
    for (int i = 0; i < 6; i++) {
      LocalDate elected = LocalDate.of(2022 + i % 3, 1 + i, 10 + i);
      all.add(next.withBoard(ImmutableBoard.copyOf(next.getBoard()).withElections(Election.on(elected))));
    }
    all.add(JsonFixtures.smallNext());
    return all;
  }

  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1),
      LocalDate.of(2026, 11, 22));

  /** What one case gives: the report, its JSON in German, and the association read back from its JSON. */
  private record Result(CheckReport report, String reportJson, Association readBack) {}

  private static Result run(Association association, LocalDate day) {
    CheckReport report = ENGINE.check(association, day);
    return new Result(report, JSON.writeCheckReportAsString(report, Locale.GERMAN),
        JSON.readAssociation(JSON.writeAssociationAsString(association)));
  }

  @Test
  @DisplayName("Eight threads sharing one engine and one NextJson get exactly the single-threaded results")
  void eight_threads_get_the_single_threaded_results() throws Exception {
    List<Association> associations = associations();
    List<Result> expected = new ArrayList<>();
    for (Association association : associations) {
      for (LocalDate day : DAYS) {
        expected.add(run(association, day));
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        futures.add(pool.submit(() -> {
          int compared = 0;
          for (int round = 0; round < 2; round++) {
            for (int k = 0; k < expected.size(); k++) {
              int index = (k + offset * 3 + round) % expected.size();
              Result actual = run(associations.get(index / DAYS.size()), DAYS.get(index % DAYS.size()));
              Result wanted = expected.get(index);
              assertThat(actual.report()).isEqualTo(wanted.report());
              assertThat(actual.reportJson()).isEqualTo(wanted.reportJson());
              assertThat(actual.readBack()).isEqualTo(wanted.readBack());
              compared++;
            }
          }
          return compared;
        }));
      }
      int total = 0;
      for (Future<Integer> future : futures) {
        total += future.get(120, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(8 * 2 * expected.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.stream().map(r -> r.report().findings().size()).distinct().count())
        .as("the cases differ, so a mix-up would show").isGreaterThan(2);
  }
}
