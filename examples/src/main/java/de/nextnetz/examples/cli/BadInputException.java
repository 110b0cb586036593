package de.nextnetz.examples.cli;

/** Input the tool cannot use: its message says what and where, and the tool exits with 2. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public BadInputException(String message) {
    super(message);
  }
}
