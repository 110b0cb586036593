package de.nextnetz.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture, kept by ArchUnit over the compiled classes of the modules the command line is built of
 * (main code, not tests; next-spring-boot only renders through next-json and is not on this class path): no
 * package cycles; the law in one room, so presenters render what the rules and the law room compute and never
 * reach into a rule package to judge again; each module only below the ones it builds on.
 */
class ArchitectureTest {

  /** The rule packages: the rules and their internals, not exported by next-rules. */
  private static final String[] RULE_PACKAGES = {"de.nextnetz.rules.admission..", "de.nextnetz.rules.assembly..",
      "de.nextnetz.rules.board..", "de.nextnetz.rules.fees..", "de.nextnetz.rules.municipal..",
      "de.nextnetz.rules.privacy..", "de.nextnetz.rules.rhythm..", "de.nextnetz.rules.satzung..",
      "de.nextnetz.rules.tax.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("de.nextnetz");
  }

  @Test
  @DisplayName("Every module's main code is imported: domain, rules, JSON, test kit and the command line")
  void the_import_sees_every_module() {
    assertThat(classes.stream().map(JavaClass::getPackageName).filter(name -> name.chars().filter(c -> c == '.').count() == 2))
        .contains("de.nextnetz.domain", "de.nextnetz.rules", "de.nextnetz.json", "de.nextnetz.test",
            "de.nextnetz.examples");
  }

  @Test
  @DisplayName("No package cycles: each package of the library depends only on packages below it")
  void no_package_cycles() {
    slices().matching("de.nextnetz.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("Presenters (CLI, documents, calendars, JSON, test kit) use nothing from a rule package;"
      + " they ask the law room, the catalogue, the engine and the reports")
  void presenters_ask_the_law_room() {
    noClasses().that().resideInAnyPackage("de.nextnetz.examples..", "de.nextnetz.json..", "de.nextnetz.test..")
        .should().dependOnClassesThat().resideInAnyPackage(RULE_PACKAGES).check(classes);
  }

  @Test
  @DisplayName("The law room and the engine's own package know no rule package: rules ask the law, never the reverse")
  void the_law_room_knows_no_rule() {
    noClasses().that().resideInAnyPackage("de.nextnetz.rules", "de.nextnetz.rules.law..",
            "de.nextnetz.rules.report..", "de.nextnetz.rules.deadlines..", "de.nextnetz.rules.calendar..")
        .should().dependOnClassesThat().resideInAnyPackage(RULE_PACKAGES).check(classes);
  }

  @Test
  @DisplayName("NExT's data set and the Musterverein are fixtures: no main code uses them but the test kit, which hands"
      + " them out; the tool and the examples read the data set as JSON")
  void the_seeds_are_fixtures() {
    noClasses().that().resideOutsideOfPackages("de.nextnetz.domain.seeds..", "de.nextnetz.test..")
        .should().dependOnClassesThat().resideInAPackage("de.nextnetz.domain.seeds..").check(classes);
  }

  @Test
  @DisplayName("The modules are layered: the domain knows no rule, the rules know no JSON, the JSON knows no command")
  void modules_are_layered() {
    noClasses().that().resideInAPackage("de.nextnetz.domain..").should().dependOnClassesThat()
        .resideInAnyPackage("de.nextnetz.rules..", "de.nextnetz.json..", "de.nextnetz.test..", "de.nextnetz.examples..")
        .check(classes);
    noClasses().that().resideInAPackage("de.nextnetz.rules..").should().dependOnClassesThat()
        .resideInAnyPackage("de.nextnetz.json..", "de.nextnetz.test..", "de.nextnetz.examples..").check(classes);
    noClasses().that().resideInAPackage("de.nextnetz.json..").should().dependOnClassesThat()
        .resideInAnyPackage("de.nextnetz.test..", "de.nextnetz.examples..").check(classes);
  }
}
