package org.minga.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenarios bundled in the jar (the build copies {@code scenarios/} and its data to {@code
 * minga/scenarios/}), so that {@code minga run baseline} works from any directory. In the jar they
 * are read through a zip file system, so {@code extends} and data files resolve inside the jar as
 * they do on disk. Messages and outputs name them {@code bundled:baseline.yaml}, and that name
 * loads them again: in a resolved scenario ({@code file: bundled:data/x.csv}), after {@code
 * extends:} and on the command line.
 */
public final class BundledScenarios {
  /** How a bundled file is named: {@code bundled:baseline.yaml}. */
  public static final String PREFIX = "bundled:";

  private static final String DIRECTORY = "minga/scenarios";

  /** Always bundled; the directory is found through it. */
  private static final String ANCHOR = DIRECTORY + "/baseline.yaml";

  private static final String YAML = ".yaml";

  /** The JSON Schema in a repository. */
  static final String SCHEMA = "docs/scenario.schema.json";

  private static Optional<Path> root;

  private BundledScenarios() {}

  /** The bundled directory: in the jar, or in the build's classes; empty when not built in. */
  static synchronized Optional<Path> root() {
    if (root == null) {
      root = locate();
    }
    return root;
  }

  private static Optional<Path> locate() {
    URL anchor = BundledScenarios.class.getClassLoader().getResource(ANCHOR);
    if (anchor == null) {
      return Optional.empty();
    }
    try {
      URI uri = anchor.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of()); // open for the program's lifetime
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // Opened before, by this class or another: Path.of finds it.
        }
      }
      return Optional.of(Path.of(uri).toAbsolutePath().normalize().getParent());
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return Optional.empty(); // an unusual class loader: run files by path
    }
  }

  /**
   * The bundled scenario that {@code name} names ({@code baseline}, {@code baseline.yaml} or {@code
   * bundled:baseline.yaml}), if there is one.
   */
  public static Optional<Path> find(String name) {
    String file = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
    if (!file.endsWith(YAML)) {
      file = file + YAML;
    }
    if (!names().contains(file.substring(0, file.length() - YAML.length()))) {
      return Optional.empty(); // also keeps ../ and sub-directories out
    }
    String f = file;
    return root().map(r -> r.resolve(f));
  }

  /** The names of the bundled scenarios, without {@code .yaml}, sorted. */
  public static List<String> names() {
    if (root().isEmpty()) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(root().get())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(YAML))
          .map(n -> n.substring(0, n.length() - YAML.length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Whether {@code file} is one of the bundled files (a scenario or its data). */
  public static boolean contains(Path file) {
    return root().isPresent()
        && file.getFileSystem() == root().get().getFileSystem()
        && file.toAbsolutePath().normalize().startsWith(root().get());
  }

  /** {@code bundled:baseline.yaml} for a bundled file, else the path as given. */
  public static String label(Path file) {
    return contains(file) ? PREFIX + relative(file) : file.toString();
  }

  /** Where a bundled file is in the bundle: {@code baseline.yaml}, {@code data/x.csv}. */
  static String relative(Path bundled) {
    return root()
        .orElseThrow()
        .relativize(bundled.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  /**
   * The repository this program was built in, when it is still there: the directory above {@code
   * target/} (where the jar, or the classes, are) that holds {@code scenarios/} and {@code
   * docs/scenario.schema.json}. Empty for a jar copied elsewhere.
   */
  public static Optional<Path> repository() {
    try {
      Path code =
          Path.of(
                  BundledScenarios.class
                      .getProtectionDomain()
                      .getCodeSource()
                      .getLocation()
                      .toURI())
              .toAbsolutePath()
              .normalize();
      Path repo = code.getParent() == null ? null : code.getParent().getParent();
      return repo != null
              && Files.isDirectory(repo.resolve("scenarios"))
              && Files.isRegularFile(repo.resolve(SCHEMA))
          ? Optional.of(repo)
          : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no code location (an unusual class loader)
    }
  }

  /**
   * The file that {@code name}, written in {@code file} ({@code extends}), names: a bundled one for
   * {@code bundled:...}, else a path relative to {@code file}'s folder.
   */
  public static Path resolve(Path file, String name) {
    Path parent = file.getParent();
    return name.startsWith(PREFIX)
        ? file(name)
        : parent == null ? Path.of(name) : parent.resolve(name);
  }

  /** The file that {@code name} names: a bundled one for {@code bundled:...}, else a path. */
  public static Path file(String name) {
    if (name.startsWith(PREFIX) && root().isPresent()) {
      Path r = root().get();
      Path p = r.resolve(name.substring(PREFIX.length())).normalize();
      if (p.startsWith(r)) {
        return p;
      }
    }
    return Path.of(name);
  }
}
