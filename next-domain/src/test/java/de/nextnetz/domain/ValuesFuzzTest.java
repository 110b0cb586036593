package de.nextnetz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.testing.Generators;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
import java.util.List;

class ValuesFuzzTest {

  /** A value built from another ({@code from}, {@code copyOf}, {@code with…}) equals it. */
  @FuzzTest
  void a_value_built_from_another_equals_it(FuzzedDataProvider data) {
    Association association = new Generators(data).association();

    Association rebuilt = Association.builder().from(association).build();
    assertThat(rebuilt).isEqualTo(association).hasSameHashCodeAs(association);
    assertThat(ImmutableAssociation.copyOf(association)).isSameAs(association);
    assertThat(ImmutableAssociation.copyOf(association).withName(association.getName()))
        .isEqualTo(association);
    assertThat(ImmutableAssociation.copyOf(association).withMembers(association.getMembers()))
        .isEqualTo(association);
  }

  /** Validation never throws for any generated value: it reports, sorted and repeatable. */
  @FuzzTest
  void validation_reports_and_never_throws(FuzzedDataProvider data) {
    Association association = new Generators(data).association();

    List<Violation> first = DomainValidator.standard().validate(association);
    List<Violation> again = DomainValidator.standard().validate(association);

    assertThat(first).isSorted().isEqualTo(again);
    assertThat(first).allSatisfy(violation -> assertThat(violation.message()).isNotBlank());
  }
}
