/** A user's module that depends on the library the way its README says: {@code requires de.nextnetz.json}. */
module de.nextnetz.consumer {
  requires de.nextnetz.json;

  exports de.nextnetz.consumer;
}
