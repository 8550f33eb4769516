package org.minga.scenario;

/**
 * One thing wrong with a scenario: where ({@code file}, 1-based {@code line} and {@code column}, 0
 * when unknown), which key ({@code keyPath}, empty for the whole file) and what is wrong and what
 * is allowed ({@code message}). For {@code --set} overrides {@code file} is the override as typed
 * ({@code --set producers.coutn=5}) and line and column are 0.
 */
public record Problem(String file, int line, int column, String keyPath, String message) {

  /** {@code file:line:column: key.path: message}, leaving out what is unknown. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!keyPath.isEmpty()) {
      sb.append(keyPath).append(": ");
    }
    return sb.append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
