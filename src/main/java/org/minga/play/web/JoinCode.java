package org.minga.play.web;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A session's join code: five capital letters, none that reads like another or like a digit (no I,
 * L, O), drawn afresh for every session; entered case-insensitively.
 */
final class JoinCode {
  static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 5;

  private JoinCode() {}

  static String fresh(SecureRandom random) {
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return b.toString();
  }

  /** Whether {@code typed} is {@code code}, ignoring case and surrounding spaces. */
  static boolean matches(String code, String typed) {
    return typed != null && code.equals(typed.trim().toUpperCase(Locale.ROOT));
  }
}
