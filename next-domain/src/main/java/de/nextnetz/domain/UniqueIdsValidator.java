package de.nextnetz.domain;

import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.tax.Donation;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Checks {@link UniqueIds}: every repeated id is a violation at its place naming the first. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Association> {

  /** Creates the validator; Bean Validation does. */
  public UniqueIdsValidator() {}

  @Override
  public boolean isValid(Association association, ConstraintValidatorContext context) {
    boolean valid = unique(association.getMembers(), Member::getId, "members", context);
    valid &= unique(association.getGeneralAssemblies(), GeneralAssembly::getId, "generalAssemblies", context);
    valid &= unique(association.getMinorityDemands(), MinorityDemand::getId, "minorityDemands", context);
    if (association.getTax().isPresent()) {
      TaxProfile tax = association.getTax().get();
      valid &= unique(tax.getDonations(), Donation::getId, List.of("tax", "donations"), "id", "id", context);
      valid &= unique(tax.getReceipts(), DonationReceipt::getNumber, List.of("tax", "receipts"), "number",
          "number", context);
    }
    return valid;
  }

  private static <T> boolean unique(List<T> items, Function<T, String> id, String property,
      ConstraintValidatorContext context) {
    return unique(items, id, List.of(property), "id", "id", context);
  }

  private static <T> boolean unique(List<T> items, Function<T, String> id, List<String> list, String idProperty,
      String what, ConstraintValidatorContext context) {
    Map<String, Integer> first = new HashMap<>();
    boolean valid = true;
    for (int k = 0; k < items.size(); k++) {
      String value = id.apply(items.get(k));
      Integer earlier = first.putIfAbsent(value, k);
      if (earlier != null) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        valid = false;
        ConstraintValidatorContext.ConstraintViolationBuilder violation = context.buildConstraintViolationWithTemplate(
            "the " + what + " " + escaped(value) + " is used twice; first at /"
                + String.join("/", list) + "/" + earlier);
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
            violation.addPropertyNode(list.get(0));
        for (String part : list.subList(1, list.size())) {
          node = node.addPropertyNode(part);
        }
        node.addPropertyNode(idProperty).inIterable().atIndex(k).addConstraintViolation();
      }
    }
    return valid;
  }

  /** A message template takes braces, dollars and backslashes literally only when escaped. */
  static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
