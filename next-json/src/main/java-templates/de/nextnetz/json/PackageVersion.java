package de.nextnetz.json;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of next-json, generated from the build (the Jackson convention for modules).
 */
public final class PackageVersion implements Versioned {

  /** The version, e.g. {@code 0.1.0-SNAPSHOT} of {@code de.next-netz:next-json}. */
  public static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}",
      "${project.artifactId}");

  /** Creates the holder (Jackson's convention has one). */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
