/**
 * The JSON format of the library on Jackson 3: the strict facade {@code NextJson}, the Jackson
 * module {@code NextJsonModule} (also found through {@code ServiceLoader}), and the JSON Schemas of
 * every document. The codecs behind them ({@code de.nextnetz.json.codec}) are internal: exported
 * only to {@code de.nextnetz.test}, which declares the scenario format with them.
 */
@SuppressWarnings("module") // de.nextnetz.test, the target of the qualified export, is built after this module
module de.nextnetz.json {
  requires transitive de.nextnetz.rules;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires java.xml;
  requires static transitive org.jspecify;

  exports de.nextnetz.json;
  exports de.nextnetz.json.problem;
  exports de.nextnetz.json.table;
  exports de.nextnetz.json.bank;
  exports de.nextnetz.json.calendar;
  exports de.nextnetz.json.codec to de.nextnetz.test;

  provides tools.jackson.databind.JacksonModule with de.nextnetz.json.NextJsonModule;
}
