package de.nextnetz.examples;

import de.nextnetz.domain.Association;
import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.problem.NextJsonException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Example: write NExT e. V. as JSON, read it back, and see what a broken document reports. */
public final class ReadAndWriteJson {

  private ReadAndWriteJson() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    NextJson json = NextJson.standard();
    String document = json.writeAssociationAsString(NextDataSet.association());
    Association read = json.readAssociation(document);
    out.println("Wrote " + document.length() + " characters; read back equal: " + read.equals(NextDataSet.association()));

    String broken = document
        .replace("\"role\" : \"CHAIR\"", "\"role\" : \"PRESIDENT\"")
        .replace("\"foundingDate\" : \"2018-07-12\"", "\"foundingDate\" : \"2018-02-30\"");
    try {
      json.readAssociation(broken);
    } catch (NextJsonException e) {
      for (JsonProblem problem : e.getProblems()) {
        out.println("Problem: " + problem);
      }
    }
  }
}
