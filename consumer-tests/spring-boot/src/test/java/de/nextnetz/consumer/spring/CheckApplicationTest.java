package de.nextnetz.consumer.spring;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.NextJsonModule;
import de.nextnetz.spring.LocalizedJsonHttpMessageConverter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application on a free port of this machine, asked over HTTP as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApplicationTest {

  /** A document with three problems: an unknown property, a blank name, a date that does not exist. */
  private static final String BROKEN = NextJson.standard().writeAssociationAsString(NextSeeds.association())
      .replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \" \", \"motto\" : \"x\"")
      .replaceFirst("\"foundingDate\" : \"2018-07-12\"", "\"foundingDate\" : \"2018-02-30\"");

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  @Autowired
  private ApplicationContext context;

  private HttpResponse<String> post(String path, String body, String language) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("Spring Boot finds the NExT module, and next-spring-boot's converter replaces Boot's JSON converter")
  void is_configured() {
    assertThat(context.getBean(JsonMapper.class).registeredModules()).anyMatch(NextJsonModule.class::isInstance);
    List<HttpMessageConverter<?>> converters = context.getBean(RequestMappingHandlerAdapter.class).getMessageConverters();
    assertThat(converters).filteredOn(JacksonJsonHttpMessageConverter.class::isInstance)
        .singleElement().isInstanceOf(LocalizedJsonHttpMessageConverter.class);
    assertThat(converters).as("Boot's order kept: text before JSON")
        .extracting(converter -> converter instanceof StringHttpMessageConverter ? "text"
            : converter instanceof JacksonJsonHttpMessageConverter ? "json" : "other")
        .containsSubsequence("text", "json");
  }

  @Test
  @DisplayName("Satzung 1.3: the check report over HTTP equals the library's JSON, in the request's language")
  void the_report_equals_the_librarys() throws Exception {
    String document = NextJson.standard().writeAssociationAsString(NextSeeds.association());
    LocalDate day = LocalDate.of(2026, 11, 22);
    for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      HttpResponse<String> response = post("/check?asOf=" + day, document, language.getLanguage());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode expected = PLAIN.readTree(NextJson.standard()
          .writeCheckReportAsString(BuiltInRules.engine().check(NextSeeds.association(), day), language));
      assertThat(PLAIN.readTree(response.body())).isEqualTo(expected);
    }
    assertThat(post("/check?asOf=" + day, document, "de").body()).contains("Der Vorstand wurde zuletzt am 21. November 2024 gewählt");
  }

  @Test
  @DisplayName("RFC 9457: a document Spring's converter cannot read is a 400 problem listing every problem with its pointer, in German and English")
  void a_broken_document_is_a_problem_with_pointers() throws Exception {
    HttpResponse<String> german = post("/check?asOf=2026-11-22", BROKEN, "de-DE,de;q=0.9");
    HttpResponse<String> english = post("/check?asOf=2026-11-22", BROKEN, "en");
    System.out.println("400 body, Accept-Language: de\n" + german.body() + "\n400 body, Accept-Language: en\n" + english.body());

    assertThat(german.statusCode()).isEqualTo(400);
    assertThat(german.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode de = PLAIN.readTree(german.body());
    assertThat(de.get("title").asString()).isEqualTo("Ungültiges NExT-Dokument");
    assertThat(de.get("detail").asString()).isEqualTo("Das Dokument hat 2 Probleme.");
    assertThat(de.get("status").asInt()).isEqualTo(400);
    assertThat(de.get("problems").values()).extracting(problem -> problem.get("pointer").asString())
        .containsExactly("/foundingDate", "/motto");
    assertThat(de.get("problems").get(1).get("message").asString()).startsWith("unbekannte Eigenschaft");

    JsonNode en = PLAIN.readTree(english.body());
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(en.get("title").asString()).isEqualTo("Invalid NExT document");
    assertThat(en.get("detail").asString()).isEqualTo("The document has 2 problems.");
    assertThat(en.get("problems").get(1).get("message").asString()).startsWith("unknown property");
  }

  @Test
  @DisplayName("Bean Validation's problems too, in the request's language, once the document parses")
  void constraint_violations_are_problems_too() throws Exception {
    String blankName = NextJson.standard().writeAssociationAsString(NextSeeds.association())
        .replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \" \"");
    HttpResponse<String> german = post("/check?asOf=2026-11-22", blankName, "de");
    assertThat(german.statusCode()).as(german.body()).isEqualTo(400);
    JsonNode de = PLAIN.readTree(german.body());
    assertThat(de.get("problems").values()).extracting(problem -> problem.get("pointer").asString() + ": "
        + problem.get("message").asString()).containsExactly("/name: darf nicht leer sein");
    HttpResponse<String> english = post("/check-text?asOf=2026-11-22", blankName, "en");
    assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
    JsonNode en = PLAIN.readTree(english.body());
    assertThat(en.get("problems").values()).extracting(problem -> problem.get("pointer").asString() + ": "
        + problem.get("message").asString()).containsExactly("/name: must not be blank");
  }

  @Test
  @DisplayName("A document the application reads itself with NextJson gets the same answer")
  void the_applications_own_reading_is_answered_alike() throws Exception {
    HttpResponse<String> response = post("/check-text?asOf=2026-11-22", BROKEN, "de");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(PLAIN.readTree(response.body()).get("problems").values()).extracting(problem -> problem.get("pointer").asString())
        .containsExactly("/foundingDate", "/motto");
  }
}
