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

  /**
   * Writes the document with the library into a sink that counts its bytes, as {@link #plainWrite()} does.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public long write() {
    CountingSink sink = new CountingSink();
    validating.writeAssociation(association, sink);
    return sink.count;
  }

  /** {@return the document, read by plain Jackson databind into mutable classes} */
  @Benchmark
  public PlainJackson.Document plainRead() {
    return PlainJackson.read(document);
  }

  /**
   * Writes the document with plain Jackson databind into a sink that counts its bytes (both write into a stream: a
   * byte array or a string at the end would time a copy that is neither's work).
   *
   * @return the number of bytes written
   */
  @Benchmark
  public long plainWrite() {
    CountingSink sink = new CountingSink();
    PlainJackson.write(plain, sink);
    return sink.count;
  }

  /** An output stream that only counts. */
  static final class CountingSink extends java.io.OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** {@return the size of the document in bytes, for MB/s} */
  public int documentBytes() {
    return document.length;
  }
}
