package org.minga.patterns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of the model a report was computed on: a SHA-256 digest over the sources that decide
 * its numbers (the model, metrics, scenario and pattern packages) and the scenario files, read from
 * a source tree. Files are taken in path order, each as its path and its text with line ends
 * normalised, so the digest is the same on any machine and checkout.
 */
public final class ModelVersion {
  /** The directories, relative to the repository root, whose files make the version. */
  static final List<String> DIRECTORIES =
      List.of(
          "src/main/java/org/minga/model",
          "src/main/java/org/minga/metrics",
          "src/main/java/org/minga/scenario",
          "src/main/java/org/minga/patterns",
          "scenarios");

  private ModelVersion() {}

  /** The digest of the tree at {@code root}, or "unknown" when its sources are not there. */
  public static String of(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String d : DIRECTORIES) {
      Path dir = root.resolve(d);
      if (!Files.isDirectory(dir)) {
        return "unknown (no " + d + " under " + root.toAbsolutePath().normalize() + ")";
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    List<String> names =
        files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    MessageDigest sha = sha256();
    for (String name : names) {
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      String text =
          Files.readString(root.resolve(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
