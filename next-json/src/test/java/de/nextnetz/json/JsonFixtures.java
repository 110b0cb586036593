package de.nextnetz.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.seeds.NextSeeds;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared pieces of the JSON tests. */
final class JsonFixtures {

  static final JsonMapper PLAIN = JsonMapper.builder().build();
  /** The association schema as a 2020-12 validator reads it by default: {@code format} annotates only. */
  static final Schema ASSOCIATION_SCHEMA = schema(NextJson.associationSchema());
  /** The association schema with format assertion on: {@code "format": "date"} is checked too. */
  static final Schema ASSOCIATION_SCHEMA_ASSERTING_FORMATS = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(NextJson.associationSchema());
  static final Schema CHECK_REPORT_SCHEMA = schema(NextJson.checkReportSchema());

  private JsonFixtures() {}

  static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(PLAIN.readTree(json));
  }

  static JsonNode tree(String json) {
    return PLAIN.readTree(json);
  }

  /**
   * A small association from the seeds: the chair of the 2024 board, one founder with a fee, the
   * two-day autumn conference of Table 1 (rows 48 and 49), and the NExT statute.
   */
  static Association smallNext() {
    return Association.builder()
        .name("Netzwerk – Experten digitale Transformation der Verwaltung")
        .shortName("NExT")
        .foundingDate(NextSeeds.FOUNDED)
        .seat("Berlin")
        .purpose("Volks- und Berufsbildung einschließlich der Studentenhilfe")
        .statute(NextSeeds.statute())
        .board(Board.builder()
            .addSeat(BoardSeat.of(Person.builder().id("kranstedt").title("Dr.").name("Alfred Kranstedt").build(),
                BoardRole.CHAIR))
            .addElection(Election.on(NextSeeds.ELECTION_2024))
            .build())
        .addMember(Member.builder().id("P-001").kind(MembershipKind.PERSONAL)
            .person(Person.of("p-001", "Gründungsmitglied 001 (Platzhalter)"))
            .start(NextSeeds.FOUNDED).founding(true).annualFee(Money.euros("150.00")).build())
        .addEvent(Event.builder().id("2024-48").date(LocalDate.of(2024, 11, 21)).endDate(LocalDate.of(2024, 11, 22))
            .format(EventFormat.NEXTPANEL_AUTUMN).title("Herbstkonferenz (MV)").mode(EventMode.IN_PERSON)
            .location("Berlin").addSourceRows(48, 49).build())
        .build();
  }
}
