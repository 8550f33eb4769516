package org.minga.play.web;

/**
 * A player's request the session refuses, with the HTTP status and a plain message for the player's
 * screen (never a stack trace).
 */
public final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  Refused(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** A malformed or invalid input (400). */
  static Refused invalid(String message) {
    return new Refused(400, message);
  }

  /** No seat: no token, or an unknown one (401). */
  static Refused notJoined() {
    return new Refused(401, "Join the session first, with the code on the big screen.");
  }

  /** A request the player may not make (403). */
  static Refused forbidden(String message) {
    return new Refused(403, message);
  }

  /** A request that came at the wrong moment (409). */
  static Refused conflict(String message) {
    return new Refused(409, message);
  }

  /** Too many requests of one player or address (429). */
  static Refused tooMany() {
    return new Refused(429, "Too many requests: wait a moment.");
  }

  public int status() {
    return status;
  }
}
