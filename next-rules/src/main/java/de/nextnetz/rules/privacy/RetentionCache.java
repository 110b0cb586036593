package de.nextnetz.rules.privacy;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.law.Retention;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What is held about each former member in one check run, computed once per day and parameters for the privacy rules. */
final class RetentionCache {

  /** The look-up the privacy rules share in a check run. */
  static final SharedLookup<Association, RetentionCache> LOOKUP = SharedLookup.of("retention", RetentionCache::new);

  private record Key(LocalDate asOf, RetentionSettings settings) {}

  private final Association association;
  private final Map<Key, List<Retention>> computed = new ConcurrentHashMap<>();

  private RetentionCache(Association association) {
    this.association = association;
  }

  /** The retention of every former member not yet erased, in the order of the members. */
  List<Retention> former(LocalDate asOf, RetentionSettings settings) {
    return computed.computeIfAbsent(new Key(asOf, settings), key -> Retention.former(association, key.asOf(),
        key.settings()));
  }
}
