package de.nextnetz.examples.cli;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.law.Majority;
import de.nextnetz.rules.law.Transit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code next assembly}: what the office must know before it sends the invitations to a general
 * assembly, under the statute version in force on the assembly's day: the latest dispatch day per
 * allowed form, who must be invited, what the invitation must contain, who may call it, the quorum,
 * and the majority each kind of resolution needs, each with the clause that decides it. Where the
 * invitation is already recorded, the assembly rules' findings for it follow (exit 1 on an error).
 */
@Command(name = "assembly", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prepares a general assembly: latest dispatch day of the invitation, what it must contain, who"
        + " calls it, quorum and majorities, from the Satzung in force on the assembly's day (else the BGB).")
final class AssemblyCommand extends NextCommand {

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Document document;

  @Option(names = "--id", paramLabel = "ID", description = "The assembly, by its id; default: the next planned one.")
  private @Nullable String id;

  @Option(names = "--date", paramLabel = "DATE", description = "An assembly not yet in the document, on this day"
      + " (yyyy-mm-dd), at a place.")
  private @Nullable LocalDate date;

  @Option(names = "--format-of-assembly", paramLabel = "FORMAT", description = "With --date: IN_PERSON, HYBRID or"
      + " VIRTUAL; default: ${DEFAULT-VALUE}.")
  private AssemblyFormat assemblyFormat = AssemblyFormat.IN_PERSON;

  @Override
  public Integer call() {
    Lang lang = document.lang;
    Association association = DataSet.load(document.file, lang, stdin());
    LocalDate today = next.today();
    GeneralAssembly assembly = choose(association, today, lang);
    StatuteVersion statute = association.getStatute().versionOn(assembly.getDate()).orElseThrow(() ->
        new BadInputException(Texts.of(lang, "assembly.noStatute", "date", assembly.getDate())));
    PrintWriter out = out();
    out.println(Texts.of(lang, "assembly.title", "association", association.getDisplayName(), "date", assembly.getDate(),
        "kind", Texts.value(lang, assembly.getKind()), "format", Texts.value(lang, assembly.getFormat()),
        "validFrom", statute.getValidFrom()));
    invitation(association, assembly, statute, lang, out);
    majorities(association, assembly, statute, lang, out);
    return findings(association, assembly, today, lang, out);
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
    return association.getGeneralAssemblies().stream()
        .filter(a -> a.getStatus() == AssemblyStatus.PLANNED && !a.getDate().isBefore(today))
        .min(java.util.Comparator.comparing(GeneralAssembly::getDate))
        .orElseThrow(() -> new BadInputException(Texts.of(lang, "assembly.nonePlanned", "today", today)));
  }

  private static void invitation(Association association, GeneralAssembly assembly, StatuteVersion statute, Lang lang,
      PrintWriter out) {
    out.println(Texts.of(lang, "assembly.invitation"));
    Optional<AssemblyLaw.Provision<Period>> period = AssemblyLaw.invitationPeriod(statute);
    LocalDate dispatchBy = assembly.getDate();
    if (period.isPresent()) {
      LocalDate receipt = AssemblyLaw.latestReceipt(assembly.getDate(), period.get().value());
      out.println("  " + Texts.of(lang, "assembly.period", "period", period.get().value(), "receipt", receipt,
          "clause", period.get().citation().source()));
      for (DeclarationForm form : AssemblyLaw.invitationForms(statute)) {
        LocalDate latest = AssemblyLaw.latestDispatch(assembly.getDate(), period.get().value(), form, statute,
            Transit.DEFAULT);
        dispatchBy = latest.isBefore(dispatchBy) ? latest : dispatchBy;
        out.println("  " + Texts.of(lang, "assembly.dispatch", "form", Texts.value(lang, form), "latest", latest,
            "transit", statute.isInvitationDeemedOnDispatch() ? 0 : Transit.DEFAULT.daysFor(form)));
      }
    } else {
      out.println("  " + Texts.of(lang, "assembly.noPeriod",
          "parameter", AssemblyLaw.pointer(association, statute, StatuteParameter.INVITATION_PERIOD)));
    }
    if (!statute.getInvitationForms().isEmpty()) {
      out.println("  " + Texts.of(lang, "assembly.forms", "forms", Texts.value(lang, List.copyOf(statute.getInvitationForms())),
          "clause", Clauses.cite(statute, StatuteParameter.INVITATION_FORMS, true).source()));
    }
    out.println("  " + Texts.of(lang, "assembly.recipients", "members", association.membersOn(dispatchBy).size(),
        "day", dispatchBy));
    out.println("  " + Texts.of(lang, "assembly.agenda"));
    if (assembly.getFormat() != AssemblyFormat.IN_PERSON) {
      out.println("  " + Texts.of(lang, "assembly.access"));
      AssemblyLaw.FormatBasis basis = AssemblyLaw.formatBasis(association, assembly, statute);
      out.println("  " + (basis.exists()
          ? Texts.of(lang, "assembly.formatBasis", "basis", Texts.value(lang, basis.kind()),
              "clause", basis.citation().source())
          : Texts.of(lang, "assembly.virtualBasis")));
    }
    out.println("  " + Texts.of(lang, "assembly.statuteChange", "required", statute.isStatuteChangeWordingRequired() ? 1 : 0,
        "clause", Clauses.cite(statute, StatuteParameter.STATUTE_CHANGE_WORDING_REQUIRED,
            statute.isStatuteChangeWordingRequired()).source()));
    AssemblyLaw.Provision<Integer> signers = AssemblyLaw.boardRepresentation(statute,
        association.getBoard().getSeats().size());
    out.println("  " + Texts.of(lang, "assembly.convener", "signers", signers.value(), "clause", signers.citation().source()));
  }

  private static void majorities(Association association, GeneralAssembly assembly, StatuteVersion statute, Lang lang,
      PrintWriter out) {
    Optional<Fraction> quorum = statute.getQuorum();
    int members = association.membersOn(assembly.getDate()).size();
    out.println(quorum.isPresent()
        ? Texts.of(lang, "assembly.quorum", "quorum", quorum.get(), "needed", quorum.get().leastPartOf(members),
            "members", members, "clause", Clauses.cite(statute, StatuteParameter.QUORUM, true).source())
        : Texts.of(lang, "assembly.noQuorum"));
    out.println(Texts.of(lang, "assembly.majorities"));
    List<AgendaItem> items = assembly.getInvitation().map(Invitation::getAgendaItems).orElse(List.of());
    if (items.stream().anyMatch(item -> item.getKind().isPresent())) {
      for (AgendaItem item : items) {
        ResolutionKind kind = item.getKind().orElse(ResolutionKind.SIMPLE);
        out.println("  " + item.getSubject() + ": " + majority(kind, statute, lang));
      }
      return;
    }
    for (ResolutionKind kind : ResolutionKind.values()) {
      out.println("  " + Texts.value(lang, kind) + ": " + majority(kind, statute, lang));
    }
  }

  private static String majority(ResolutionKind kind, StatuteVersion statute, Lang lang) {
    AssemblyLaw.Provision<Majority> majority = AssemblyLaw.majority(kind, statute);
    return AssemblyLaw.describe(majority.value()).render(lang.locale()) + " (" + majority.citation().source() + ")";
  }

  private static int findings(Association association, GeneralAssembly assembly, LocalDate today, Lang lang,
      PrintWriter out) {
    int index = association.getGeneralAssemblies().indexOf(assembly);
    if (index < 0 || assembly.getInvitation().isEmpty()) {
      return 0;
    }
    String path = Pointer.to("generalAssemblies", index);
    CheckReport report = BuiltInRules.engine().check(association, today.isBefore(assembly.getDate()) ? assembly.getDate() : today);
    List<Finding> found = report.outcomes().stream().flatMap(outcome -> outcome.findings().stream())
        .filter(finding -> finding.path().equals(path) || finding.path().startsWith(path + "/")).toList();
    out.println(Texts.of(lang, "assembly.findings", "count", found.size()));
    ReportPrinter.findings(found, lang, out);
    return found.stream().anyMatch(finding -> finding.severity() == Severity.ERROR) ? 1 : 0;
  }
}
