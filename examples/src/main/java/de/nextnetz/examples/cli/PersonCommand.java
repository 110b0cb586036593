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

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Document document;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Output output;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.AsOf day;

  @Override
  public Integer call() {
    Lang lang = document.lang;
    Association association = DataSet.load(document.file, lang, stdin());
    LocalDate asOf = day.or(next.today());
    if (association.findMember(id).isEmpty()) {
      throw new BadInputException(Texts.of(lang, "person.unknown", "member", de.nextnetz.domain.base.Echo.shorten(id)));
    }
    PersonalData data = PersonalData.of(association, id, asOf);
    PrintWriter out = out();
    if (output.json()) {
      out.print(NextJson.standard().writePersonAsString(data));
      out.flush();
      return 0;
    }
    Member member = data.member();
    out.println(Texts.of(lang, "person.title", "member", member.getName(), "association",
        association.getDisplayName(), "asOf", asOf));
    out.println("  " + Texts.of(lang, member.getEnd().isPresent() ? "person.membershipEnded" : "person.membership",
        "kind", Texts.value(lang, member.getKind()), "start", member.getStart(),
        "end", member.getEnd().orElse(member.getStart())));
    member.getPaymentMethod().ifPresent(method ->
        out.println("  " + Texts.of(lang, "person.paymentMethod", "method", Texts.value(lang, method))));
    member.getMandate().ifPresent(mandate -> out.println("  " + Texts.of(lang, "person.mandate",
        "reference", mandate.getReference(), "account", mandate.getIban().masked(), "signed", mandate.getSignedOn())));
    for (Application application : data.applications()) {
      out.println("  " + Texts.of(lang, "person.application", "date", application.getDate(),
          "reviews", application.getReviews().size()));
    }
    for (BoardSeat seat : data.boardSeats()) {
      out.println("  " + Texts.of(lang, seat.getUntil().isPresent() ? "person.seatEnded" : "person.seat",
          "role", Texts.value(lang, seat.getRole()), "from", seat.getElectedOn().orElse(association.getFoundingDate()),
          "until", seat.getUntil().orElse(asOf)));
    }
    Money paid = Money.ofCents(0, Money.EUR);
    for (Payment payment : data.payments()) {
      paid = paid.plus(payment.getAmount());
    }
    out.println("  " + Texts.of(lang, "person.payments", "count", data.payments().size(), "total", paid,
        "writeOffs", data.writeOffs().size()));
    for (Payment payment : data.payments()) {
      out.println("    " + Texts.of(lang, "person.payment", "day", payment.getDay(), "amount", payment.getAmount(),
          "year", payment.getFeeYear()));
    }
    for (DataRequest request : data.requests()) {
      out.println("  " + Texts.of(lang, request.getAnsweredOn().isPresent() ? "person.requestAnswered"
          : "person.request", "kind", Texts.value(lang, request.getKind()), "received", request.getReceivedOn(),
          "answered", request.getAnsweredOn().orElse(request.getReceivedOn())));
    }
    out.println("  " + Texts.of(lang, "person.records", "count", data.records().size(), "which",
        Records.describe(association, data.records(), lang)));
    List<Holding> kept = data.retention().holdings();
    java.util.Optional<LocalDate> identity = data.retention().identityNeededUntil();
    out.println("  " + Texts.of(lang, "person.retention"));
    for (Holding holding : kept) {
      String basis = holding.basis().source();
      String kind = Texts.value(lang, holding.kind());
      boolean carriesName = holding.kind() == HoldingKind.MEMBERSHIP || holding.kind() == HoldingKind.APPLICATION;
      String line;
      if (holding.keepUntil().isEmpty()) {
        line = Texts.of(lang, holding.kind() == HoldingKind.RECORDS ? "person.keptOpen" : "person.keptMembership",
            "kind", kind, "basis", basis);
      } else if (carriesName && identity.isPresent() && identity.get().isAfter(holding.keepUntil().get())) {
        line = Texts.of(lang, "person.keptRestricted", "kind", kind, "until", holding.keepUntil().get(),
            "restricted", identity.get(), "basis", basis);
      } else {
        line = Texts.of(lang, "person.keptUntil", "kind", kind, "until", holding.keepUntil().get(), "basis", basis);
      }
      out.println("    " + line);
    }
    out.flush();
    return 0;
  }
}
