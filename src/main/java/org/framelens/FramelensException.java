package org.framelens;

/** The one unchecked exception type of the library; messages say where (file, line) when they can. */
public class FramelensException extends RuntimeException {

  public FramelensException(String message) {
    super(message);
  }

  public FramelensException(String message, Throwable cause) {
    super(message, cause);
  }
}
