package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.report.AssemblyPlan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code next assembly}: what the office must know before it sends the invitations to a general
 * assembly, under the statute version in force on the assembly's day: the latest dispatch day per
 * allowed form, who must be invited, what the invitation must contain, who may call it, the quorum,
 * and the majority each kind of resolution needs, each with the clause that decides it. Where the
 * invitation is already recorded, the assembly rules' findings for it follow (exit 1 on an error). It renders
 * the rules module's {@link AssemblyPlan} as text or, with {@code --format json}, as the document
 * {@code nextnetz.assembly-plan}; it judges nothing itself.
 */
@Command(name = "assembly", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prepares a general assembly: latest dispatch day of the invitation, what it must contain, who"
        + " calls it, quorum and majorities, from the Satzung in force on the assembly's day (else the BGB).")
final class AssemblyCommand extends NextCommand {

  @Mixin private final Options.Document document = new Options.Document();

  @Option(names = "--id", paramLabel = "ID", description = "The assembly, by its id; default: the next planned one.")
  private @Nullable String id;

  @Option(names = "--date", paramLabel = "DATE", description = "An assembly not yet in the document, on this day"
      + " (yyyy-mm-dd), at a place.")
  private @Nullable LocalDate date;

  @Option(names = "--format-of-assembly", paramLabel = "FORMAT", description = "With --date: IN_PERSON, HYBRID or"
      + " VIRTUAL; default: ${DEFAULT-VALUE}.")
  private AssemblyFormat assemblyFormat = AssemblyFormat.IN_PERSON;

  @Mixin private final Options.Output output = new Options.Output();

  @Override
  public Integer call() {
    Association association = load(document.file);
    LocalDate today = next.today();
    GeneralAssembly assembly = choose(association, today, lang);
    AssemblyPlan plan = AssemblyPlan.of(association, assembly, today).orElseThrow(() ->
        new BadInputException(Texts.of(lang, "assembly.noStatute", "date", assembly.getDate())));
    PrintWriter out = out();
    if (output.json()) {
      printDocument(bytes -> NextJson.standard().writeAssemblyPlan(plan, lang.locale(), bytes));
      return plan.hasErrors() ? 1 : 0;
    }
    out.println(Texts.of(lang, "assembly.title", "association", association.getDisplayName(), "date", assembly.getDate(),
        "kind", Texts.value(lang, assembly.getKind()), "format", Texts.value(lang, assembly.getFormat()),
        "validFrom", plan.statuteValidFrom()));
    invitation(plan, lang, out);
    majorities(plan, lang, out);
    if (plan.judged()) {
      out.println(Texts.of(lang, "assembly.findings", "count", plan.findings().size()));
      ReportPrinter.findings(plan.findings(), lang, out, Places.of(association, lang));
    }
    return plan.hasErrors() ? 1 : 0;
  }

  private GeneralAssembly choose(Association association, LocalDate today, Lang lang) {
    String wanted = id;
    if (wanted != null) {
      return association.findGeneralAssembly(wanted).orElseThrow(() ->
          new BadInputException(Texts.of(lang, "assembly.unknown", "id", wanted)));
    }
    LocalDate on = date;
    if (on != null) {
      return GeneralAssembly.builder().id("new").date(on).status(AssemblyStatus.PLANNED).format(assemblyFormat).build();
    }
    return association.nextPlannedAssembly(today).orElseThrow(() -> new BadInputException(Texts.of(lang, "assembly.nonePlanned", "today", today)));
  }

  /** Renders the invitation part of the plan; judges nothing. */
  private static void invitation(AssemblyPlan plan, Lang lang, PrintWriter out) {
    out.println(Texts.of(lang, "assembly.invitation"));
    plan.invitationPeriod().ifPresent(period -> out.println("  " + Texts.of(lang, "assembly.period",
        "period", period.period(), "receipt", period.receiptBy(), "clause", period.citation().source())));
    for (AssemblyPlan.Dispatch dispatch : plan.dispatch()) {
      out.println("  " + Texts.of(lang, "assembly.dispatch", "form", Texts.value(lang, dispatch.form()),
          "latest", dispatch.latest(), "receipt", dispatch.receiptTaken().render(lang.locale())));
    }
    if (plan.missingPeriod().isPresent()) {
      out.println("  " + Texts.of(lang, "assembly.noPeriod"));
    }
    if (!plan.forms().isEmpty()) {
      out.println("  " + Texts.of(lang, "assembly.forms", "forms", Texts.value(lang, List.copyOf(plan.forms())),
          "clause", plan.formsClause().source()));
    }
    out.println("  " + Texts.of(lang, "assembly.recipients", "members", plan.recipients(), "day", plan.recipientsOn()));
    out.println("  " + Texts.of(lang, "assembly.agenda"));
    plan.formatBasis().ifPresent(basis -> {
      out.println("  " + Texts.of(lang, "assembly.access"));
      out.println("  " + (basis.exists()
          ? Texts.of(lang, "assembly.formatBasis", "basis", Texts.value(lang, basis.kind()),
              "clause", basis.citation().source())
          : Texts.of(lang, "assembly.virtualBasis")));
    });
    out.println("  " + Texts.of(lang, "assembly.statuteChange", "required", plan.wordingRequired() ? 1 : 0,
        "clause", plan.wordingClause().source()));
    out.println("  " + Texts.of(lang, "assembly.convener", "signers", plan.signers().value(),
        "clause", plan.signers().citation().source()));
  }

  /** Renders the quorum and the majorities of the plan; judges nothing. */
  private static void majorities(AssemblyPlan plan, Lang lang, PrintWriter out) {
    out.println(plan.quorum().map(quorum -> Texts.of(lang, "assembly.quorum", "quorum", quorum.share(),
            "needed", quorum.needed(), "members", quorum.members(), "clause", quorum.citation().source()))
        .orElse(Texts.of(lang, "assembly.noQuorum")));
    out.println(Texts.of(lang, "assembly.majorities"));
    for (AssemblyPlan.MajorityLine line : plan.majorities()) {
      out.println("  " + line.agendaItem().orElse(Texts.value(lang, line.kind())) + ": "
          + AssemblyLaw.describe(line.majority()).render(lang.locale()) + " (" + line.citation().source() + ")");
    }
  }
}
