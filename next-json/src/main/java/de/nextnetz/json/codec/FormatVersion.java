package de.nextnetz.json.codec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The version of a document format: a whole number. A reader of version N reads versions 1 to N;
 * a later version is refused as the only problem, since a strict reader cannot know what the
 * newer properties mean and must not drop them.
 */
final class FormatVersion implements Codec<Integer> {

  private final int supported;

  FormatVersion(int supported) {
    this.supported = supported;
  }

  @Override
  public void write(Integer value, JsonGenerator out) {
    out.writeNumber(value.intValue());
  }

  @Override
  public @Nullable Integer read(JsonParser in, Reading reading) {
    Integer version = Scalars.INT.read(in, reading);
    if (version == null) {
      return null;
    }
    if (version > supported) {
      reading.fatal(Reading.pointerOf(in), reading.text("newerVersion", "version", version, "supported", supported));
      return null;
    }
    if (version < 1) {
      reading.problem(in, reading.text("version", "supported", supported, "version", version));
      return null;
    }
    return version;
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    return schemas.node().put("type", "integer").put("minimum", 1).put("maximum", supported);
  }
}
