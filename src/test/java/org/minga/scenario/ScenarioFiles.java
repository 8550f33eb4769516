package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: writes small scenario files and loads them, returning the problems. */
final class ScenarioFiles {
  private final Path dir;

  ScenarioFiles(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ModelInputs load(String yaml, String... sets) throws ScenarioException {
    return ScenarioLoader.load(write("s.yaml", yaml), List.of(sets));
  }

  List<Problem> problems(String yaml, String... sets) {
    return problemsOf(write("s.yaml", yaml), sets);
  }

  static List<Problem> problemsOf(Path file, String... sets) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(sets)));
    return e.problems();
  }

  /** Asserts exactly one problem, at {@code line:column} for {@code key}, mentioning text. */
  static Problem single(
      List<Problem> problems, int line, int column, String key, String... mentions) {
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return at(problems.get(0), line, column, key, mentions);
  }

  static Problem at(Problem p, int line, int column, String key, String... mentions) {
    assertEquals(line, p.line(), () -> "line of " + p);
    assertEquals(column, p.column(), () -> "column of " + p);
    assertEquals(key, p.keyPath(), () -> "key of " + p);
    for (String m : mentions) {
      assertTrue(p.message().contains(m), () -> "`" + m + "` not in: " + p);
    }
    return p;
  }
}
