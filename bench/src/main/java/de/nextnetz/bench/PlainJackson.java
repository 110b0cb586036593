package de.nextnetz.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer of the JSON binding: plain Jackson 3 databind of the same document into ordinary
 * mutable classes with public fields, as a user would write them without this library. The statute
 * and the network, a tiny part of the document, stay trees.
 */
@SuppressWarnings({"NullAway.Init", "MemberName"})
public final class PlainJackson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private PlainJackson() {}

  /** The document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Document {
    /** Format identifier. */ public String format;
    /** Format version. */ public int version;
    /** Name. */ public String name;
    /** Short name. */ public String shortName;
    /** Legal form. */ public String legalForm;
    /** Founding date. */ public LocalDate foundingDate;
    /** Seat. */ public String seat;
    /** Purpose. */ public String purpose;
    /** Statute, as a tree. */ public JsonNode statute;
    /** Board. */ public BoardDoc board;
    /** Members. */ public List<MemberDoc> members = new ArrayList<>();
    /** Applications. */ public List<ApplicationDoc> applications = new ArrayList<>();
    /** Communities. */ public List<CommunityDoc> communities = new ArrayList<>();
    /** Events. */ public List<EventDoc> events = new ArrayList<>();
    /** Assemblies. */ public List<AssemblyDoc> generalAssemblies = new ArrayList<>();
    /** Network, as a tree. */ public JsonNode network;
  }

  /** A person. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class PersonDoc {
    /** Id. */ public String id;
    /** Name. */ public String name;
    /** Title. */ public @Nullable String title;
  }

  /** An organisation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class OrganisationDoc {
    /** Id. */ public String id;
    /** Name. */ public String name;
    /** Kind. */ public String kind;
    /** Level. */ public @Nullable String level;
  }

  /** Money. */
  public static final class MoneyDoc {
    /** Amount. */ public String amount;
    /** Currency. */ public String currency;
  }

  /** A member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class MemberDoc {
    /** Id. */ public String id;
    /** Kind. */ public String kind;
    /** Person. */ public @Nullable PersonDoc person;
    /** Organisation. */ public @Nullable OrganisationDoc organisation;
    /** Start. */ public LocalDate start;
    /** End. */ public @Nullable LocalDate end;
    /** Fee. */ public @Nullable MoneyDoc annualFee;
    /** Application id. */ public @Nullable String applicationId;
    /** Founding. */ public boolean founding;
  }

  /** A review. */
  public static final class ReviewDoc {
    /** Reviewer. */ public String reviewerId;
    /** Day. */ public LocalDate date;
    /** Recommendation. */ public String recommendation;
  }

  /** A decision. */
  public static final class DecisionDoc {
    /** Day. */ public LocalDate date;
    /** Outcome. */ public String outcome;
  }

  /** An application. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class ApplicationDoc {
    /** Id. */ public String id;
    /** Applicant. */ public String applicantName;
    /** Member. */ public @Nullable String memberId;
    /** Kind. */ public String kind;
    /** Day. */ public LocalDate date;
    /** Reviews. */ public List<ReviewDoc> reviews = new ArrayList<>();
    /** Decision. */ public @Nullable DecisionDoc decision;
  }

  /** A board seat. */
  public static final class SeatDoc {
    /** Person. */ public PersonDoc person;
    /** Role. */ public String role;
    /** Elected on. */ public @Nullable LocalDate electedOn;
  }

  /** An election. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class ElectionDoc {
    /** Day. */ public LocalDate date;
    /** Assembly. */ public @Nullable String assemblyId;
    /** Whole board. */ public boolean wholeBoard;
  }

  /** The board. */
  public static final class BoardDoc {
    /** Seats. */ public List<SeatDoc> seats = new ArrayList<>();
    /** Elections. */ public List<ElectionDoc> elections = new ArrayList<>();
  }

  /** A community. */
  public static final class CommunityDoc {
    /** Id. */ public String id;
    /** Name. */ public String name;
  }

  /** An event. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class EventDoc {
    /** Id. */ public String id;
    /** Day. */ public LocalDate date;
    /** Last day. */ public @Nullable LocalDate endDate;
    /** Format. */ public String format;
    /** Title. */ public String title;
    /** Community. */ public @Nullable String communityId;
    /** Mode. */ public String mode;
    /** Location. */ public @Nullable String location;
    /** Audience. */ public String audience;
    /** Guests. */ public List<String> invitedGuests = new ArrayList<>();
    /** Rows. */ public List<Integer> sourceRows = new ArrayList<>();
  }

  /** A general assembly. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class AssemblyDoc {
    /** Id. */ public String id;
    /** Day. */ public LocalDate date;
    /** Status. */ public String status;
    /** Event. */ public @Nullable String eventId;
  }

  /**
   * Reads a document with plain databind.
   *
   * @param json the document
   * @return the mutable view
   */
  public static Document read(byte[] json) {
    return MAPPER.readValue(json, Document.class);
  }

  /**
   * Writes a document with plain databind, pretty-printed as the library writes.
   *
   * @param document the mutable view
   * @return the JSON
   */
  public static byte[] write(Document document) {
    return PRETTY.writeValueAsBytes(document);
  }

  /**
   * Writes a document with plain databind into a stream, pretty-printed as the library writes.
   *
   * @param document the mutable view
   * @param out where to write; not closed
   */
  public static void write(Document document, java.io.OutputStream out) {
    PRETTY.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, document);
  }

  /** Pretty-printed like the library's documents, so both write the same kind of text. */
  private static final tools.jackson.databind.ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  /**
   * Builds the mutable view of an association (setup, never measured), through the library's JSON.
   *
   * @param association the association
   * @return the view
   */
  public static Document from(Association association) {
    return read(NextJson.standard().writeAssociationAsString(association).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
