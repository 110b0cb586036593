package de.nextnetz.spring;

import de.nextnetz.json.NextJsonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets up {@code next-json} in a Spring Boot 4 servlet application: the request's language for reading
 * and writing ({@link LocalizedJsonHttpMessageConverter}, in the place of Boot's JSON converter, so the
 * other converters keep their order: a {@code String} body is still read as text) and the problem answer
 * for documents that cannot be read ({@link NextJsonProblemHandler}). The converter backs off where the
 * application declares a {@code JacksonJsonHttpMessageConverter} of its own, the handler where it declares
 * a {@code NextJsonProblemHandler}. The NExT module itself is found by Jackson's module discovery, which
 * Spring Boot runs.
 *
 * <p>Configured after Boot's converter configuration: Boot's own customizer sets its JSON converter, and
 * this one, applied after it, replaces it.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration"})
@ConditionalOnClass({NextJsonModule.class, JacksonJsonHttpMessageConverter.class, JsonMapper.class,
    ServerHttpMessageConvertersCustomizer.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class NextJsonAutoConfiguration {

  /** Creates the configuration. */
  public NextJsonAutoConfiguration() {}

  /**
   * Puts the JSON converter that reads and writes in the request's language where Boot's JSON converter
   * would be.
   *
   * @param mapper the application's mapper
   * @return the customizer of Spring MVC's converters
   */
  @Bean
  @ConditionalOnBean(JsonMapper.class)
  @ConditionalOnMissingBean(JacksonJsonHttpMessageConverter.class)
  public ServerHttpMessageConvertersCustomizer nextJsonServerConverters(JsonMapper mapper) {
    LocalizedJsonHttpMessageConverter converter = new LocalizedJsonHttpMessageConverter(mapper);
    return converters -> converters.withJsonConverter(converter);
  }

  /**
   * The answer to a document that cannot be read.
   *
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public NextJsonProblemHandler nextJsonProblemHandler() {
    return new NextJsonProblemHandler();
  }
}
