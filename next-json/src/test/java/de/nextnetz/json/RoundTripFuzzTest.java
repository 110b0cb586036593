package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.testing.Generators;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
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

    String written = LENIENT.writeAssociationAsString(association);
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
}
