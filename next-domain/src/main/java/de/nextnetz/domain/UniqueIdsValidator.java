package de.nextnetz.domain;

import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Member;
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
    return valid;
  }

  private static <T> boolean unique(List<T> items, Function<T, String> id, String property,
      ConstraintValidatorContext context) {
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
        context.buildConstraintViolationWithTemplate("the id " + escaped(value) + " is used twice; first at /" + property
                + "/" + earlier)
            .addPropertyNode(property).addPropertyNode("id").inIterable().atIndex(k)
            .addConstraintViolation();
      }
    }
    return valid;
  }

  /** A message template takes braces, dollars and backslashes literally only when escaped. */
  static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
