package org.minga.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded: holds every problem found (not just the first), each with its
 * file, line, column and key path. The CLI prints {@link #format()} and exits with status 2.
 */
public class ScenarioException extends Exception {
  private final List<Problem> problems;

  /**
   * @param problems at least one problem, in report order
   */
  public ScenarioException(List<Problem> problems) {
    super(
        problems.size() == 1
            ? problems.get(0).format()
            : problems.size() + " problems, first: " + problems.get(0).format());
    this.problems = List.copyOf(problems);
  }

  /** The problems in report order (file order where they come from the same file). */
  public List<Problem> problems() {
    return problems;
  }

  /** One formatted problem per line, ending with a newline. */
  public String format() {
    return problems.stream().map(Problem::format).collect(Collectors.joining("\n", "", "\n"));
  }
}
