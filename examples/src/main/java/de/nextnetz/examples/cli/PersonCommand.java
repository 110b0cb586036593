package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.Holding;
import de.nextnetz.rules.law.HoldingKind;
import de.nextnetz.rules.law.PersonalData;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code next person ID}: everything the document holds about one person (Art. 15 DSGVO). */
@Command(name = "person", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Shows everything the document holds about one member, as Art. 15 DSGVO asks: the member entry,"
        + " mandate, applications, board seats, payments, write-offs, requests, the association's records that name"
        + " the person, and how long each kind is kept and why.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:bad input or usage (also: no member has the id)"})
final class PersonCommand extends NextCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The member's id.")
  @SuppressWarnings("NullAway.Init")
  private String id;

  @Mixin private final Options.Document document = new Options.Document();

  /** The output formats of this command. */
  enum Format {
    /** Text for people. */
    text,
    /** JSON for machines ({@code person.schema.json}). */
    json,
    /** A self-contained HTML page, to print or hand over. */
    html
  }

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT",
      description = "text, json or html (a self-contained page to hand over); default: ${DEFAULT-VALUE}.")
  private Format format = Format.text;

  /** One line of the text, at a depth. */
  private record Line(int depth, String text) {}

  @Mixin private final Options.AsOf day = new Options.AsOf();

  @Override
  public Integer call() {
    Association association = load(document.file);
    LocalDate asOf = day.or(next.today());
    if (association.findMember(id).isEmpty()) {
      throw new BadInputException(Texts.of(lang, "person.unknown", "member", de.nextnetz.domain.base.Echo.shorten(id)));
    }
    PersonalData data = PersonalData.of(association, id, asOf);
    PrintWriter out = out();
    if (format == Format.json) {
      document().print(NextJson.standard().writePersonAsString(data));
      document().flush();
      return 0;
    }
    Member member = data.member();
    List<Line> lines = new java.util.ArrayList<>();
    String title = Texts.of(lang, "person.title", "member", member.getName(), "association",
        association.getDisplayName(), "asOf", asOf);
    lines.add(new Line(1, Texts.of(lang, member.getEnd().isPresent() ? "person.membershipEnded" : "person.membership",
        "kind", Texts.value(lang, member.getKind()), "start", member.getStart(),
        "end", member.getEnd().orElse(member.getStart()))));
    member.getPaymentMethod().ifPresent(method ->
        lines.add(new Line(1, Texts.of(lang, "person.paymentMethod", "method", Texts.value(lang, method)))));
    member.getMandate().ifPresent(mandate -> lines.add(new Line(1, Texts.of(lang, "person.mandate",
        "reference", mandate.getReference(), "account", mandate.getIban().masked(), "signed", mandate.getSignedOn()))));
    for (Application application : data.applications()) {
      lines.add(new Line(1, Texts.of(lang, "person.application", "date", application.getDate(),
          "reviews", application.getReviews().size())));
    }
    for (BoardSeat seat : data.boardSeats()) {
      lines.add(new Line(1, Texts.of(lang, seat.getUntil().isPresent() ? "person.seatEnded" : "person.seat",
          "role", Texts.value(lang, seat.getRole()), "from", seat.getElectedOn().orElse(association.getFoundingDate()),
          "until", seat.getUntil().orElse(asOf))));
    }
    Money paid = Money.ofCents(0, Money.EUR);
    for (Payment payment : data.payments()) {
      paid = paid.plus(payment.getAmount());
    }
    lines.add(new Line(1, Texts.of(lang, "person.payments", "count", data.payments().size(), "total", paid,
        "writeOffs", data.writeOffs().size())));
    for (Payment payment : data.payments()) {
      lines.add(new Line(2, Texts.of(lang, "person.payment", "day", payment.getDay(), "amount", payment.getAmount(),
          "year", payment.getFeeYear())));
    }
    for (de.nextnetz.domain.dues.FeeDemand demand : data.demands()) {
      lines.add(new Line(2, Texts.of(lang, demand.getKind() == de.nextnetz.domain.dues.FeeDemand.Kind.INVOICE
          ? "person.invoice" : "person.reminder", "year", demand.getFeeYear(), "day", demand.getReceivedOn())));
    }
    for (de.nextnetz.domain.tax.Allowance allowance : data.allowances()) {
      lines.add(new Line(1, Texts.of(lang, "person.allowance", "kind", Texts.value(lang, allowance.getKind()),
          "year", allowance.getYear(), "amount", allowance.getAmount(), "activity", allowance.getActivity())));
    }
    for (DataRequest request : data.requests()) {
      lines.add(new Line(1, Texts.of(lang, request.getAnsweredOn().isPresent() ? "person.requestAnswered"
          : "person.request", "kind", Texts.value(lang, request.getKind()), "received", request.getReceivedOn(),
          "answered", request.getAnsweredOn().orElse(request.getReceivedOn()))));
    }
    lines.add(new Line(1, Texts.of(lang, "person.records", "count", data.records().size(), "which",
        Records.describe(association, data.records(), lang))));
    List<Holding> kept = data.retention().holdings();
    lines.add(new Line(1, Texts.of(lang, "person.retention")));
    for (Holding holding : kept) {
      String basis = holding.basis().source();
      String kind = Texts.value(lang, holding.kind());
      java.util.Optional<LocalDate> restricted = data.retention().restrictedUntil(holding);
      String line;
      if (holding.keepUntil().isEmpty()) {
        line = Texts.of(lang, holding.kind() == HoldingKind.RECORDS ? "person.keptOpen" : "person.keptMembership",
            "kind", kind, "basis", basis);
      } else if (restricted.isPresent()) {
        line = Texts.of(lang, "person.keptRestricted", "kind", kind, "until", holding.keepUntil().get(),
            "restricted", restricted.get(), "basis", basis);
      } else {
        line = Texts.of(lang, "person.keptUntil", "kind", kind, "until", holding.keepUntil().get(), "basis", basis);
      }
      lines.add(new Line(2, line));
    }
    if (format == Format.html) {
      document().print(html(title, lines, lang));
      document().flush();
    } else {
      out.println(title);
      lines.forEach(line -> out.println("  ".repeat(line.depth()) + line.text()));
      out.flush();
    }
    return 0;
  }

  /** The lines as a page: the title a heading, each depth a nested list. */
  private static String html(String title, List<Line> lines, Lang lang) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.name())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(ReportDocument.escape(title))
        .append("</title>\n<style>\n@page { size: A4; margin: 2cm; }\nbody { font-family: \"Segoe UI\", Helvetica,"
            + " Arial, sans-serif; max-width: 50rem; margin: 2rem auto; line-height: 1.45; }\n"
            + "h1 { font-size: 1.4rem; border-bottom: 2px solid #1f4e79; }\n</style>\n</head>\n<body>\n<h1>")
        .append(ReportDocument.escape(title)).append("</h1>\n<ul>\n");
    int depth = 1;
    boolean open = false;
    for (Line line : lines) {
      if (line.depth() > depth) {
        html.append("\n<ul>\n");
      } else if (line.depth() < depth) {
        html.append("</li>\n</ul>\n</li>\n");
      } else if (open) {
        html.append("</li>\n");
      }
      depth = line.depth();
      html.append("<li>").append(ReportDocument.escape(line.text()));
      open = true;
    }
    if (open) {
      html.append("</li>\n");
    }
    if (depth > 1) {
      html.append("</ul>\n</li>\n");
    }
    return html.append("</ul>\n</body>\n</html>\n").toString();
  }
}
