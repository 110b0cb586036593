package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.codec.Codec;
import de.nextnetz.json.codec.Documents;
import de.nextnetz.json.codec.DomainCodecs;
import de.nextnetz.json.codec.ObjectCodec;
import de.nextnetz.json.codec.Reading;
import de.nextnetz.json.codec.ReportCodecs;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.RuleId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the NExT JSON format: serializers and deserializers for every domain
 * type, and serializers for every result the library writes (check report, outcome, finding, fact,
 * deadline, citation, activity report, event table, budget year, portfolio review, rule id,
 * message), so the domain stays free of Jackson annotations and a plain or Spring-configured
 * mapper writes the same JSON as {@link NextJson}. Texts are rendered in the write's locale
 * ({@code mapper.writer().with(Locale.GERMAN)}; Jackson's default is the JVM's). Reading is strict and reports every
 * problem in one {@link NextJsonException}, in the read's locale ({@code mapper.readerFor(Association.class)
 * .with(Locale.GERMAN)}: German for {@code de}, English for every other language); a value read as the root of
 * {@code readValue} is then validated with Bean Validation, whose messages follow the same locale.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NextJsonModule()).build();
 * // or, through META-INF/services:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * Association next = mapper.readValue(file, Association.class);
 * }</pre>
 */
public final class NextJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The version of this module, from the build ({@link PackageVersion}). */
  public static final Version VERSION = PackageVersion.VERSION;

  /** Creates the module. */
  public NextJsonModule() {
    super("next-json", VERSION);
    for (ObjectCodec<?, ?> codec : DomainCodecs.all()) {
      register(codec);
    }
    for (ObjectCodec<?, ?> codec : ReportCodecs.all()) {
      serializer(codec);
    }
    addSerializer(RuleId.class, new CodecSerializer<>(ReportCodecs.RULE_ID));
    addSerializer(Message.class, new CodecSerializer<>(ReportCodecs.MESSAGE));
  }

  private <T> void serializer(ObjectCodec<T, ?> codec) {
    addSerializer(codec.type(), new CodecSerializer<>(codec));
  }

  private <T> void register(ObjectCodec<T, ?> codec) {
    addSerializer(codec.type(), new CodecSerializer<>(codec));
    addDeserializer(codec.type(), new CodecDeserializer<>(codec, codec.type()));
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      codec.write(value, out);
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;
    private final Class<T> type;

    CodecDeserializer(Codec<T> codec, Class<T> type) {
      this.codec = codec;
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) {
      // NExT's limits, whatever this mapper's own: one reading policy on every route. Problems are
      // told in the read's language (German for "de", else English), as texts are written in the write's.
      java.util.Locale locale = "de".equals(context.getLocale().getLanguage()) ? java.util.Locale.GERMAN : java.util.Locale.ENGLISH;
      Reading reading = new Reading(locale);
      T value;
      try {
        value = codec.read(in, reading);
      } catch (StreamConstraintsException e) {
        reading.limitExceeded(in, e);
        value = null;
      }
      if (reading.hasProblems() || value == null) {
        throw new NextJsonException(reading.problems(), reading.omitted());
      }
      return Documents.validated(value, de.nextnetz.domain.validation.DomainValidator.forLocale(locale), reading);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
