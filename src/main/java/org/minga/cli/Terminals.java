package org.minga.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal, where progress is drawn as a bar rather than written as log lines.
 * {@code System.console()} answers for stdin and stdout only, so {@code cmd 2> log} would get a bar
 * in its log; on Linux the target of /proc/self/fd/2 answers for stderr itself.
 */
final class Terminals {
  private Terminals() {}

  static boolean stderrIsTerminal() {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null; // no /proc: not Linux
    }
  }

  /** Whether a file descriptor pointing at {@code target} is a terminal. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }
}
