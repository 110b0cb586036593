package de.nextnetz.examples.cli;

/** Input the tool cannot use: its message says what and where, and the tool exits with 2. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The lines below the message, each printed as a line of its own. */
  @SuppressWarnings("serial") // an immutable list of strings
  private final java.util.List<String> details;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public BadInputException(String message) {
    this(message, java.util.List.of());
  }

  /**
   * Creates the exception with a line for each problem below the message.
   *
   * @param message what is wrong, the first line
   * @param details one line for each problem, printed below it as they are
   */
  public BadInputException(String message, java.util.List<String> details) {
    super(message);
    this.details = java.util.List.copyOf(details);
  }

  /** {@return the lines below the message, each a line of its own, possibly none} */
  public java.util.List<String> details() {
    return details;
  }
}
