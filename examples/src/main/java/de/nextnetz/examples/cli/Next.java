package de.nextnetz.examples.cli;

import de.nextnetz.domain.base.Echo;

import de.nextnetz.json.NextJson;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.NextJsonModule;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code next}: statute checks of NExT e. V. and its data on the command line.
 *
 * <pre>
 * next init FILE [--name NAME] [--seat SEAT] [--founded DATE] [--force]
 * next check [FILE] [--as-of DATE] [--format text|json] [--lang de|en]
 * next deadlines [FILE] [--from DATE] [--days N] [--format text|json|ics] [--lang de|en]
 * next report [FILE] --year YYYY [--format text|json|html|markdown] [--lang de|en]
 * next validate FILE
 * next import-events TABLE [--output FILE [--force]]
 * next import-members TABLE [--into FILE] [--output FILE [--force]]
 * next export members|events|deadlines|budget-lines [FILE] [--year YYYY] [--from DATE] [--days N] [--output FILE]
 * next portfolio [FILE] [--year YYYY] [--as-of DATE] [--lang de|en]
 * next person ID [FILE] [--as-of DATE] [--format text|json|html] [--lang de|en]
 * next erase ID FILE --output NEW [--force] [--as-of DATE] [--format text|json] [--lang de|en]
 * next receipts FILE --number N [--output FILE [--force]] [--lang de|en]
 * next schema [--check-report]
 * </pre>
 */
@Command(name = "next", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Statute checks, deadlines and activity reports of NExT e. V."
        + " (Netzwerk Experten digitale Transformation der Verwaltung).%n"
        + "Without FILE, the embedded NExT 2024 data set is used.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no statute errors", "1:statute errors found", "2:bad input or usage",
        "3:internal error (a bug: please report it; --debug shows where)"})
public final class Next implements Runnable {

  /**
   * The commands, in the order the help lists them. Registered with picocli lazily (issue 31): building a command's
   * model reflects over its options and mixins, about 10 ms each on a cold JVM, so a run registers only the command its
   * arguments name, and all of them where they name none (help, version, a mistyped or missing command).
   */
  private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, CheckCommand.class, AssemblyCommand.class,
      DeadlinesCommand.class, DuesCommand.class, ReportCommand.class, ValidateCommand.class, ImportEventsCommand.class,
      ImportMembersCommand.class, ImportStatementCommand.class, SepaCommand.class, PersonCommand.class, EraseCommand.class,
      ReceiptsCommand.class, ExportCommand.class, PortfolioCommand.class, SchemaCommand.class, TestCommand.class,
      CommandLine.HelpCommand.class);

  /** The time zone of NExT's seat, for the default day of a check. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Clock clock;
  private final InputStream stdin;
  private final java.util.function.Function<String, @org.jspecify.annotations.Nullable String> environment;

  /** Whether the reader of standard output went away (a closed pipe), which ends no run in failure. */
  private java.util.function.BooleanSupplier readerGone = () -> false;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init")
  private CommandLine.Model.CommandSpec spec;

  /** Whether an internal error prints its stack trace. */
  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error (exit 3), print where it happened.")
  boolean debug;

  /** Creates the tool on the system clock in Berlin. */
  public Next() {
    this(Clock.system(BERLIN));
  }

  /**
   * Creates the tool on a clock, for the default day of checks and deadlines.
   *
   * @param clock the clock
   */
  public Next(Clock clock) {
    this(clock, System.in);
  }

  /**
   * Creates the tool on a clock and a standard input, which {@code -} as FILE reads.
   *
   * @param clock the clock
   * @param stdin standard input
   */
  public Next(Clock clock, InputStream stdin) {
    this(clock, stdin, System::getenv);
  }

  /**
   * Creates the tool on a clock, a standard input and an environment, from which {@code --public} reads the
   * office's pseudonym key ({@code NEXT_PSEUDONYM_KEY}) where no key file is given.
   *
   * @param clock the clock
   * @param stdin standard input
   * @param environment the environment variables by name; {@code null} for one that is not set
   */
  public Next(Clock clock, InputStream stdin,
      java.util.function.Function<String, @org.jspecify.annotations.Nullable String> environment) {
    this.clock = clock;
    this.stdin = stdin;
    this.environment = environment;
  }

  /** {@return the environment variables by name, null for one not set} */
  java.util.function.Function<String, @org.jspecify.annotations.Nullable String> environment() {
    return environment;
  }

  /** {@return standard input} */
  InputStream stdin() {
    return stdin;
  }

  /** {@return this instant, by the tool's clock} */
  java.time.Instant now() {
    return clock.instant();
  }

  /** {@return today, by the tool's clock} */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing");
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Not System.out: a PrintStream hides write errors, and a full disk must not look like success.
    StandardOutput stdout = new StandardOutput();
    Next next = new Next();
    next.readerGone = stdout::readerGone;
    System.exit(execute(next, args, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the tool with given streams, as {@code main} does.
   *
   * @param next the tool
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(Next next, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(next);
    for (Class<?> command : commandsFor(args)) {
      commandLine.addSubcommand(command);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.registerConverter(LocalDate.class, Next::date);
    commandLine.setParameterExceptionHandler(Next::usageError);
    commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
      PrintWriter error = TerminalText.over(command.getErr());
      int code = CommandLine.ExitCode.USAGE;
      if (exception instanceof NextJsonException invalid) {
        Lang lang = lang(parseResult);
        error.println("next: " + Texts.of(lang, "error.problems", "count",
            invalid.getProblems().size() + invalid.getOmitted()));
        invalid.getProblems().forEach(problem -> error.println("  " + problem));
        if (invalid.getOmitted() > 0) {
          error.println("  " + Texts.of(lang, "error.moreProblems", "count", invalid.getOmitted()));
        }
      } else if (exception instanceof BadInputException bad) {
        error.println("next: " + bad.getMessage());
        bad.details().forEach(error::println);
      } else if (exception instanceof de.nextnetz.domain.base.AmountOutOfRange range) {
        error.println("next: " + Texts.of(lang(parseResult), "error.amountRange", "left", range.left(), "right", range.right(),
            "subtraction", range.subtraction() ? 1 : 0, "largest", de.nextnetz.domain.base.AmountOutOfRange.LARGEST));
      } else if (exception instanceof java.io.UncheckedIOException) {
        error.println("next: " + exception.getMessage());
      } else if (exception instanceof IllegalArgumentException && String.valueOf(exception.getMessage()).startsWith("cannot write ")) {
        error.println("next: " + exception.getMessage());
      } else {
        code = internalError(exception, next.debug, error);
      }
      error.flush();
      return code;
    });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // An Error (out of memory, a missing class) passes picocli's handler; it is still not a finding.
      code = internalError(e, next.debug, TerminalText.over(err));
    }
    out.flush();
    if (out.checkError() && !next.readerGone.getAsBoolean()) {
      // What was printed did not arrive (a full disk, a closed pipe): the run did not do its job.
      TerminalText.over(err).println("next: " + Texts.of(lang(commandLine), "error.stdout"));
      code = Math.max(code, CommandLine.ExitCode.USAGE);
    }
    err.flush();
    return code;
  }

  /**
   * The commands a command line needs: the one its first word names (options of the tool itself, such as
   * {@code --debug}, may come before it), or all of them when it names none of them or asks for help.
   */
  static List<Class<?>> commandsFor(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("-")) {
        continue;
      }
      for (Class<?> command : COMMANDS) {
        Command declared = command.getAnnotation(Command.class);
        if (declared != null && declared.name().equals(arg) && command != CommandLine.HelpCommand.class) {
          return List.of(command);
        }
      }
      return COMMANDS;
    }
    return COMMANDS;
  }

  private static Lang lang(CommandLine commandLine) {
    CommandLine.ParseResult parsed = commandLine.getParseResult();
    return parsed == null ? Lang.en : lang(parsed);
  }

  /**
   * Reports an internal error: what failed, in one line without a Java exception name, the request
   * to report it, and with {@code --debug} the stack trace.
   *
   * @return 3
   */
  private static int internalError(Throwable failure, boolean debug, PrintWriter error) {
    if (failure instanceof OutOfMemoryError) {
      error.println("next: " + Texts.of(Lang.en, "error.outOfMemory", "heap", Runtime.getRuntime().maxMemory() / (1024 * 1024),
          "limit", NextJson.DEFAULT_MAX_DOCUMENT_LENGTH / (1024 * 1024)));
      error.flush();
      return 3;
    }
    String what = failure.getMessage() != null ? failure.getMessage() : "an unexpected " + kind(failure);
    error.println("next: internal error: " + what);
    error.println("next: this is a bug; please report it with the command line you used"
        + (debug ? "." : " (add --debug to see where it happened)."));
    if (debug) {
      failure.printStackTrace(error);
    }
    error.flush();
    return 3;
  }

  /**
   * A usage error in the language the arguments ask for, short: what is wrong, the suggestions for a
   * mistyped command, and where the options are explained (not the whole help, which buries the error).
   */
  private static int usageError(CommandLine.ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    Lang lang = Lang.en;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=de") || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("de"))) {
        lang = Lang.de;
      }
    }
    PrintWriter error = TerminalText.over(command.getErr());
    error.println("next: " + usageText(problem, lang));
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      error.println(Texts.of(lang, "usage.suggestions", "suggestions", String.join(", ", unmatched.getSuggestions())));
    }
    error.println(Texts.of(lang, "usage.help", "command", command.getCommandSpec().qualifiedName()));
    error.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String usageText(CommandLine.ParameterException problem, Lang lang) {
    CommandLine.Model.ArgSpec arg = problem.getArgSpec();
    if (problem.getCause() instanceof Refused refused) {
      return Texts.of(lang, "usage.invalid", "option", name(arg), "reason", Texts.of(lang, refused.key, refused.pairs));
    }
    if (problem instanceof CommandLine.MissingParameterException missing) {
      return Texts.of(lang, "usage.missing", "count", missing.getMissing().size(),
          "names", String.join(", ", missing.getMissing().stream().map(Next::name).toList()));
    }
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      return Texts.of(lang, first.startsWith("-") ? "usage.unknownOption" : "usage.unknownArgument", "argument", first);
    }
    if (problem instanceof CommandLine.OverwrittenOptionException twice) {
      return Texts.of(lang, "usage.twice", "option", name(twice.getOverwritten()));
    }
    if (arg != null && problem.getValue() != null) {
      List<String> allowed = new java.util.ArrayList<>();
      Iterable<String> candidates = arg.completionCandidates();
      if (candidates != null) {
        candidates.forEach(allowed::add);
      }
      String kind = arg.type() == int.class || arg.type() == Integer.class ? "number" : allowed.isEmpty() ? "other" : "choice";
      return Texts.of(lang, "usage.value." + kind, "option", name(arg), "value", problem.getValue(),
          "allowed", String.join(", ", allowed));
    }
    return String.valueOf(problem.getMessage());
  }

  /** An option by its longest name, a parameter by its label. */
  private static String name(CommandLine.Model.@Nullable ArgSpec arg) {
    if (arg instanceof CommandLine.Model.OptionSpec option) {
      return option.longestName();
    }
    return arg == null ? "" : arg.paramLabel();
  }

  /**
   * A value a converter refuses, with the words of the refusal as a message of the bundle: the usage
   * error names it in the language of the command line (picocli's own message stays English).
   */
  static final class Refused extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    /** The message's key in the bundle. */
    final String key;

    /** Its parameters, names and values alternating. */
    @SuppressWarnings("serial")
    final Object[] pairs;

    Refused(String english, String key, Object... pairs) {
      super(english);
      this.key = key;
      this.pairs = pairs.clone();
    }
  }

  private static String kind(Throwable failure) {
    return failure instanceof Error ? "fault of the runtime" : "failure";
  }

  /** The language the command line asked for, English unless {@code --lang de} was given. */
  private static Lang lang(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("--lang") ? sub.matchedOptionValue("--lang", Lang.en) : Lang.en;
  }

  /** The first year the tool checks. */
  static final int FIRST_YEAR = 1900;

  /** The last year the tool checks. */
  static final int LAST_YEAR = 2999;

  private static LocalDate date(String text) {
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused("'" + Echo.shorten(text) + "' is not a date of the form yyyy-mm-dd", "usage.date",
          "value", Echo.shorten(text));
    }
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      throw new Refused("'" + Echo.shorten(text) + "' lies outside the years the tool checks, " + FIRST_YEAR + " to "
          + LAST_YEAR, "usage.years", "value", Echo.shorten(text), "first", FIRST_YEAR, "last", LAST_YEAR);
    }
    return day;
  }


  /** The version of the tool: the version of the library it was built with. */
  public static final class Version implements CommandLine.IVersionProvider {

    /** Creates the provider (picocli instantiates it). */
    public Version() {}

    @Override
    public String[] getVersion() {
      return new String[] {"next " + NextJsonModule.VERSION, "Java " + Runtime.version()};
    }
  }
}
