package de.nextnetz.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A failure inside the tool is exit 3 with a sentence, never a finding (1) nor a stack trace without --debug. */
class InternalErrorTest {

  /** A clock that fails the way a bug would. */
  private static Clock failing(Supplier<? extends Throwable> failure) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return Next.BERLIN;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Throwable thrown = failure.get();
        if (thrown instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) thrown;
      }
    };
  }

  private static NextCliTest.Run run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Next.execute(new Next(clock), args, new PrintWriter(out), new PrintWriter(err));
    return new NextCliTest.Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "deadlines", "portfolio"})
  @DisplayName("Exit 3: an internal failure names what failed and asks for a report, without a Java exception name")
  void an_internal_failure_is_exit_3(String command) {
    NextCliTest.Run run = run(failing(() -> new IllegalStateException("the clock is broken")), command);

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("""
        next: internal error: the clock is broken
        next: this is a bug; please report it with the command line you used (add --debug to see where it happened).
        """);
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check --debug", "--debug check"})
  @DisplayName("--debug adds the stack trace; an Error such as lack of memory is exit 3 too")
  void debug_shows_where_and_errors_are_internal_too(String command) {
    NextCliTest.Run debug = run(failing(() -> new IllegalStateException("the clock is broken")), command.split(" "));
    assertThat(debug.code()).isEqualTo(3);
    assertThat(debug.err()).contains("next: internal error: the clock is broken").contains("at de.nextnetz.examples.cli");

    NextCliTest.Run memory = run(failing(OutOfMemoryError::new), "check");
    assertThat(memory.code()).isEqualTo(3);
    assertThat(memory.err()).startsWith("next: out of memory (a heap of ").contains("give java more with -Xmx");
  }
}
