package de.nextnetz.json;

import de.nextnetz.json.problem.NextJsonException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.testing.Generators;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoField;
import java.util.List;

class RoundTripFuzzTest {

  private static final NextJson LENIENT = NextJson.builder().validate(false).build();

  /**
   * Write then read gives an equal association, for any generated one; a valid one also validates
   * against the schema and reads with validation, an invalid one yields one problem per violation.
   */
  @FuzzTest
  void write_then_read_gives_an_equal_association(FuzzedDataProvider data) {
    Association association = new Generators(data).association();

    String written;
    try {
      written = LENIENT.writeAssociationAsString(association);
    } catch (IllegalArgumentException refused) {
      // The one text the format does not carry: U+0000, which the reader refuses too.
      assertThat(refused).hasMessageStartingWith("cannot write /").hasMessageContaining("U+0000");
      assertThat(association.toString()).contains("\u0000");
      return;
    }
    assertThat(LENIENT.readAssociation(written)).isEqualTo(association);

    List<Violation> violations = DomainValidator.standard().validate(association);
    if (violations.isEmpty()) {
      assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA, written)).isEmpty();
      assertThat(NextJson.standard().readAssociation(written)).isEqualTo(association);
    } else {
      NextJsonException thrown = catchThrowableOfType(NextJsonException.class,
          () -> NextJson.standard().readAssociation(written));
      assertThat(thrown.getProblems()).hasSameSizeAs(violations);
    }
  }

  private static LocalDate extremeDate(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> LocalDate.of(0, 1, 1);
      case 1 -> LocalDate.of(9999, 12, 31);
      case 2 -> LocalDate.of(-1, 12, 31);
      case 3 -> LocalDate.of(10_000, 1, 1);
      case 4 -> LocalDate.MIN;
      case 5 -> LocalDate.MAX;
      case 6 -> LocalDate.of(data.consumeInt(0, 9999), 2, 28).plusDays(data.consumeInt(0, 1));
      default -> LocalDate.ofEpochDay(data.consumeLong(ChronoField.EPOCH_DAY.range().getMinimum(),
          ChronoField.EPOCH_DAY.range().getMaximum()));
    };
  }

  private static long extremeCents(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> Long.MAX_VALUE;
      case 1 -> Long.MIN_VALUE;
      case 2 -> 0;
      case 3 -> -1;
      case 4 -> 99_999_999_999_999_999L;
      default -> data.consumeLong();
    };
  }

  /**
   * For extreme dates, amounts and periods: what the writer writes, the reader reads back equal
   * (and the schema accepts), or the writer refuses it with the pointer, because the format cannot
   * carry it: a year outside 0000–9999 or negative money. Nothing is written that cannot be read.
   */
  @FuzzTest
  void extreme_values_are_read_back_equal_or_refused_by_the_writer(FuzzedDataProvider data) {
    Association base = JsonFixtures.smallNext();
    LocalDate founding = extremeDate(data);
    LocalDate start = data.consumeBoolean() ? founding : extremeDate(data);
    long cents = extremeCents(data);
    Period period = data.consumeBoolean()
        ? Period.of(data.consumeInt(0, 999), data.consumeInt(0, 999), data.consumeInt(1, 999))
        : Period.of(data.consumeInt(0, Integer.MAX_VALUE), data.consumeInt(0, Integer.MAX_VALUE),
            data.consumeInt(1, Integer.MAX_VALUE));
    Association extreme = ImmutableAssociation.copyOf(base).withFoundingDate(founding)
        .withMembers(ImmutableMember.copyOf(base.getMembers().get(0)).withStart(start)
            .withAnnualFee(Money.ofCents(cents, Money.EUR)))
        .withStatute(Statute.of(ImmutableStatuteVersion.copyOf(base.getStatute().getVersions().get(0))
            .withReElectionWithin(period)));
    boolean carried = founding.getYear() >= 0 && founding.getYear() <= 9999 && start.getYear() >= 0
        && start.getYear() <= 9999 && cents >= 0 && cents <= 99_999_999_999_999_999L
        && period.getYears() <= 999 && period.getMonths() <= 999 && period.getDays() <= 999;

    String written;
    try {
      written = LENIENT.writeAssociationAsString(extreme);
    } catch (IllegalArgumentException refused) {
      assertThat(carried).as("refused although the format carries it: " + refused.getMessage()).isFalse();
      assertThat(refused).hasMessageStartingWith("cannot write /");
      return;
    }
    assertThat(carried).as("written although the format cannot carry it").isTrue();
    assertThat(LENIENT.readAssociation(written)).isEqualTo(extreme);
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA_ASSERTING_FORMATS, written)).isEmpty();
  }
}
