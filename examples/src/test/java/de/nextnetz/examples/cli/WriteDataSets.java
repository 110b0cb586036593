package de.nextnetz.examples.cli;

import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.examples.WiesbadenPortfolio;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the documents the tool embeds, and the Musterverein beside it, from the seeds: NExT's 2024 data set, Wiesbaden's
 * example portfolio and {@code examples/musterverein.json}. The seeds are the fixtures of the library's tests; the tool
 * and the examples read the documents, as they read any association's file. {@code NextCliTest} keeps both identical.
 */
final class WriteDataSets {

  private WriteDataSets() {}

  /**
   * Writes the documents.
   *
   * @param args the folder to write {@code next-2024.json} and {@code wiesbaden-portfolio.json} into, e.g.
   *     {@code examples/src/main/resources/de/nextnetz/examples}; then, optionally, where to write the
   *     Musterverein (default {@code examples/musterverein.json})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    NextJson.standard().writeAssociation(NextSeeds.association(), folder.resolve("next-2024.json"));
    Files.writeString(folder.resolve("wiesbaden-portfolio.json"),
        NextJson.standard().writePortfolioAsString(WiesbadenPortfolio.portfolio(NextSeeds.wiesbadenMembership())));
    Files.writeString(Path.of(args.length > 1 ? args[1] : "examples/" + DataSet.MUSTERVEREIN),
        NextJson.standard().writeAssociationAsString(Musterverein.association()));
  }
}
