package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.Erasure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next erase ID FILE --output NEW}: erases what may go of a former member's data (Art. 17 DSGVO). */
@Command(name = "erase", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Erases what may go of a former member's data on a day (Art. 17 DSGVO) and keeps what must stay"
        + " (books 10 years, vouchers 8, a mandate as a voucher, open claims until time-barred), restricted"
        + " (Art. 18 DSGVO, § 35 Abs. 3 BDSG); once nothing needs the name, the member becomes a pseudonym nobody can"
        + " reverse. Writes the new document to --output and prints what was erased, kept and why.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (also: nothing may go yet; the report says until when)",
        "2:bad input or usage (also: the person is still a member; nothing is written)"})
final class EraseCommand extends NextCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The former member's id.")
  @SuppressWarnings("NullAway.Init")
  private String id;

  @Parameters(index = "1", paramLabel = "FILE", description = "The association document (JSON), - for standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Mixin private final Options.Output output = new Options.Output();

  @Mixin private final Options.AsOf day = new Options.AsOf();

  @Option(names = {"-o", "--output"}, paramLabel = "NEW", required = true, description = "Where to write the new"
      + " document. An existing file is kept unless --force is given; the input is never overwritten.")
  @SuppressWarnings("NullAway.Init")
  private Path target;

  @Option(names = "--force", description = "Replace an existing --output file.")
  private boolean force;

  @Override
  public Integer call() {
    Association association = load(file);
    LocalDate asOf = day.or(next.today());
    Erasure erasure;
    try {
      erasure = Erasure.of(association, id, asOf);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(message(association, asOf));
    }
    NextJson json = NextJson.standard();
    // The report is composed first; the document is written only when everything succeeded.
    List<String> report = output.json() ? List.of(json.writeErasureAsString(erasure)) : text(association, erasure);
    OutputFile.write(target, out -> Utf8Sink.write(out, bytes -> json.writeAssociation(erasure.document(), bytes)), force,
        inputs(), lang);
    // The JSON report is one document as it is; the text report goes line by line to the terminal.
    PrintWriter out = output.json() ? document() : out();
    if (output.json()) {
      out.print(report.get(0));
    } else {
      report.forEach(out::println);
    }
    out.flush();
    return 0;
  }

  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    if (!DataSet.isStandardInput(file)) {
      inputs.add(file);
    }
    return inputs;
  }

  private String message(Association association, LocalDate asOf) {
    var member = association.findMember(id);
    String shown = de.nextnetz.domain.base.Echo.shorten(id);
    if (member.isEmpty()) {
      return Texts.of(lang, "person.unknown", "member", shown);
    }
    if (member.get().getErasedOn().isPresent()) {
      return Texts.of(lang, "erase.already", "member", shown, "on", member.get().getErasedOn().get());
    }
    return Texts.of(lang, "erase.stillMember", "member", member.get().getName(), "asOf", asOf);
  }

  private List<String> text(Association association, Erasure erasure) {
    List<String> text = new ArrayList<>();
    String name = association.findMember(erasure.memberId()).map(member -> member.getName()).orElse(erasure.memberId());
    text.add(Texts.of(lang, erasure.changed() ? "erase.title" : "erase.nothing", "member", name,
        "day", erasure.day()));
    if (!erasure.memberIdAfter().equals(erasure.memberId())) {
      text.add("  " + Texts.of(lang, "erase.pseudonym", "id", erasure.memberIdAfter()));
    }
    for (Erasure.Step step : erasure.steps()) {
      String what = Texts.value(lang, step.kind());
      String action = Texts.value(lang, step.action());
      @Nullable LocalDate until = step.keepUntil().orElse(null);
      text.add("  " + (until != null
          ? Texts.of(lang, "erase.stepUntil", "kind", what, "action", action, "until", until, "basis",
              step.basis().source())
          : Texts.of(lang, "erase.step", "kind", what, "action", action, "basis", step.basis().source())));
    }
    return text;
  }
}
