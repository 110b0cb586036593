package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading (with and without validation) and writing a 10k-member document, against plain Jackson databind. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class JsonBenchmark {

  /** The number of members. */
  @Param({"10000"})
  public int members;

  private final NextJson validating = NextJson.standard();
  private final NextJson unvalidated = NextJson.builder().validate(false).build();
  private Association association;
  private byte[] document;
  private PlainJackson.Document plain;

  /** Builds the association and its document once per trial. */
  @Setup
  public void build() {
    association = Generated.association(members, 42);
    document = validating.writeAssociationAsString(association).getBytes(StandardCharsets.UTF_8);
    plain = PlainJackson.from(association);
  }

  /** {@return the association, read strictly and validated} */
  @Benchmark
  public Association readValidated() {
    return validating.readAssociation(new ByteArrayInputStream(document));
  }

  /** {@return the association, read strictly without Bean Validation} */
  @Benchmark
  public Association readUnvalidated() {
    return unvalidated.readAssociation(new ByteArrayInputStream(document));
  }

  /** {@return the document, written by the library} */
  @Benchmark
  public String write() {
    return validating.writeAssociationAsString(association);
  }

  /** {@return the document, read by plain Jackson databind into mutable classes} */
  @Benchmark
  public PlainJackson.Document plainRead() {
    return PlainJackson.read(document);
  }

  /** {@return the document, written by plain Jackson databind} */
  @Benchmark
  public byte[] plainWrite() {
    return PlainJackson.write(plain);
  }

  /** {@return the size of the document in bytes, for MB/s} */
  public int documentBytes() {
    return document.length;
  }
}
