package de.nextnetz.json.codec;

import static de.nextnetz.json.codec.Scalars.BOOLEAN;
import static de.nextnetz.json.codec.Scalars.DATE;
import static de.nextnetz.json.codec.Scalars.FRACTION;
import static de.nextnetz.json.codec.Scalars.ID;
import static de.nextnetz.json.codec.Scalars.INT;
import static de.nextnetz.json.codec.Scalars.MONEY;
import static de.nextnetz.json.codec.Scalars.MONTH_DAY;
import static de.nextnetz.json.codec.Scalars.PERIOD;
import static de.nextnetz.json.codec.Scalars.STRING;
import static de.nextnetz.json.codec.Scalars.TEXT;
import static de.nextnetz.json.codec.Scalars.URI_CODEC;
import static de.nextnetz.json.codec.Scalars.YEAR;
import static de.nextnetz.json.codec.Scalars.YEAR_MONTH;
import static de.nextnetz.json.codec.Scalars.enumOf;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.FederalLevel;
import de.nextnetz.domain.Office;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.Patron;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.RegisterEntry;
import de.nextnetz.domain.RegisterFiling;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.assembly.AgendaItem;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.AssemblyKind;
import de.nextnetz.domain.assembly.Consent;
import de.nextnetz.domain.assembly.Convener;
import de.nextnetz.domain.assembly.ConvenerKind;
import de.nextnetz.domain.assembly.ExcludedVoter;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.assembly.Minutes;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.ResolutionResult;
import de.nextnetz.domain.assembly.Vote;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.SeatEnd;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.community.CommunityOrigin;
import de.nextnetz.domain.community.OriginKind;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.Audience;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.OwnFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.tax.Allowance;
import de.nextnetz.domain.tax.AllowanceKind;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.Donation;
import de.nextnetz.domain.tax.InKindOrigin;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.NoticeKind;
import de.nextnetz.domain.tax.Reserve;
import de.nextnetz.domain.tax.ReserveKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxPurpose;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Recommendation;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.MandateSequence;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.PaymentMethod;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.statute.TaxClause;
import de.nextnetz.domain.statute.TaxElement;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.DepartmentPayment;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.municipal.ResolutionCondition;
import de.nextnetz.domain.network.Cooperation;
import de.nextnetz.domain.network.Network;
import de.nextnetz.domain.network.NetworkParticipant;
import de.nextnetz.domain.network.NetworkSize;
import de.nextnetz.domain.network.ParticipationChannel;
import de.nextnetz.domain.network.StakeholderGroup;
import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.Clause;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.MajorityBase;
import de.nextnetz.domain.statute.Season;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.FederalState;
import java.util.List;

/**
 * The JSON format of every domain type, as one declaration each: property names are the domain's
 * (the getter without {@code get}/{@code is}), in the order written.
 */
public final class DomainCodecs {

  private DomainCodecs() {}

  /** The identifier of the association document format. */
  public static final String ASSOCIATION_FORMAT = "nextnetz.association";

  /**
   * The version of the association document format this library writes and reads up to. Version 2
   * added {@code seatState}, the Land whose public holidays § 193 BGB applies; a version 1 document
   * reads as before (the Land then follows from the seat's name where it can). Version 3 added the board's history,
   * register filings and the law of assemblies; version 4 adds dues: {@code dues} (payments, write-offs, the
   * creditor identifier), a member's {@code paymentMethod} and {@code mandate}, and the Satzung's
   * {@code feeProration}, the persons' requests under the DSGVO ({@code dataRequests}) and the tax-privileged status
   * ({@code tax}). A reader of an older version refuses a version 4 document as a whole rather than drop
   * what it does not know.
   */
  public static final int ASSOCIATION_VERSION = 4;

  /** Person. */
  public static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.of(Person.class,
          "A natural person.", Person::builder, Person.Builder::build)
      .required("id", ID, Person::getId, Person.Builder::id)
      .required("name", TEXT, Person::getName, Person.Builder::name)
      .optional("title", TEXT, Person::getTitle, Person.Builder::title)
      .build();

  /** Organisation. */
  public static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION = ObjectCodec.of(Organisation.class, "A legal person or authority.", Organisation::builder, Organisation.Builder::build)
      .required("id", ID, Organisation::getId, Organisation.Builder::id)
      .required("name", TEXT, Organisation::getName, Organisation.Builder::name)
      .required("kind", enumOf(OrganisationKind.class), Organisation::getKind, Organisation.Builder::kind)
      .optional("level", enumOf(FederalLevel.class), Organisation::getLevel, Organisation.Builder::level)
      .build();

  /** Registereintrag. */
  public static final ObjectCodec<RegisterEntry, RegisterEntry.Builder> REGISTER_ENTRY = ObjectCodec.of(RegisterEntry.class, "The entry in the register of associations.", RegisterEntry::builder,
          RegisterEntry.Builder::build)
      .required("court", TEXT, RegisterEntry::getCourt, RegisterEntry.Builder::court)
      .required("number", TEXT, RegisterEntry::getNumber, RegisterEntry.Builder::number)
      .build();

  /** Geschäftsstelle. */
  public static final ObjectCodec<Office, Office.Builder> OFFICE = ObjectCodec.of(Office.class,
          "The office and its managing director.", Office::builder, Office.Builder::build)
      .required("address", TEXT, Office::getAddress, Office.Builder::address)
      .optional("email", TEXT, Office::getEmail, Office.Builder::email)
      .optional("website", URI_CODEC, Office::getWebsite, Office.Builder::website)
      .optional("managingDirector", PERSON, Office::getManagingDirector, Office.Builder::managingDirector)
      .build();

  /** Schirmherr:in. */
  public static final ObjectCodec<Patron, Patron.Builder> PATRON = ObjectCodec.of(Patron.class,
          "The patron and the office in which they act.", Patron::builder, Patron.Builder::build)
      .required("person", PERSON, Patron::getPerson, Patron.Builder::person)
      .required("office", TEXT, Patron::getOffice, Patron.Builder::office)
      .build();

  /** Kostenanteil. */
  public static final ObjectCodec<CostShare, CostShare.Builder> COST_SHARE = ObjectCodec.of(CostShare.class,
          "The part of a fee that one department pays.", CostShare::builder, CostShare.Builder::build)
      .required("department", TEXT, CostShare::getDepartment, CostShare.Builder::department)
      .required("amount", MONEY, CostShare::getAmount, CostShare.Builder::amount)
      .build();

  /** SEPA-Lastschriftmandat. */
  public static final ObjectCodec<Mandate, Mandate.Builder> MANDATE = ObjectCodec.of(Mandate.class,
          "A SEPA direct-debit mandate.", Mandate::builder, Mandate.Builder::build)
      .required("reference", Scalars.matching("expected.mandateReference", String::toString, String::toString,
          Mandate.REFERENCE_PATTERN), Mandate::getReference, Mandate.Builder::reference)
      .required("signedOn", DATE, Mandate::getSignedOn, Mandate.Builder::signedOn)
      .required("iban", Scalars.IBAN, Mandate::getIban, Mandate.Builder::iban)
      .optional("bic", TEXT, Mandate::getBic, Mandate.Builder::bic)
      .optional("accountHolder", TEXT, Mandate::getAccountHolder, Mandate.Builder::accountHolder)
      .defaulted("sequence", enumOf(MandateSequence.class), Mandate::getSequence, Mandate.Builder::sequence)
      .optional("lastCollection", DATE, Mandate::getLastCollection, Mandate.Builder::lastCollection)
      .optional("revokedOn", DATE, Mandate::getRevokedOn, Mandate.Builder::revokedOn)
      .build();

  /** Zahlungseingang. */
  public static final ObjectCodec<Payment, Payment.Builder> PAYMENT = ObjectCodec.of(Payment.class,
          "A payment a member made towards the dues.", Payment::builder, Payment.Builder::build)
      .required("id", ID, Payment::getId, Payment.Builder::id)
      .required("memberId", ID, Payment::getMemberId, Payment.Builder::memberId)
      .required("day", DATE, Payment::getDay, Payment.Builder::day)
      .required("amount", MONEY, Payment::getAmount, Payment.Builder::amount)
      .optional("feeYear", YEAR, Payment::getFeeYear, Payment.Builder::feeYear)
      .optional("reference", STRING, Payment::getReference, Payment.Builder::reference)
      .build();

  /** Ausbuchung. */
  public static final ObjectCodec<WriteOff, WriteOff.Builder> WRITE_OFF = ObjectCodec.of(WriteOff.class,
          "An amount of one year's fee the board decided not to collect.", WriteOff::builder, WriteOff.Builder::build)
      .required("memberId", ID, WriteOff::getMemberId, WriteOff.Builder::memberId)
      .required("feeYear", YEAR, WriteOff::getFeeYear, WriteOff.Builder::feeYear)
      .required("amount", MONEY, WriteOff::getAmount, WriteOff.Builder::amount)
      .required("day", DATE, WriteOff::getDay, WriteOff.Builder::day)
      .required("reason", TEXT, WriteOff::getReason, WriteOff.Builder::reason)
      .build();

  /** Steuerliche Satzungsbestimmung (Anlage 1 AO). */
  public static final ObjectCodec<TaxClause, TaxClause.Builder> TAX_CLAUSE = ObjectCodec.of(TaxClause.class,
          "Where the Satzung states an element the tax-privileged status asks of it (§ 60 AO, Anlage 1 AO).",
          TaxClause::builder, TaxClause.Builder::build)
      .required("element", enumOf(TaxElement.class), TaxClause::getElement, TaxClause.Builder::element)
      .required("clause", TEXT, TaxClause::getClause, TaxClause.Builder::clause)
      .optional("quote", TEXT, TaxClause::getQuote, TaxClause.Builder::quote)
      .build();

  /** Beitragsrechnung oder Mahnung. */
  public static final ObjectCodec<FeeDemand, FeeDemand.Builder> FEE_DEMAND = ObjectCodec.of(FeeDemand.class,
          "An invoice or reminder for one year's fee and the day it reached the member.", FeeDemand::builder,
          FeeDemand.Builder::build)
      .required("memberId", ID, FeeDemand::getMemberId, FeeDemand.Builder::memberId)
      .required("feeYear", YEAR, FeeDemand::getFeeYear, FeeDemand.Builder::feeYear)
      .required("kind", enumOf(FeeDemand.Kind.class), FeeDemand::getKind, FeeDemand.Builder::kind)
      .required("receivedOn", DATE, FeeDemand::getReceivedOn, FeeDemand.Builder::receivedOn)
      .build();

  /** Beitragsbuchhaltung. */
  public static final ObjectCodec<Dues, Dues.Builder> DUES = ObjectCodec.of(Dues.class,
          "The dues the office records: payments, write-offs, invoices and reminders from a day, and the SEPA"
              + " creditor identifier.",
          Dues::builder, Dues.Builder::build)
      .required("recordedFrom", DATE, Dues::getRecordedFrom, Dues.Builder::recordedFrom)
      .optional("creditorId", Scalars.CREDITOR_ID, Dues::getCreditorId, Dues.Builder::creditorId)
      .optional("account", Scalars.IBAN, Dues::getAccount, Dues.Builder::account)
      .list("payments", PAYMENT, Dues::getPayments, Dues.Builder::payments)
      .list("writeOffs", WRITE_OFF, Dues::getWriteOffs, Dues.Builder::writeOffs)
      .list("demands", FEE_DEMAND, Dues::getDemands, Dues.Builder::demands)
      .build();

  /** A purpose with its catalogue number. */
  public static final ObjectCodec<TaxPurpose, TaxPurpose.Builder> TAX_PURPOSE = ObjectCodec.of(TaxPurpose.class,
          "A purpose in the Satzung's words and its number in the § 52 Abs. 2 Satz 1 AO catalogue (1 to 26).",
          TaxPurpose::builder, TaxPurpose.Builder::build)
      .required("text", TEXT, TaxPurpose::getText, TaxPurpose.Builder::text)
      .optional("catalogueNumber", INT, TaxPurpose::getCatalogueNumber, TaxPurpose.Builder::catalogueNumber)
      .build();

  /** A notice of the tax office. */
  public static final ObjectCodec<ExemptionNotice, ExemptionNotice.Builder> EXEMPTION_NOTICE = ObjectCodec.of(
          ExemptionNotice.class, "A notice of the tax office on the status: kind, the date printed on it, the last"
              + " assessment year covered, and an assumption where the date is not known.",
          ExemptionNotice::builder, ExemptionNotice.Builder::build)
      .required("kind", enumOf(NoticeKind.class), ExemptionNotice::getKind, ExemptionNotice.Builder::kind)
      .required("date", DATE, ExemptionNotice::getDate, ExemptionNotice.Builder::date)
      .optional("assessmentYear", YEAR, ExemptionNotice::getAssessmentYear, ExemptionNotice.Builder::assessmentYear)
      .optional("assumption", TEXT, ExemptionNotice::getAssumption, ExemptionNotice.Builder::assumption)
      .build();

  /** One year's figures for the tax office. */
  public static final ObjectCodec<TaxYear, TaxYear.Builder> TAX_YEAR = ObjectCodec.of(TaxYear.class,
          "One year's gross receipts per sphere, the surpluses, what is still unused, and the year's return.",
          TaxYear::builder, TaxYear.Builder::build)
      .required("year", YEAR, TaxYear::getYear, TaxYear.Builder::year)
      .required("ideal", MONEY, TaxYear::getIdeal, TaxYear.Builder::ideal)
      .required("assetManagement", MONEY, TaxYear::getAssetManagement, TaxYear.Builder::assetManagement)
      .required("purposeBusiness", MONEY, TaxYear::getPurposeBusiness, TaxYear.Builder::purposeBusiness)
      .required("economicBusiness", MONEY, TaxYear::getEconomicBusiness, TaxYear.Builder::economicBusiness)
      .optional("assetManagementSurplus", MONEY, TaxYear::getAssetManagementSurplus,
          TaxYear.Builder::assetManagementSurplus)
      .optional("purposeBusinessSurplus", MONEY, TaxYear::getPurposeBusinessSurplus,
          TaxYear.Builder::purposeBusinessSurplus)
      .optional("economicBusinessProfit", MONEY, TaxYear::getEconomicBusinessProfit,
          TaxYear.Builder::economicBusinessProfit)
      .optional("unused", MONEY, TaxYear::getUnused, TaxYear.Builder::unused)
      .defaulted("returnRequested", BOOLEAN, TaxYear::isReturnRequested, TaxYear.Builder::returnRequested)
      .defaulted("adviser", BOOLEAN, TaxYear::isAdviser, TaxYear.Builder::adviser)
      .optional("returnDue", DATE, TaxYear::getReturnDue, TaxYear.Builder::returnDue)
      .optional("returnFiledOn", DATE, TaxYear::getReturnFiledOn, TaxYear.Builder::returnFiledOn)
      .build();

  /** A reserve. */
  public static final ObjectCodec<Reserve, Reserve.Builder> RESERVE = ObjectCodec.of(Reserve.class,
          "A reserve (§ 62 AO): kind, amount, the year of the inflows it holds, when it was resolved, when its"
              + " reason ended and when it was dissolved.", Reserve::builder, Reserve.Builder::build)
      .required("id", ID, Reserve::getId, Reserve.Builder::id)
      .required("kind", enumOf(ReserveKind.class), Reserve::getKind, Reserve.Builder::kind)
      .required("amount", MONEY, Reserve::getAmount, Reserve.Builder::amount)
      .required("inflowYear", YEAR, Reserve::getInflowYear, Reserve.Builder::inflowYear)
      .required("resolvedOn", DATE, Reserve::getResolvedOn, Reserve.Builder::resolvedOn)
      .optional("reasonEndedOn", DATE, Reserve::getReasonEndedOn, Reserve.Builder::reasonEndedOn)
      .optional("dissolvedOn", DATE, Reserve::getDissolvedOn, Reserve.Builder::dissolvedOn)
      .build();

  /** An allowance paid. */
  public static final ObjectCodec<Allowance, Allowance.Builder> ALLOWANCE = ObjectCodec.of(Allowance.class,
          "What a person was paid in a year under § 3 Nr. 26 or 26a EStG, for one activity.",
          Allowance::builder, Allowance.Builder::build)
      .required("person", TEXT, Allowance::getPerson, Allowance.Builder::person)
      .required("kind", enumOf(AllowanceKind.class), Allowance::getKind, Allowance.Builder::kind)
      .required("year", YEAR, Allowance::getYear, Allowance.Builder::year)
      .required("amount", MONEY, Allowance::getAmount, Allowance.Builder::amount)
      .required("activity", TEXT, Allowance::getActivity, Allowance.Builder::activity)
      .build();

  /** One amount a receipt confirms. */
  public static final ObjectCodec<ReceiptItem, ReceiptItem.Builder> RECEIPT_ITEM = ObjectCodec.of(ReceiptItem.class,
          "One amount a donation receipt confirms: day, amount, kind, waiver, and what came back for it, if anything.",
          ReceiptItem::builder, ReceiptItem.Builder::build)
      .required("date", DATE, ReceiptItem::getDate, ReceiptItem.Builder::date)
      .required("amount", MONEY, ReceiptItem::getAmount, ReceiptItem.Builder::amount)
      .required("kind", enumOf(ReceiptItemKind.class), ReceiptItem::getKind, ReceiptItem.Builder::kind)
      .defaulted("waiver", BOOLEAN, ReceiptItem::isWaiver, ReceiptItem.Builder::waiver)
      .optional("consideration", TEXT, ReceiptItem::getConsideration, ReceiptItem.Builder::consideration)
      .optional("description", TEXT, ReceiptItem::getDescription, ReceiptItem.Builder::description)
      .optional("origin", enumOf(InKindOrigin.class), ReceiptItem::getOrigin, ReceiptItem.Builder::origin)
      .defaulted("valuationDocuments", BOOLEAN, ReceiptItem::isValuationDocuments,
          ReceiptItem.Builder::valuationDocuments)
      .build();

  /** A donation receipt issued. */
  public static final ObjectCodec<DonationReceipt, DonationReceipt.Builder> DONATION_RECEIPT = ObjectCodec.of(
          DonationReceipt.class, "A donation receipt issued (§ 50 EStDV), as the register keeps it.",
          DonationReceipt::builder, DonationReceipt.Builder::build)
      .required("number", ID, DonationReceipt::getNumber, DonationReceipt.Builder::number)
      .required("donor", TEXT, DonationReceipt::getDonor, DonationReceipt.Builder::donor)
      .required("issuedOn", DATE, DonationReceipt::getIssuedOn, DonationReceipt.Builder::issuedOn)
      .required("form", enumOf(ReceiptForm.class), DonationReceipt::getForm, DonationReceipt.Builder::form)
      .list("items", RECEIPT_ITEM, DonationReceipt::getItems, DonationReceipt.Builder::items)
      .required("total", MONEY, DonationReceipt::getTotal, DonationReceipt.Builder::total)
      .required("amountInWords", TEXT, DonationReceipt::getAmountInWords, DonationReceipt.Builder::amountInWords)
      .optional("transmittedOn", DATE, DonationReceipt::getTransmittedOn, DonationReceipt.Builder::transmittedOn)
      .optional("wording", TEXT, DonationReceipt::getWording, DonationReceipt.Builder::wording)
      .optional("frontPages", INT, DonationReceipt::getFrontPages, DonationReceipt.Builder::frontPages)
      .defaulted("copyKept", BOOLEAN, DonationReceipt::isCopyKept, DonationReceipt.Builder::copyKept)
      .build();

  /** Zuwendung. */
  public static final ObjectCodec<Donation, Donation.Builder> DONATION = ObjectCodec.of(Donation.class,
          "A donation received: money, a gift in kind or a waived reimbursement.", Donation::builder,
          Donation.Builder::build)
      .required("id", ID, Donation::getId, Donation.Builder::id)
      .required("donor", TEXT, Donation::getDonor, Donation.Builder::donor)
      .required("day", DATE, Donation::getDay, Donation.Builder::day)
      .required("amount", MONEY, Donation::getAmount, Donation.Builder::amount)
      .defaulted("kind", enumOf(ReceiptItemKind.class), Donation::getKind, Donation.Builder::kind)
      .defaulted("waiver", BOOLEAN, Donation::isWaiver, Donation.Builder::waiver)
      .optional("description", TEXT, Donation::getDescription, Donation.Builder::description)
      .optional("origin", enumOf(InKindOrigin.class), Donation::getOrigin, Donation.Builder::origin)
      .defaulted("valuationDocuments", BOOLEAN, Donation::isValuationDocuments, Donation.Builder::valuationDocuments)
      .optional("voucher", TEXT, Donation::getVoucher, Donation.Builder::voucher)
      .build();

  /** The tax-privileged status. */
  public static final ObjectCodec<TaxProfile, TaxProfile.Builder> TAX_PROFILE = ObjectCodec.of(TaxProfile.class,
          "The tax-privileged status as the office records it (§§ 51–68 AO).", TaxProfile::builder,
          TaxProfile.Builder::build)
      .required("taxOffice", TEXT, TaxProfile::getTaxOffice, TaxProfile.Builder::taxOffice)
      .optional("taxNumber", TEXT, TaxProfile::getTaxNumber, TaxProfile.Builder::taxNumber)
      .list("purposes", TAX_PURPOSE, TaxProfile::getPurposes, TaxProfile.Builder::purposes)
      .list("notices", EXEMPTION_NOTICE, TaxProfile::getNotices, TaxProfile.Builder::notices)
      .list("years", TAX_YEAR, TaxProfile::getYears, TaxProfile.Builder::years)
      .list("reserves", RESERVE, TaxProfile::getReserves, TaxProfile.Builder::reserves)
      .list("allowances", ALLOWANCE, TaxProfile::getAllowances, TaxProfile.Builder::allowances)
      .list("donations", DONATION, TaxProfile::getDonations, TaxProfile.Builder::donations)
      .list("receipts", DONATION_RECEIPT, TaxProfile::getReceipts, TaxProfile.Builder::receipts)
      .build();

  /** Mitglied. */
  public static final ObjectCodec<Member, Member.Builder> MEMBER = ObjectCodec.of(Member.class,
          "A member: exactly one of person and organisation.", Member::builder, Member.Builder::build)
      .required("id", ID, Member::getId, Member.Builder::id)
      .required("kind", enumOf(MembershipKind.class), Member::getKind, Member.Builder::kind)
      .optional("person", PERSON, Member::getPerson, Member.Builder::person)
      .optional("organisation", ORGANISATION, Member::getOrganisation, Member.Builder::organisation)
      .required("start", DATE, Member::getStart, Member.Builder::start)
      .optional("end", DATE, Member::getEnd, Member.Builder::end)
      .optional("annualFee", MONEY, Member::getAnnualFee, Member.Builder::annualFee)
      .list("costShares", COST_SHARE, Member::getCostShares, Member.Builder::costShares)
      .list("representatives", PERSON, Member::getRepresentatives, Member.Builder::representatives)
      .optional("land", enumOf(FederalState.class), Member::getLand, Member.Builder::land)
      .optional("paymentMethod", enumOf(PaymentMethod.class), Member::getPaymentMethod, Member.Builder::paymentMethod)
      .optional("mandate", MANDATE, Member::getMandate, Member.Builder::mandate)
      .optional("erasedOn", DATE, Member::getErasedOn, Member.Builder::erasedOn)
      .optional("applicationId", ID, Member::getApplicationId, Member.Builder::applicationId)
      .defaulted("founding", BOOLEAN, Member::isFounding, Member.Builder::founding)
      .exactlyOneOf("person", "organisation")
      .build();

  /** Prüfung. */
  public static final ObjectCodec<Review, Review.Builder> REVIEW = ObjectCodec.of(Review.class,
          "A member's review of an application.", Review::builder, Review.Builder::build)
      .required("reviewerId", ID, Review::getReviewerId, Review.Builder::reviewerId)
      .required("date", DATE, Review::getDate, Review.Builder::date)
      .defaulted("recommendation", enumOf(Recommendation.class), Review::getRecommendation,
          Review.Builder::recommendation)
      .build();

  /** Freigabe. */
  public static final ObjectCodec<BoardDecision, BoardDecision.Builder> BOARD_DECISION = ObjectCodec.of(BoardDecision.class, "The board's decision on an application.", BoardDecision::builder,
          BoardDecision.Builder::build)
      .required("date", DATE, BoardDecision::getDate, BoardDecision.Builder::date)
      .required("outcome", enumOf(DecisionOutcome.class), BoardDecision::getOutcome,
          BoardDecision.Builder::outcome)
      .build();

  /** Aufnahmeantrag. */
  public static final ObjectCodec<Application, Application.Builder> APPLICATION = ObjectCodec.of(Application.class,
          "An application for membership with its reviews and the board's decision.", Application::builder,
          Application.Builder::build)
      .required("id", ID, Application::getId, Application.Builder::id)
      .required("applicantName", TEXT, Application::getApplicantName, Application.Builder::applicantName)
      .optional("memberId", ID, Application::getMemberId, Application.Builder::memberId)
      .required("kind", enumOf(MembershipKind.class), Application::getKind, Application.Builder::kind)
      .required("date", DATE, Application::getDate, Application.Builder::date)
      .list("reviews", REVIEW, Application::getReviews, Application.Builder::reviews)
      .optional("decision", BOARD_DECISION, Application::getDecision, Application.Builder::decision)
      .build();

  /** Vorstandssitz. */
  public static final ObjectCodec<BoardSeat, BoardSeat.Builder> BOARD_SEAT = ObjectCodec.of(BoardSeat.class,
          "A seat on the board.", BoardSeat::builder, BoardSeat.Builder::build)
      .required("person", PERSON, BoardSeat::getPerson, BoardSeat.Builder::person)
      .required("role", enumOf(BoardRole.class), BoardSeat::getRole, BoardSeat.Builder::role)
      .optional("electedOn", DATE, BoardSeat::getElectedOn, BoardSeat.Builder::electedOn)
      .optional("until", DATE, BoardSeat::getUntil, BoardSeat.Builder::until)
      .optional("endReason", enumOf(SeatEnd.class), BoardSeat::getEndReason, BoardSeat.Builder::endReason)
      .build();

  /** Vorstandswahl. */
  public static final ObjectCodec<Election, Election.Builder> ELECTION = ObjectCodec.of(Election.class,
          "An election of the board.", Election::builder, Election.Builder::build)
      .required("date", DATE, Election::getDate, Election.Builder::date)
      .optional("assemblyId", ID, Election::getAssemblyId, Election.Builder::assemblyId)
      .defaulted("wholeBoard", BOOLEAN, Election::isWholeBoard, Election.Builder::wholeBoard)
      .build();

  /** Vorstand. */
  public static final ObjectCodec<Board, Board.Builder> BOARD = ObjectCodec.of(Board.class,
          "The board: its seats and elections.", Board::builder, Board.Builder::build)
      .list("seats", BOARD_SEAT, Board::getSeats, Board.Builder::seats)
      .list("elections", ELECTION, Board::getElections, Board.Builder::elections)
      .build();

  /** Herkunft einer Community. */
  public static final ObjectCodec<CommunityOrigin, CommunityOrigin.Builder> COMMUNITY_ORIGIN =
      ObjectCodec.of(CommunityOrigin.class, "Where a community came from.", CommunityOrigin::builder,
              CommunityOrigin.Builder::build)
          .required("kind", enumOf(OriginKind.class), CommunityOrigin::getKind, CommunityOrigin.Builder::kind)
          .required("description", TEXT, CommunityOrigin::getDescription,
              CommunityOrigin.Builder::description)
          .build();

  /** NExTcommunity. */
  public static final ObjectCodec<Community, Community.Builder> COMMUNITY = ObjectCodec.of(Community.class,
          "A community of practice.", Community::builder, Community.Builder::build)
      .required("id", ID, Community::getId, Community.Builder::id)
      .required("name", TEXT, Community::getName, Community.Builder::name)
      .list("aliases", TEXT, Community::getAliases, Community.Builder::aliases)
      .list("leads", PERSON, Community::getLeads, Community.Builder::leads)
      .optional("foundingYear", YEAR, Community::getFoundingYear, Community.Builder::foundingYear)
      .optional("foundingDate", DATE, Community::getFoundingDate, Community.Builder::foundingDate)
      .optional("origin", COMMUNITY_ORIGIN, Community::getOrigin, Community.Builder::origin)
      .optional("website", URI_CODEC, Community::getWebsite, Community.Builder::website)
      .optional("note", TEXT, Community::getNote, Community.Builder::note)
      .build();

  /** Veranstaltung. */
  public static final ObjectCodec<Event, Event.Builder> EVENT = ObjectCodec.of(Event.class,
          "An event on one day or over a range of days.", Event::builder, Event.Builder::build)
      .required("id", ID, Event::getId, Event.Builder::id)
      .required("date", DATE, Event::getDate, Event.Builder::date)
      .optional("endDate", DATE, Event::getEndDate, Event.Builder::endDate)
      .required("format", enumOf(EventFormat.class), Event::getFormat, Event.Builder::format)
      .optional("formatName", TEXT, Event::getFormatName, Event.Builder::formatName)
      .required("title", TEXT, Event::getTitle, Event.Builder::title)
      .optional("communityId", ID, Event::getCommunityId, Event.Builder::communityId)
      .required("mode", enumOf(EventMode.class), Event::getMode, Event.Builder::mode)
      .optional("location", TEXT, Event::getLocation, Event.Builder::location)
      .defaulted("audience", enumOf(Audience.class), Event::getAudience, Event.Builder::audience)
      .list("invitedGuests", TEXT, Event::getInvitedGuests, Event.Builder::invitedGuests)
      .list("sourceRows", INT, Event::getSourceRows, Event.Builder::sourceRows)
      .build();

  /** An event format of the association's own. */
  public static final ObjectCodec<OwnFormat, OwnFormat.Builder> OWN_FORMAT = ObjectCodec.of(OwnFormat.class,
          "An event format of the association's own, by its name, and the kind of format the rules count it as.",
          OwnFormat::builder, OwnFormat.Builder::build)
      .required("name", TEXT, OwnFormat::getName, OwnFormat.Builder::name)
      .required("format", enumOf(EventFormat.class), OwnFormat::getFormat, OwnFormat.Builder::format)
      .list("aliases", TEXT, OwnFormat::getAliases, OwnFormat.Builder::aliases)
      .build();

  /** Einberufende. */
  public static final ObjectCodec<Convener, Convener.Builder> CONVENER = ObjectCodec.of(Convener.class,
          "Who called a general assembly.", Convener::builder, Convener.Builder::build)
      .required("kind", enumOf(ConvenerKind.class), Convener::getKind, Convener.Builder::kind)
      .list("signers", ID, Convener::getSigners, Convener.Builder::signers)
      .optional("courtAuthorisation", TEXT, Convener::getCourtAuthorisation, Convener.Builder::courtAuthorisation)
      .build();

  /** Tagesordnungspunkt. */
  public static final ObjectCodec<AgendaItem, AgendaItem.Builder> AGENDA_ITEM = ObjectCodec.of(AgendaItem.class,
          "A point of the agenda as the invitation names it.", AgendaItem::builder, AgendaItem.Builder::build)
      .required("id", ID, AgendaItem::getId, AgendaItem.Builder::id)
      .required("subject", TEXT, AgendaItem::getSubject, AgendaItem.Builder::subject)
      .optional("kind", enumOf(ResolutionKind.class), AgendaItem::getKind, AgendaItem.Builder::kind)
      .list("clauses", TEXT, AgendaItem::getClauses, AgendaItem.Builder::clauses)
      .optional("proposedWording", TEXT, AgendaItem::getProposedWording, AgendaItem.Builder::proposedWording)
      .build();

  /** Einladung. */
  public static final ObjectCodec<Invitation, Invitation.Builder> INVITATION = ObjectCodec.of(Invitation.class,
          "The invitation to a general assembly, as sent.", Invitation::builder, Invitation.Builder::build)
      .required("dispatchedOn", DATE, Invitation::getDispatchedOn, Invitation.Builder::dispatchedOn)
      .required("form", enumOf(DeclarationForm.class), Invitation::getForm, Invitation.Builder::form)
      .optional("receivedBy", DATE, Invitation::getReceivedBy, Invitation.Builder::receivedBy)
      .list("recipients", ID, Invitation::getRecipients, Invitation.Builder::recipients)
      .list("agendaItems", AGENDA_ITEM, Invitation::getAgendaItems, Invitation.Builder::agendaItems)
      .optional("accessInformation", TEXT, Invitation::getAccessInformation, Invitation.Builder::accessInformation)
      .build();

  /** Stimmen. */
  public static final ObjectCodec<Votes, Votes.Builder> VOTES = ObjectCodec.of(Votes.class,
          "The votes cast on a resolution.", Votes::builder, Votes.Builder::build)
      .required("yes", INT, Votes::getYes, Votes.Builder::yes)
      .required("no", INT, Votes::getNo, Votes.Builder::no)
      .defaulted("abstain", INT, Votes::getAbstain, Votes.Builder::abstain)
      .build();

  /** Vom Stimmrecht ausgeschlossenes Mitglied. */
  public static final ObjectCodec<ExcludedVoter, ExcludedVoter.Builder> EXCLUDED_VOTER = ObjectCodec.of(
          ExcludedVoter.class, "A member who may not vote on a resolution (§ 34 BGB).", ExcludedVoter::builder,
          ExcludedVoter.Builder::build)
      .required("memberId", ID, ExcludedVoter::getMemberId, ExcludedVoter.Builder::memberId)
      .required("reason", TEXT, ExcludedVoter::getReason, ExcludedVoter.Builder::reason)
      .optional("vote", enumOf(Vote.class), ExcludedVoter::getVote, ExcludedVoter.Builder::vote)
      .build();

  /** Zustimmung. */
  public static final ObjectCodec<Consent, Consent.Builder> CONSENT = ObjectCodec.of(Consent.class,
          "The consent of a member who did not attend.", Consent::builder, Consent.Builder::build)
      .required("memberId", ID, Consent::getMemberId, Consent.Builder::memberId)
      .required("date", DATE, Consent::getDate, Consent.Builder::date)
      .required("form", enumOf(DeclarationForm.class), Consent::getForm, Consent.Builder::form)
      .build();

  /** Beschluss der Mitgliederversammlung. */
  public static final ObjectCodec<Resolution, Resolution.Builder> RESOLUTION = ObjectCodec.of(Resolution.class,
          "A resolution of a general assembly.", Resolution::builder, Resolution.Builder::build)
      .required("id", ID, Resolution::getId, Resolution.Builder::id)
      .required("subject", TEXT, Resolution::getSubject, Resolution.Builder::subject)
      .defaulted("kind", enumOf(ResolutionKind.class), Resolution::getKind, Resolution.Builder::kind)
      .optional("agendaItemId", ID, Resolution::getAgendaItemId, Resolution.Builder::agendaItemId)
      .optional("votes", VOTES, Resolution::getVotes, Resolution.Builder::votes)
      .optional("recordedResult", enumOf(ResolutionResult.class), Resolution::getRecordedResult,
          Resolution.Builder::recordedResult)
      .list("excludedVoters", EXCLUDED_VOTER, Resolution::getExcludedVoters, Resolution.Builder::excludedVoters)
      .list("consents", CONSENT, Resolution::getConsents, Resolution.Builder::consents)
      .build();

  /** Protokoll. */
  public static final ObjectCodec<Minutes, Minutes.Builder> MINUTES = ObjectCodec.of(Minutes.class,
          "The minutes of a general assembly.", Minutes::builder, Minutes.Builder::build)
      .optional("signedOn", DATE, Minutes::getSignedOn, Minutes.Builder::signedOn)
      .list("signers", TEXT, Minutes::getSigners, Minutes.Builder::signers)
      .build();

  /** Minderheitsverlangen. */
  public static final ObjectCodec<MinorityDemand, MinorityDemand.Builder> MINORITY_DEMAND = ObjectCodec.of(
          MinorityDemand.class, "Members demand that the board call a general assembly (§ 37 BGB).",
          MinorityDemand::builder, MinorityDemand.Builder::build)
      .required("id", ID, MinorityDemand::getId, MinorityDemand.Builder::id)
      .required("receivedOn", DATE, MinorityDemand::getReceivedOn, MinorityDemand.Builder::receivedOn)
      .list("supporters", ID, MinorityDemand::getSupporters, MinorityDemand.Builder::supporters)
      .required("form", enumOf(DeclarationForm.class), MinorityDemand::getForm, MinorityDemand.Builder::form)
      .optional("purpose", TEXT, MinorityDemand::getPurpose, MinorityDemand.Builder::purpose)
      .optional("reasons", TEXT, MinorityDemand::getReasons, MinorityDemand.Builder::reasons)
      .build();

  /** A request under the DSGVO. */
  public static final ObjectCodec<de.nextnetz.domain.membership.DataRequest, de.nextnetz.domain.membership.DataRequest.Builder>
      DATA_REQUEST = ObjectCodec.of(de.nextnetz.domain.membership.DataRequest.class,
          "A person's request under Art. 15 to 22 DSGVO and when it was answered.",
          de.nextnetz.domain.membership.DataRequest::builder, de.nextnetz.domain.membership.DataRequest.Builder::build)
      .required("id", ID, de.nextnetz.domain.membership.DataRequest::getId, de.nextnetz.domain.membership.DataRequest.Builder::id)
      .required("memberId", ID, de.nextnetz.domain.membership.DataRequest::getMemberId,
          de.nextnetz.domain.membership.DataRequest.Builder::memberId)
      .required("kind", enumOf(de.nextnetz.domain.membership.DataRequestKind.class),
          de.nextnetz.domain.membership.DataRequest::getKind, de.nextnetz.domain.membership.DataRequest.Builder::kind)
      .required("receivedOn", DATE, de.nextnetz.domain.membership.DataRequest::getReceivedOn,
          de.nextnetz.domain.membership.DataRequest.Builder::receivedOn)
      .optional("extendedOn", DATE, de.nextnetz.domain.membership.DataRequest::getExtendedOn,
          de.nextnetz.domain.membership.DataRequest.Builder::extendedOn)
      .optional("answeredOn", DATE, de.nextnetz.domain.membership.DataRequest::getAnsweredOn,
          de.nextnetz.domain.membership.DataRequest.Builder::answeredOn)
      .build();

  /** Austrittserklärung. */
  public static final ObjectCodec<ExitDeclaration, ExitDeclaration.Builder> EXIT_DECLARATION = ObjectCodec.of(
          ExitDeclaration.class, "A member's declaration to leave (§ 39 BGB).", ExitDeclaration::builder,
          ExitDeclaration.Builder::build)
      .required("memberId", ID, ExitDeclaration::getMemberId, ExitDeclaration.Builder::memberId)
      .required("receivedOn", DATE, ExitDeclaration::getReceivedOn, ExitDeclaration.Builder::receivedOn)
      .required("form", enumOf(DeclarationForm.class), ExitDeclaration::getForm, ExitDeclaration.Builder::form)
      .build();

  /** Registeranmeldung. */
  public static final ObjectCodec<RegisterFiling, RegisterFiling.Builder> REGISTER_FILING = ObjectCodec.of(
          RegisterFiling.class, "A filing with the register of associations and its entry (§§ 67, 71 BGB).",
          RegisterFiling::builder, RegisterFiling.Builder::build)
      .required("kind", enumOf(RegisterFilingKind.class), RegisterFiling::getKind, RegisterFiling.Builder::kind)
      .optional("resolutionId", ID, RegisterFiling::getResolutionId, RegisterFiling.Builder::resolutionId)
      .optional("electionDate", DATE, RegisterFiling::getElectionDate, RegisterFiling.Builder::electionDate)
      .optional("filedOn", DATE, RegisterFiling::getFiledOn, RegisterFiling.Builder::filedOn)
      .optional("enteredOn", DATE, RegisterFiling::getEnteredOn, RegisterFiling.Builder::enteredOn)
      .build();

  /** Satzungsklausel. */
  public static final ObjectCodec<Clause, Clause.Builder> CLAUSE = ObjectCodec.of(Clause.class,
          "A clause of the Satzung that sets one parameter.", Clause::builder, Clause.Builder::build)
      .required("parameter", enumOf(StatuteParameter.class), Clause::getParameter, Clause.Builder::parameter)
      .required("clause", TEXT, Clause::getClause, Clause.Builder::clause)
      .optional("quote", TEXT, Clause::getQuote, Clause.Builder::quote)
      .build();

  /** Mitgliederversammlung. */
  public static final ObjectCodec<GeneralAssembly, GeneralAssembly.Builder> GENERAL_ASSEMBLY = ObjectCodec.of(GeneralAssembly.class, "A general assembly, held or planned.", GeneralAssembly::builder,
          GeneralAssembly.Builder::build)
      .required("id", ID, GeneralAssembly::getId, GeneralAssembly.Builder::id)
      .required("date", DATE, GeneralAssembly::getDate, GeneralAssembly.Builder::date)
      .defaulted("status", enumOf(AssemblyStatus.class), GeneralAssembly::getStatus, GeneralAssembly.Builder::status)
      .optional("eventId", ID, GeneralAssembly::getEventId, GeneralAssembly.Builder::eventId)
      .defaulted("kind", enumOf(AssemblyKind.class), GeneralAssembly::getKind, GeneralAssembly.Builder::kind)
      .defaulted("format", enumOf(AssemblyFormat.class), GeneralAssembly::getFormat, GeneralAssembly.Builder::format)
      .optional("convener", CONVENER, GeneralAssembly::getConvener, GeneralAssembly.Builder::convener)
      .optional("invitation", INVITATION, GeneralAssembly::getInvitation, GeneralAssembly.Builder::invitation)
      .optional("presentVoters", INT, GeneralAssembly::getPresentVoters, GeneralAssembly.Builder::presentVoters)
      .list("attendees", ID, GeneralAssembly::getAttendees, GeneralAssembly.Builder::attendees)
      .list("resolutions", RESOLUTION, GeneralAssembly::getResolutions, GeneralAssembly.Builder::resolutions)
      .optional("minutes", MINUTES, GeneralAssembly::getMinutes, GeneralAssembly.Builder::minutes)
      .optional("minorityDemandId", ID, GeneralAssembly::getMinorityDemandId, GeneralAssembly.Builder::minorityDemandId)
      .build();

  /** Teilnehmende:r im Netzwerk. */
  public static final ObjectCodec<NetworkParticipant, NetworkParticipant.Builder> NETWORK_PARTICIPANT =
      ObjectCodec.of(NetworkParticipant.class, "A person in the network (no membership needed).",
              NetworkParticipant::builder, NetworkParticipant.Builder::build)
          .required("name", TEXT, NetworkParticipant::getName, NetworkParticipant.Builder::name)
          .optional("organisation", TEXT, NetworkParticipant::getOrganisation, NetworkParticipant.Builder::organisation)
          .set("channels", enumOf(ParticipationChannel.class), NetworkParticipant::getChannels,
              NetworkParticipant.Builder::channels)
          .required("since", DATE, NetworkParticipant::getSince, NetworkParticipant.Builder::since)
          .build();

  /** Größe des Netzwerks. */
  public static final ObjectCodec<NetworkSize, NetworkSize.Builder> NETWORK_SIZE = ObjectCodec.of(NetworkSize.class,
          "The size of the network as reported.", NetworkSize::builder, NetworkSize.Builder::build)
      .required("asOf", DATE, NetworkSize::getAsOf, NetworkSize.Builder::asOf)
      .required("people", INT, NetworkSize::getPeople, NetworkSize.Builder::people)
      .required("organisations", INT, NetworkSize::getOrganisations, NetworkSize.Builder::organisations)
      .required("wording", TEXT, NetworkSize::getWording, NetworkSize.Builder::wording)
      .build();

  /** NExTnetzwerk. */
  public static final ObjectCodec<Network, Network.Builder> NETWORK = ObjectCodec.of(Network.class,
          "The network: participation without membership.", Network::builder, Network.Builder::build)
      .list("participants", NETWORK_PARTICIPANT, Network::getParticipants, Network.Builder::participants)
      .optional("reportedSize", NETWORK_SIZE, Network::getReportedSize, Network.Builder::reportedSize)
      .build();

  /** Kooperation. */
  public static final ObjectCodec<Cooperation, Cooperation.Builder> COOPERATION = ObjectCodec.of(Cooperation.class,
          "A cooperation with a partner.", Cooperation::builder, Cooperation.Builder::build)
      .required("partner", TEXT, Cooperation::getPartner, Cooperation.Builder::partner)
      .required("group", enumOf(StakeholderGroup.class), Cooperation::getGroup, Cooperation.Builder::group)
      .optional("since", YEAR_MONTH, Cooperation::getSince, Cooperation.Builder::since)
      .required("description", TEXT, Cooperation::getDescription, Cooperation.Builder::description)
      .build();

  /** Zeitfenster. */
  public static final ObjectCodec<Season, Season.Builder> SEASON = ObjectCodec.of(Season.class,
          "A window of the year, both days included.", Season::builder, Season.Builder::build)
      .required("firstDay", MONTH_DAY, Season::getFirstDay, Season.Builder::firstDay)
      .required("lastDay", MONTH_DAY, Season::getLastDay, Season.Builder::lastDay)
      .build();

  /** Beitrag. */
  public static final ObjectCodec<Fee, Fee.Builder> FEE = ObjectCodec.of(Fee.class,
          "The annual fee of a kind of membership.", Fee::builder, Fee.Builder::build)
      .required("kind", enumOf(MembershipKind.class), Fee::getKind, Fee.Builder::kind)
      .required("annualAmount", MONEY, Fee::getAnnualAmount, Fee.Builder::annualAmount)
      .build();

  /** Annahme. */
  public static final ObjectCodec<Assumption, Assumption.Builder> ASSUMPTION = ObjectCodec.of(Assumption.class, "A statute value taken as an assumption.", Assumption::builder,
          Assumption.Builder::build)
      .required("parameter", TEXT, Assumption::getParameter, Assumption.Builder::parameter)
      .required("value", TEXT, Assumption::getValue, Assumption.Builder::value)
      .optional("germanValue", TEXT, Assumption::getGermanValue, Assumption.Builder::germanValue)
      .required("reason", TEXT, Assumption::getReason, Assumption.Builder::reason)
      .optional("germanReason", TEXT, Assumption::getGermanReason, Assumption.Builder::germanReason)
      .build();

  /** Satzungsfassung. */
  public static final ObjectCodec<StatuteVersion, StatuteVersion.Builder> STATUTE_VERSION = ObjectCodec.of(StatuteVersion.class, "One version of the statute as data.", StatuteVersion::builder,
          StatuteVersion.Builder::build)
      .required("validFrom", DATE, StatuteVersion::getValidFrom, StatuteVersion.Builder::validFrom)
      .required("source", TEXT, StatuteVersion::getSource, StatuteVersion.Builder::source)
      .required("chairs", INT, StatuteVersion::getChairs, StatuteVersion.Builder::chairs)
      .required("viceChairs", INT, StatuteVersion::getViceChairs, StatuteVersion.Builder::viceChairs)
      .required("treasurers", INT, StatuteVersion::getTreasurers, StatuteVersion.Builder::treasurers)
      .required("furtherBoardMembers", INT, StatuteVersion::getFurtherBoardMembers,
          StatuteVersion.Builder::furtherBoardMembers)
      .defaulted("furtherBoardMembersExact", BOOLEAN, StatuteVersion::isFurtherBoardMembersExact,
          StatuteVersion.Builder::furtherBoardMembersExact)
      .defaulted("roleAccumulationAllowed", BOOLEAN, StatuteVersion::isRoleAccumulationAllowed,
          StatuteVersion.Builder::roleAccumulationAllowed)
      .required("reElectionWithin", PERIOD, StatuteVersion::getReElectionWithin, StatuteVersion.Builder::reElectionWithin)
      .defaulted("continuationClause", BOOLEAN, StatuteVersion::isContinuationClause,
          StatuteVersion.Builder::continuationClause)
      .set("membershipKinds", enumOf(MembershipKind.class), StatuteVersion::getMembershipKinds,
          StatuteVersion.Builder::membershipKinds)
      .set("votingKinds", enumOf(MembershipKind.class), StatuteVersion::getVotingKinds,
          StatuteVersion.Builder::votingKinds)
      .defaultedSet("admissionProcedureKinds", enumOf(MembershipKind.class), StatuteVersion::getAdmissionProcedureKinds,
          StatuteVersion.Builder::admissionProcedureKinds)
      .required("reviewersRequired", INT, StatuteVersion::getReviewersRequired, StatuteVersion.Builder::reviewersRequired)
      .defaulted("boardApprovalRequired", BOOLEAN, StatuteVersion::isBoardApprovalRequired,
          StatuteVersion.Builder::boardApprovalRequired)
      .defaulted("annualGeneralAssembly", BOOLEAN, StatuteVersion::isAnnualGeneralAssembly,
          StatuteVersion.Builder::annualGeneralAssembly)
      .defaulted("assemblyAtAutumnConference", BOOLEAN, StatuteVersion::isAssemblyAtAutumnConference,
          StatuteVersion.Builder::assemblyAtAutumnConference)
      .defaulted("springAndAutumnConference", BOOLEAN, StatuteVersion::isSpringAndAutumnConference,
          StatuteVersion.Builder::springAndAutumnConference)
      .defaulted("spring", SEASON, StatuteVersion::getSpring, StatuteVersion.Builder::spring)
      .defaulted("autumn", SEASON, StatuteVersion::getAutumn, StatuteVersion.Builder::autumn)
      .defaulted("communityMinMeetings", INT, StatuteVersion::getCommunityMinMeetings,
          StatuteVersion.Builder::communityMinMeetings)
      .defaulted("communityMaxMeetings", INT, StatuteVersion::getCommunityMaxMeetings,
          StatuteVersion.Builder::communityMaxMeetings)
      .defaulted("communityProRata", BOOLEAN, StatuteVersion::isCommunityProRata, StatuteVersion.Builder::communityProRata)
      .list("fees", FEE, StatuteVersion::getFees, StatuteVersion.Builder::fees)
      .optional("feeDueDay", MONTH_DAY, StatuteVersion::getFeeDueDay, StatuteVersion.Builder::feeDueDay)
      .optional("feePaymentDays", INT, StatuteVersion::getFeePaymentDays, StatuteVersion.Builder::feePaymentDays)
      .list("taxClauses", TAX_CLAUSE, StatuteVersion::getTaxClauses, StatuteVersion.Builder::taxClauses)
      .optional("feeProration", enumOf(FeeProration.class), StatuteVersion::getFeeProration,
          StatuteVersion.Builder::feeProration)
      .list("assumptions", ASSUMPTION, StatuteVersion::getAssumptions, StatuteVersion.Builder::assumptions)
      .optional("adoptedBy", ID, StatuteVersion::getAdoptedBy, StatuteVersion.Builder::adoptedBy)
      .list("clauses", CLAUSE, StatuteVersion::getClauses, StatuteVersion.Builder::clauses)
      .optional("invitationPeriod", PERIOD, StatuteVersion::getInvitationPeriod, StatuteVersion.Builder::invitationPeriod)
      .defaulted("invitationDeemedOnDispatch", BOOLEAN, StatuteVersion::isInvitationDeemedOnDispatch, StatuteVersion.Builder::invitationDeemedOnDispatch)
      .set("invitationForms", enumOf(DeclarationForm.class), StatuteVersion::getInvitationForms, StatuteVersion.Builder::invitationForms)
      .optional("invitationForm", enumOf(FormRequirement.class), StatuteVersion::getInvitationForm, StatuteVersion.Builder::invitationForm)
      .defaulted("statuteChangeWordingRequired", BOOLEAN, StatuteVersion::isStatuteChangeWordingRequired, StatuteVersion.Builder::statuteChangeWordingRequired)
      .optional("quorum", FRACTION, StatuteVersion::getQuorum, StatuteVersion.Builder::quorum)
      .optional("simpleMajorityBase", enumOf(MajorityBase.class), StatuteVersion::getSimpleMajorityBase, StatuteVersion.Builder::simpleMajorityBase)
      .optional("statuteChangeMajority", FRACTION, StatuteVersion::getStatuteChangeMajority, StatuteVersion.Builder::statuteChangeMajority)
      .optional("purposeChangeMajority", FRACTION, StatuteVersion::getPurposeChangeMajority, StatuteVersion.Builder::purposeChangeMajority)
      .optional("dissolutionMajority", FRACTION, StatuteVersion::getDissolutionMajority, StatuteVersion.Builder::dissolutionMajority)
      .optional("minorityQuorum", FRACTION, StatuteVersion::getMinorityQuorum, StatuteVersion.Builder::minorityQuorum)
      .optional("minorityDemandForm", enumOf(FormRequirement.class), StatuteVersion::getMinorityDemandForm, StatuteVersion.Builder::minorityDemandForm)
      .optional("exitNotice", PERIOD, StatuteVersion::getExitNotice, StatuteVersion.Builder::exitNotice)
      .optional("exitOnlyAt", enumOf(ExitDate.class), StatuteVersion::getExitOnlyAt, StatuteVersion.Builder::exitOnlyAt)
      .optional("exitForm", enumOf(FormRequirement.class), StatuteVersion::getExitForm, StatuteVersion.Builder::exitForm)
      .defaulted("exitExcluded", BOOLEAN, StatuteVersion::isExitExcluded, StatuteVersion.Builder::exitExcluded)
      .optional("fiscalYearEnd", MONTH_DAY, StatuteVersion::getFiscalYearEnd, StatuteVersion.Builder::fiscalYearEnd)
      .defaulted("virtualAssemblyAllowed", BOOLEAN, StatuteVersion::isVirtualAssemblyAllowed, StatuteVersion.Builder::virtualAssemblyAllowed)
      .optional("minutesSignatures", INT, StatuteVersion::getMinutesSignatures, StatuteVersion.Builder::minutesSignatures)
      .optional("boardRepresentation", INT, StatuteVersion::getBoardRepresentation, StatuteVersion.Builder::boardRepresentation)
      .build();

  /** Satzung. */
  public static final ObjectCodec<Statute, Statute.Builder> STATUTE = ObjectCodec.of(Statute.class,
          "The statute in its versions.", Statute::builder, Statute.Builder::build)
      .list("versions", STATUTE_VERSION, Statute::getVersions, Statute.Builder::versions)
      .build();

  /** Bedingung eines Beschlusses. */
  public static final ObjectCodec<ResolutionCondition, ResolutionCondition.Builder> RESOLUTION_CONDITION =
      ObjectCodec.of(ResolutionCondition.class, "A condition of a council resolution.", ResolutionCondition::builder,
              ResolutionCondition.Builder::build)
          .required("description", TEXT, ResolutionCondition::getDescription, ResolutionCondition.Builder::description)
          .optional("metOn", DATE, ResolutionCondition::getMetOn, ResolutionCondition.Builder::metOn)
          .build();

  /** Beschluss. */
  public static final ObjectCodec<CouncilResolution, CouncilResolution.Builder> COUNCIL_RESOLUTION = ObjectCodec.of(CouncilResolution.class, "A resolution of a municipal council.", CouncilResolution::builder,
          CouncilResolution.Builder::build)
      .required("number", TEXT, CouncilResolution::getNumber, CouncilResolution.Builder::number)
      .optional("submissionNumber", TEXT, CouncilResolution::getSubmissionNumber,
          CouncilResolution.Builder::submissionNumber)
      .required("agendaItem", TEXT, CouncilResolution::getAgendaItem, CouncilResolution.Builder::agendaItem)
      .required("body", TEXT, CouncilResolution::getBody, CouncilResolution.Builder::body)
      .required("date", DATE, CouncilResolution::getDate, CouncilResolution.Builder::date)
      .required("subject", TEXT, CouncilResolution::getSubject, CouncilResolution.Builder::subject)
      .optional("annualFee", MONEY, CouncilResolution::getAnnualFee, CouncilResolution.Builder::annualFee)
      .list("decisions", TEXT, CouncilResolution::getDecisions, CouncilResolution.Builder::decisions)
      .list("conditions", RESOLUTION_CONDITION, CouncilResolution::getConditions, CouncilResolution.Builder::conditions)
      .optional("reference", TEXT, CouncilResolution::getReference, CouncilResolution.Builder::reference)
      .build();

  /** Zahlung eines Dezernats. */
  public static final ObjectCodec<DepartmentPayment, DepartmentPayment.Builder> DEPARTMENT_PAYMENT = ObjectCodec.of(
          DepartmentPayment.class, "A department's payment towards a membership's fee for a budget year.",
          DepartmentPayment::builder, DepartmentPayment.Builder::build)
      .required("department", TEXT, DepartmentPayment::getDepartment, DepartmentPayment.Builder::department)
      .required("budgetYear", YEAR, DepartmentPayment::getBudgetYear, DepartmentPayment.Builder::budgetYear)
      .required("day", DATE, DepartmentPayment::getDay, DepartmentPayment.Builder::day)
      .required("amount", MONEY, DepartmentPayment::getAmount, DepartmentPayment.Builder::amount)
      .optional("reference", STRING, DepartmentPayment::getReference, DepartmentPayment.Builder::reference)
      .build();

  /** Mitgliedschaft einer Kommune. */
  public static final ObjectCodec<MunicipalMembership, MunicipalMembership.Builder> MUNICIPAL_MEMBERSHIP =
      ObjectCodec.of(MunicipalMembership.class, "A municipality's membership in an association.",
              MunicipalMembership::builder, MunicipalMembership.Builder::build)
          .required("id", ID, MunicipalMembership::getId, MunicipalMembership.Builder::id)
          .required("municipality", ORGANISATION, MunicipalMembership::getMunicipality,
              MunicipalMembership.Builder::municipality)
          .required("association", TEXT, MunicipalMembership::getAssociation, MunicipalMembership.Builder::association)
          .required("kind", enumOf(MembershipKind.class), MunicipalMembership::getKind, MunicipalMembership.Builder::kind)
          .optional("resolution", COUNCIL_RESOLUTION, MunicipalMembership::getResolution,
              MunicipalMembership.Builder::resolution)
          .optional("start", DATE, MunicipalMembership::getStart, MunicipalMembership.Builder::start)
          .optional("end", DATE, MunicipalMembership::getEnd, MunicipalMembership.Builder::end)
          .required("annualFee", MONEY, MunicipalMembership::getAnnualFee, MunicipalMembership.Builder::annualFee)
          .list("costShares", COST_SHARE, MunicipalMembership::getCostShares, MunicipalMembership.Builder::costShares)
          .optional("executingUnit", TEXT, MunicipalMembership::getExecutingUnit,
              MunicipalMembership.Builder::executingUnit)
          .optional("firstYearProration", enumOf(FeeProration.class), MunicipalMembership::getFirstYearProration,
              MunicipalMembership.Builder::firstYearProration)
          .optional("lastYearProration", enumOf(FeeProration.class), MunicipalMembership::getLastYearProration,
              MunicipalMembership.Builder::lastYearProration)
          .optional("exitNoticeMonths", INT, MunicipalMembership::getExitNoticeMonths,
              MunicipalMembership.Builder::exitNoticeMonths)
          .optional("exitOnlyAtYearEnd", BOOLEAN, MunicipalMembership::getExitOnlyAtYearEnd,
              MunicipalMembership.Builder::exitOnlyAtYearEnd)
          .list("payments", DEPARTMENT_PAYMENT, MunicipalMembership::getPayments, MunicipalMembership.Builder::payments)
          .build();

  /** The identifier of the portfolio document format. */
  public static final String PORTFOLIO_FORMAT = "nextnetz.portfolio";

  /**
   * The version of the portfolio document format. Version 2 adds a membership's {@code payments} by the departments;
   * a version 1 document reads as before.
   */
  public static final int PORTFOLIO_VERSION = 2;

  /** A municipality's portfolio of memberships, as a document with its format identifier and version. */
  public static final ObjectCodec<MunicipalPortfolio, MunicipalPortfolio.Builder> MUNICIPAL_PORTFOLIO =
      ObjectCodec.of(MunicipalPortfolio.class, "A municipality's memberships in associations.",
              MunicipalPortfolio::builder, MunicipalPortfolio.Builder::build)
          .constant("format", STRING, PORTFOLIO_FORMAT)
          .constant("version", new FormatVersion(PORTFOLIO_VERSION), PORTFOLIO_VERSION)
          .required("municipality", ORGANISATION, MunicipalPortfolio::getMunicipality,
              MunicipalPortfolio.Builder::municipality)
          .list("memberships", MUNICIPAL_MEMBERSHIP, MunicipalPortfolio::getMemberships,
              MunicipalPortfolio.Builder::memberships)
          .build();

  /** Verein: the association document, with its format identifier and version first. */
  public static final ObjectCodec<Association, Association.Builder> ASSOCIATION = ObjectCodec.of(Association.class,
          "The association document: a complete snapshot of an association.", Association::builder,
          Association.Builder::build)
      .constant("format", STRING, ASSOCIATION_FORMAT)
      .constant("version", new FormatVersion(ASSOCIATION_VERSION), ASSOCIATION_VERSION)
      .required("name", TEXT, Association::getName, Association.Builder::name)
      .required("shortName", TEXT, Association::getShortName, Association.Builder::shortName)
      .defaulted("legalForm", TEXT, Association::getLegalForm, Association.Builder::legalForm)
      .required("foundingDate", DATE, Association::getFoundingDate, Association.Builder::foundingDate)
      .required("seat", TEXT, Association::getSeat, Association.Builder::seat)
      .optional("seatState", enumOf(FederalState.class), Association::getSeatState, Association.Builder::seatState)
      .optional("registerEntry", REGISTER_ENTRY, Association::getRegisterEntry, Association.Builder::registerEntry)
      .required("purpose", TEXT, Association::getPurpose, Association.Builder::purpose)
      .optional("patron", PATRON, Association::getPatron, Association.Builder::patron)
      .optional("office", OFFICE, Association::getOffice, Association.Builder::office)
      .required("statute", STATUTE, Association::getStatute, Association.Builder::statute)
      .required("board", BOARD, Association::getBoard, Association.Builder::board)
      .list("members", MEMBER, Association::getMembers, Association.Builder::members)
      .list("applications", APPLICATION, Association::getApplications, Association.Builder::applications)
      .list("communities", COMMUNITY, Association::getCommunities, Association.Builder::communities)
      .list("events", EVENT, Association::getEvents, Association.Builder::events)
      .list("eventFormats", OWN_FORMAT, Association::getEventFormats, Association.Builder::eventFormats)
      .list("generalAssemblies", GENERAL_ASSEMBLY, Association::getGeneralAssemblies,
          Association.Builder::generalAssemblies)
      .defaulted("network", NETWORK, Association::getNetwork, Association.Builder::network)
      .list("cooperations", COOPERATION, Association::getCooperations, Association.Builder::cooperations)
      .list("exitDeclarations", EXIT_DECLARATION, Association::getExitDeclarations,
          Association.Builder::exitDeclarations)
      .list("minorityDemands", MINORITY_DEMAND, Association::getMinorityDemands, Association.Builder::minorityDemands)
      .list("registerFilings", REGISTER_FILING, Association::getRegisterFilings, Association.Builder::registerFilings)
      .optional("dues", DUES, Association::getDues, Association.Builder::dues)
      .list("dataRequests", DATA_REQUEST, Association::getDataRequests, Association.Builder::dataRequests)
      .optional("tax", TAX_PROFILE, Association::getTax, Association.Builder::tax)
      .build();

  /** {@return every object codec, the association first} */
  public static List<ObjectCodec<?, ?>> all() {
    return List.of(ASSOCIATION, PERSON, ORGANISATION, REGISTER_ENTRY, OFFICE, PATRON, COST_SHARE, MANDATE, PAYMENT, WRITE_OFF, FEE_DEMAND, DUES, TAX_CLAUSE, DONATION, TAX_PURPOSE, EXEMPTION_NOTICE,
        TAX_YEAR, RESERVE, ALLOWANCE, RECEIPT_ITEM, DONATION_RECEIPT, TAX_PROFILE, MEMBER, REVIEW,
        BOARD_DECISION, APPLICATION, BOARD_SEAT, ELECTION, BOARD, COMMUNITY_ORIGIN, COMMUNITY, EVENT, OWN_FORMAT,
        CONVENER, AGENDA_ITEM, INVITATION, VOTES, EXCLUDED_VOTER, CONSENT, RESOLUTION, MINUTES, GENERAL_ASSEMBLY,
        MINORITY_DEMAND, EXIT_DECLARATION, DATA_REQUEST, REGISTER_FILING, CLAUSE, NETWORK_PARTICIPANT, NETWORK_SIZE, NETWORK, COOPERATION, SEASON, FEE, ASSUMPTION,
        STATUTE_VERSION, STATUTE, RESOLUTION_CONDITION, COUNCIL_RESOLUTION, DEPARTMENT_PAYMENT, MUNICIPAL_MEMBERSHIP, MUNICIPAL_PORTFOLIO);
  }
}
