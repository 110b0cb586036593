package de.nextnetz.json;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallerStreamsTest {

  /** An output stream that remembers whether it was closed. */
  static final class Recording extends FilterOutputStream {
    boolean closed;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  /** An input stream that remembers whether it was closed. */
  static final class RecordingInput extends FilterInputStream {
    boolean closed;

    RecordingInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  @DisplayName("Writing a check report to System.out-like streams leaves them open, so later lines still print")
  void streams_of_the_caller_are_never_closed() throws IOException {
    NextJson json = NextJson.standard();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Recording out = new Recording(bytes);

    json.writeCheckReport(BuiltInRules.engine().check(NextSeeds.association(), LocalDate.of(2026, 11, 22)),
        Locale.GERMAN, out);
    json.writeAssociation(NextSeeds.association(), out);
    out.write("after\n".getBytes(StandardCharsets.UTF_8));

    assertThat(out.closed).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"format\" : \"nextnetz.check-report\"")
        .contains("\"format\" : \"nextnetz.association\"").endsWith("after\n");

    RecordingInput in = new RecordingInput(new ByteArrayInputStream(
        json.writeAssociationAsString(NextSeeds.association()).getBytes(StandardCharsets.UTF_8)));
    assertThat(json.readAssociation(in)).isEqualTo(NextSeeds.association());
    assertThat(in.closed).isFalse();
  }
}
