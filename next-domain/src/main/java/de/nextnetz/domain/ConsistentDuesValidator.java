package de.nextnetz.domain;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.membership.Member;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks {@link ConsistentDues}: each problem of a payment or write-off is a violation at its property. */
public final class ConsistentDuesValidator implements ConstraintValidator<ConsistentDues, Association> {

  /** Creates the validator; Bean Validation does. */
  public ConsistentDuesValidator() {}

  @Override
  public boolean isValid(Association association, ConstraintValidatorContext context) {
    if (association.getDues().isEmpty()) {
      return true;
    }
    Dues dues = association.getDues().get();
    Map<String, Member> members = new HashMap<>();
    for (Member member : association.getMembers()) {
      members.putIfAbsent(member.getId(), member);
    }
    Violations violations = new Violations(context);
    Map<String, Integer> first = new HashMap<>();
    List<Payment> payments = dues.getPayments();
    for (int k = 0; k < payments.size(); k++) {
      Payment payment = payments.get(k);
      Integer earlier = first.putIfAbsent(payment.getId(), k);
      if (earlier != null) {
        violations.add("payments", k, "id", "the id " + payment.getId() + " is used twice; first at /dues/payments/"
            + earlier);
      }
      if (!payment.getAmount().currency().equals(Money.EUR)) {
        violations.add("payments", k, "amount", "dues are recorded in EUR, not " + payment.getAmount().currency());
      }
      Member member = known(members, payment.getMemberId(), "payments", k, violations);
      if (member != null && payment.getDay().isBefore(member.getStart())) {
        violations.add("payments", k, "day", "the payment arrived on " + payment.getDay() + ", before member "
            + member.getId() + " joined on " + member.getStart());
      }
    }
    List<WriteOff> writeOffs = dues.getWriteOffs();
    for (int k = 0; k < writeOffs.size(); k++) {
      WriteOff writeOff = writeOffs.get(k);
      if (!writeOff.getAmount().currency().equals(Money.EUR)) {
        violations.add("writeOffs", k, "amount", "dues are recorded in EUR, not " + writeOff.getAmount().currency());
      }
      known(members, writeOff.getMemberId(), "writeOffs", k, violations);
    }
    List<FeeDemand> demands = dues.getDemands();
    for (int k = 0; k < demands.size(); k++) {
      FeeDemand demand = demands.get(k);
      Member member = known(members, demand.getMemberId(), "demands", k, violations);
      if (member != null && demand.getFeeYear().getValue() < member.getStart().getYear()) {
        violations.add("demands", k, "feeYear", "member " + member.getId() + " joined on " + member.getStart()
            + " and owes no fee for " + demand.getFeeYear());
      }
    }
    return violations.none();
  }

  private static @Nullable Member known(Map<String, Member> members, String id, String list, int index,
      Violations violations) {
    Member member = members.get(id);
    if (member == null) {
      violations.add(list, index, "memberId", "no member has the id " + id);
    }
    return member;
  }

  /** Collects violations, replacing the default one at the first. */
  private static final class Violations {
    private final ConstraintValidatorContext context;
    private boolean none = true;

    Violations(ConstraintValidatorContext context) {
      this.context = context;
    }

    void add(String list, int index, String property, String message) {
      if (none) {
        context.disableDefaultConstraintViolation();
        none = false;
      }
      context.buildConstraintViolationWithTemplate(UniqueIdsValidator.escaped(message))
          .addPropertyNode("dues").addPropertyNode(list).addPropertyNode(property).inIterable().atIndex(index)
          .addConstraintViolation();
    }

    boolean none() {
      return none;
    }

  }
}
