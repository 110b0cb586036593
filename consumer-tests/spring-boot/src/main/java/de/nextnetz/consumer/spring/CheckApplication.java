package de.nextnetz.consumer.spring;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.RuleEngine;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's web application: it checks the association document posted to it as of a day. The body is
 * read by Spring's converter (with the NExT module Spring Boot found), or, on the second route, by the
 * application itself with {@link NextJson}; either way a document that cannot be read is answered by
 * next-spring-boot's problem handler.
 */
@SpringBootApplication
@RestController
public class CheckApplication {

  private final RuleEngine<Association> engine = BuiltInRules.engine();

  /** Creates the application. */
  public CheckApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(CheckApplication.class, args);
  }

  /**
   * Checks a document read by Spring's converter.
   *
   * @param association the posted document
   * @param asOf the day of the check
   * @return the report, written in the request's language
   */
  @PostMapping("/check")
  public CheckReport check(@RequestBody Association association, @RequestParam LocalDate asOf) {
    return engine.check(association, asOf);
  }

  /**
   * Checks a document the application reads itself.
   *
   * @param body the posted document
   * @param asOf the day of the check
   * @param locale the request's language
   * @return the report
   */
  @PostMapping("/check-text")
  public CheckReport checkText(@RequestBody String body, @RequestParam LocalDate asOf, Locale locale) {
    return engine.check(NextJson.builder().locale(locale).build().readAssociation(body), asOf);
  }
}
