package de.nextnetz.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's Jackson 3 JSON converter, reading and writing in the language of the request: the locale Spring
 * resolved for it ({@link LocaleContextHolder}, from {@code Accept-Language} by default). The NExT module
 * tells the problems of a document in that language (German for {@code de}, else English) and writes check
 * reports, findings and deadlines in it, as {@code next check --lang} does; everything else is read and
 * written as by Spring's own converter.
 */
public class LocalizedJsonHttpMessageConverter extends JacksonJsonHttpMessageConverter {

  /**
   * Creates the converter over the application's mapper (Spring Boot's, with the NExT module registered).
   *
   * @param mapper the mapper
   */
  public LocalizedJsonHttpMessageConverter(JsonMapper mapper) {
    super(mapper);
  }

  /**
   * Reads in the request's language.
   *
   * @param reader the reader Spring prepared
   * @param javaType the type read
   * @return the reader with the request's locale
   */
  @Override
  protected ObjectReader customizeReader(ObjectReader reader, @Nullable JavaType javaType) {
    return reader.with(LocaleContextHolder.getLocale());
  }

  /**
   * Writes in the request's language.
   *
   * @param writer the writer Spring prepared
   * @param javaType the type written, where known
   * @param contentType the content type, where known
   * @return the writer with the request's locale
   */
  @Override
  protected ObjectWriter customizeWriter(ObjectWriter writer, @Nullable JavaType javaType, @Nullable MediaType contentType) {
    return writer.with(LocaleContextHolder.getLocale());
  }
}
