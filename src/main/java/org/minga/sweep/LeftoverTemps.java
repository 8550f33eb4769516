package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temporary files a killed writer left in a directory: after {@code kill -9} or a power
 * cut nothing else ever would. Only names Minga writes are touched: {@code NAME.tmp} of {@link
 * AtomicFiles} for the caller's NAMEs, and {@code .NAME.RANDOM.tmp} of the chart images. Callers
 * must hold the directory's lock, so that no live writer owns them.
 */
final class LeftoverTemps {
  /** {@code .NAME.RANDOM.tmp}: RANDOM is an unsigned long in base 36. */
  private static final Pattern HIDDEN = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

  private LeftoverTemps() {}

  /** Removes {@code NAME.tmp} in {@code dir} for each NAME that {@code ours} accepts. */
  static int remove(Path dir, Predicate<String> ours) throws IOException {
    String suffix = AtomicFiles.TEMP_SUFFIX;
    return removeMatching(
        dir, f -> f.endsWith(suffix) && ours.test(f.substring(0, f.length() - suffix.length())));
  }

  /** Removes the {@code .NAME.RANDOM.tmp} files of chart images in {@code dir}. */
  static int removeHidden(Path dir) throws IOException {
    return removeMatching(dir, f -> HIDDEN.matcher(f).matches());
  }

  private static int removeMatching(Path dir, Predicate<String> name) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(dir)) {
      leftovers =
          files
              .filter(p -> name.test(p.getFileName().toString()) && Files.isRegularFile(p))
              .toList();
    }
    for (Path p : leftovers) {
      Files.deleteIfExists(p);
    }
    return leftovers.size();
  }
}
