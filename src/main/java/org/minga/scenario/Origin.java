package org.minga.scenario;

import java.nio.file.Path;

/**
 * Where a YAML key or value was written: a file position (1-based line and column), a {@code --set}
 * override, or a schema default.
 *
 * @param file the YAML file, or null for overrides and defaults
 * @param label what to print as the location: the file name as given, {@code --set a.b=1}, or
 *     {@code default of a.b}
 */
record Origin(Path file, String label, int line, int column) {

  static Origin ofOverride(String text) {
    return new Origin(null, "--set " + text, 0, 0);
  }

  static Origin ofDefault(String keyPath) {
    return new Origin(null, "default of " + keyPath, 0, 0);
  }

  /** Whether this was written by the user (a file or --set), not filled in from a default. */
  boolean isWritten() {
    return !label.startsWith("default of ");
  }

  Problem problem(String keyPath, String message) {
    return new Problem(label, line, column, keyPath, message);
  }
}
