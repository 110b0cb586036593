package de.nextnetz.examples;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * NExT's 2024 data set as the examples and the {@code next} tool read it: JSON documents in this jar, read like any
 * association's or municipality's file. NExT is data: the documents are written from the test kit's fixtures
 * ({@code de.nextnetz.test.NextFixtures}, the seeds of the activity report 2024 and Wiesbaden's council resolution
 * Nr. 0057), and a test keeps both identical. Every call reads the document again and returns a new immutable value.
 */
public final class NextDataSet {

  /** The resource of NExT e. V. as of the activity report 2024. */
  public static final String ASSOCIATION = "/de/nextnetz/examples/next-2024.json";

  /** The resource of Wiesbaden's example portfolio: its membership in NExT and an illustrative second one. */
  public static final String PORTFOLIO = "/de/nextnetz/examples/wiesbaden-portfolio.json";

  /** The id of Wiesbaden's membership in NExT in {@link #PORTFOLIO}. */
  static final String WIESBADEN_IN_NEXT = "next-ev";

  /**
   * Reads the association read strictly but without Bean Validation: the document is written from validated seeds,
   * and validating it again would cost more than half of the tool's start-up (Hibernate Validator's bootstrap and
   * its first pass over 116 members).
   */
  private static final NextJson TRUSTED = NextJson.builder().validate(false).build();

  private NextDataSet() {}

  /** {@return NExT e. V.: its statute, the board elected on 21 November 2024, Table 1's 57 events, its members} */
  public static Association association() {
    return read(ASSOCIATION, TRUSTED::readAssociation);
  }

  /** {@return Wiesbaden's example portfolio: its membership in NExT and an illustrative second one} */
  public static MunicipalPortfolio wiesbadenPortfolio() {
    return read(PORTFOLIO, TRUSTED::readPortfolio);
  }

  /** {@return Wiesbaden's membership in NExT under council resolution Nr. 0057 of 21 March 2024} */
  public static MunicipalMembership wiesbadenMembership() {
    return wiesbadenPortfolio().getMemberships().stream()
        .filter(membership -> membership.getId().equals(WIESBADEN_IN_NEXT))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(PORTFOLIO + " lacks the membership " + WIESBADEN_IN_NEXT));
  }

  private static <T> T read(String resource, Function<InputStream, T> reader) {
    try (InputStream in = NextDataSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
