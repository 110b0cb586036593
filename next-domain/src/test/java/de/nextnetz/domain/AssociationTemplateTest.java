package de.nextnetz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.validation.DomainValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssociationTemplateTest {

  @Test
  @DisplayName("§ 57 Abs. 1 BGB: the template's Satzung and purpose read as German documents (no English placeholder)")
  void the_template_reads_as_a_german_document() {
    Association template = AssociationTemplate.of("Sportfreunde Wiesental", "Wiesbaden", LocalDate.of(2019, 3, 1));
    assertThat(template.getStatute().getVersions().get(0).getSource())
        .isEqualTo("Satzung Sportfreunde Wiesental e. V. vom 1. März 2019 (Vorlage: jeden Wert durch seine Klausel"
            + " ersetzen)");
    assertThat(template.getPurpose()).isEqualTo("Der Zweck des Vereins, wie ihn § 2 der Satzung nennt (bitte eintragen)");
    assertThat(DomainValidator.forLocale(java.util.Locale.GERMAN).validate(template)).isEmpty();
  }
}
