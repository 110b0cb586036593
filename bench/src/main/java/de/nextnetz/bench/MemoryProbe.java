package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Retained heap per member: the heap in use after full collections with the association held,
 * minus without it, divided by the members. Also prints the size of the 10k-member document.
 */
public final class MemoryProbe {

  private MemoryProbe() {}

  /**
   * Measures and prints {@code key=value} lines.
   *
   * @param args the number of members (default 1,000,000), and optionally a file to append to
   * @throws Exception if the output file cannot be written
   */
  public static void main(String[] args) throws Exception {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long before = used();
    Association association = Generated.association(members, 42);
    long after = used();
    double perMember = (after - before) / (double) members;
    int documentBytes = de.nextnetz.json.NextJson.standard()
        .writeAssociationAsString(Generated.association(10_000, 42)).getBytes(StandardCharsets.UTF_8).length;
    // The same association as an office has it: read from its document. The reader takes lists of up to
    // NextJson.MAX_LIST_ITEMS, so this one has 100,000 members; the document's bytes are held in both measurements.
    int readMembers = Math.min(members, de.nextnetz.json.NextJson.MAX_LIST_ITEMS);
    byte[] document = de.nextnetz.json.NextJson.standard()
        .writeAssociationAsString(Generated.association(readMembers, 42)).getBytes(StandardCharsets.UTF_8);
    de.nextnetz.json.NextJson reader = de.nextnetz.json.NextJson.builder().validate(false)
        .maxDocumentLength(document.length).build();
    long beforeRead = used();
    Association read = reader.readAssociation(new java.io.ByteArrayInputStream(document));
    long afterRead = used();
    double readPerMember = (afterRead - beforeRead) / (double) readMembers;
    String text = String.format(Locale.ROOT, "members=%d%nretainedBytes=%d%nbytesPerMember=%.1f%ndocumentBytes10k=%d%nrules=%d%n"
        + "readMembers=%d%nreadBytesPerMember=%.1f%n",
        members, after - before, perMember, documentBytes,
        de.nextnetz.rules.builtin.BuiltInRules.engine().rules().size(), readMembers, readPerMember);
    System.out.print(text);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
    }
    if (association.getMembers().size() != members || read.getMembers().size() != readMembers) {
      throw new IllegalStateException("association lost members");
    }
  }

  private static long used() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
