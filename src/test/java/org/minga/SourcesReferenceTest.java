package org.minga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioProvenance;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * Sources a reader can follow: no file of the repository points at documents that do not ship with
 * it (line numbers of the source texts, the design brief, the directory beside the repository), and
 * every citation key used in the scenarios, the scenario keys' sources and the docs is defined in
 * {@code docs/sources.md}.
 */
class SourcesReferenceTest {
  private static final Path SOURCES = Path.of("docs/sources.md");

  /**
   * The forbidden references, built from pieces so that this file does not contain them: a line of
   * a source text (the word for a source document, its three-digit number, a colon and the line or
   * range; or the placeholder with three capital Ns), the same number and line without the word (a
   * list continued after a comma), the brief's file name, and the directory beside the repository
   * that held both.
   */
  private static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("\\b" + "se" + "ed" + " (?:\\d{3}|" + "N".repeat(3) + "):"),
          Pattern.compile("\\b" + "00" + "[0-4]:\\d"),
          Pattern.compile(Pattern.quote("MODEL" + ".md")),
          Pattern.compile(Pattern.quote(".." + "/shared")));

  /** A definition in docs/sources.md: a heading or a list item that starts with the key. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "^(?:#{2,4} \\[|- \\*\\*\\[)([A-Z][A-Za-z]*(?:\\d{4}[a-z]?|-nd))]", Pattern.MULTILINE);

  @Test
  void noFilePointsAtDocumentsThatDoNotShip() throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path f : repositoryFiles()) {
      byte[] bytes = Files.readAllBytes(f);
      if (isBinary(bytes)) {
        continue;
      }
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Pattern p : FORBIDDEN) {
          if (p.matcher(lines[i]).find()) {
            hits.add(f + ":" + (i + 1) + ": " + lines[i].strip());
          }
        }
      }
    }
    assertTrue(
        hits.isEmpty(),
        "references to documents that do not ship with the repository "
            + "(cite docs/sources.md keys and docs/model.md sections instead):\n"
            + String.join("\n", hits));
  }

  @Test
  void everyCitedKeyIsInTheBibliography() throws IOException {
    Set<String> defined = definedKeys();
    for (String key :
        List.of(
            "MunozViana-nd", "AIRCajamarca-nd", "RedEAmerica-nd", "Rimisp-nd", "HacerPeru-nd")) {
      assertTrue(defined.contains(key), "docs/sources.md must define the source " + key);
    }
    Set<String> missing = new TreeSet<>();
    for (Path f : citingFiles()) {
      for (String key : keys(Files.readString(f))) {
        if (!defined.contains(key)) {
          missing.add(key + " (in " + f + ")");
        }
      }
    }
    for (KeySpec k : ScenarioSchema.of(Scenario.class).allKeys()) {
      for (String key : keys(k.source())) {
        if (!defined.contains(key)) {
          missing.add(key + " (in the source of " + k.path() + ")");
        }
      }
    }
    assertEquals(Set.of(), missing, "citation keys not defined in docs/sources.md");
  }

  @Test
  void theBundledScenariosCiteTheirSources() throws IOException {
    // Without a citation in the scenario files, the test above would pass vacuously.
    Set<String> used = new TreeSet<>();
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        used.addAll(keys(Files.readString(f)));
      }
    }
    assertTrue(
        used.containsAll(
            List.of(
                "MunozViana-nd", "AIRCajamarca-nd", "RedEAmerica-nd", "Rimisp-nd", "HacerPeru-nd")),
        "the scenarios cite " + used);
  }

  private static Set<String> definedKeys() throws IOException {
    Set<String> defined = new LinkedHashSet<>();
    Matcher m = DEFINITION.matcher(Files.readString(SOURCES));
    while (m.find()) {
      defined.add(m.group(1));
    }
    return defined;
  }

  private static Set<String> keys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = ScenarioProvenance.CITATION.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /**
   * The scenarios, the docs and the main code (its comments and parameter sources); not the tests,
   * whose scenarios may cite made-up keys.
   */
  private static List<Path> citingFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path f : repositoryFiles()) {
      String name = f.toString().replace('\\', '/');
      if (name.endsWith(".md")
          || name.endsWith(".yaml")
          || (name.endsWith(".java") && name.startsWith("src/main/"))) {
        files.add(f);
      }
    }
    return files;
  }

  /**
   * The files under version control ({@code git ls-files}); without git (a source archive), every
   * file of the tree except build output and version-control and IDE metadata.
   */
  private static List<Path> repositoryFiles() throws IOException {
    try {
      Process git = new ProcessBuilder("git", "ls-files", "-z").redirectErrorStream(false).start();
      byte[] out = git.getInputStream().readAllBytes();
      if (git.waitFor() == 0) {
        List<Path> files = new ArrayList<>();
        for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
          if (!name.isEmpty() && Files.isRegularFile(Path.of(name))) {
            files.add(Path.of(name));
          }
        }
        if (!files.isEmpty()) {
          return files;
        }
      }
    } catch (IOException e) {
      // No git: walk the tree below.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Set<String> skip = Set.of("target", "out", ".git", ".idea");
    try (Stream<Path> s = Files.walk(Path.of("."))) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                for (Path part : p.normalize()) {
                  if (skip.contains(part.toString())) {
                    return false;
                  }
                }
                return true;
              })
          .map(Path::normalize)
          .sorted()
          .toList();
    }
  }

  private static boolean isBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
