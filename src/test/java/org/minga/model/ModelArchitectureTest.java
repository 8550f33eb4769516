package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model package stays headless, file-free and reproducible: no GUI, IO, command-line, output or
 * metrics dependency (the metrics depend on the model, never the reverse), and no randomness or
 * clock other than the run's seeded {@code state.random}. Scans the source text, with comments and
 * string literals removed so that documentation may name what code may not use.
 */
class ModelArchitectureTest {
  private static final Path MODEL = Path.of("src/main/java/org/minga/model");

  /** Packages the model must not use, by import or fully qualified name. */
  private static final List<String> FORBIDDEN_PACKAGES =
      List.of(
          "java.awt",
          "javax.swing",
          "java.io",
          "java.nio",
          "org.jfree",
          "picocli",
          "org.minga.cli",
          "org.minga.output",
          "org.minga.gui",
          "org.minga.metrics");

  /** Calls that bring in randomness or time from outside the seeded model state. */
  private static final List<Pattern> FORBIDDEN_CALLS =
      List.of(
          Pattern.compile("\\bMath\\s*\\.\\s*random\\s*\\("),
          Pattern.compile("\\bnew\\s+(java\\.util\\.)?Random\\s*\\("),
          Pattern.compile("\\bnew\\s+(java\\.security\\.)?SecureRandom\\s*\\("),
          Pattern.compile("\\bThreadLocalRandom\\b"),
          Pattern.compile("\\bnew\\s+(ec\\.util\\.)?MersenneTwisterFast\\s*\\("),
          Pattern.compile("\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\("),
          Pattern.compile("\\bSystem\\s*\\.\\s*nanoTime\\s*\\("),
          Pattern.compile("\\b(Instant|LocalDateTime|LocalDate|Clock)\\s*\\.\\s*now\\s*\\("));

  @Test
  void modelSourcesUseNoForbiddenPackageNorOutsideRandomnessOrClock() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MODEL)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    // Guard: the scan must actually see the model (a wrong path would pass vacuously).
    assertTrue(
        files.size() > 40,
        "found only " + files.size() + " model sources under " + MODEL.toAbsolutePath());
    assertTrue(
        files.stream().anyMatch(p -> p.endsWith("price/WorldPrice.java")),
        "subpackages are scanned");
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      problems.addAll(violations(MODEL.relativize(f).toString(), Files.readString(f)));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Money moves only through the Ledger: the holders' balance methods are called from Ledger alone
   * (tests may break the rule on purpose, to check the money invariant catches it).
   */
  @Test
  void theScannerFindsWhatItLooksForAndIgnoresComments() {
    // Self-test of the scanner on made-up sources, so the real scan above cannot pass because
    // the patterns are broken.
    String bad =
        """
        package org.minga.model;
        import java.io.File;
        import static org.minga.metrics.Metrics.index;
        class Bad {
          double x = Math.random();
          java.util.Random r = new Random(42);
          long t = System.currentTimeMillis() + System.nanoTime();
          java.nio.file.Path p;
          javax.swing.JFrame frame;
        }
        """;
    List<String> found = violations("Bad.java", bad);
    assertEquals(8, found.size(), String.join("\n", found));
    String fine =
        """
        package org.minga.model;
        import java.util.Arrays;
        /** Never uses java.io or Math.random(); see org.minga.metrics. */
        class Fine {
          // new Random(1) would break reproducibility; System.nanoTime() too
          String s = "java.awt and new Random() are only words here";
          double v = state.random.nextDouble();
          String myjava = "x"; Object randomness = null;
        }
        """;
    assertEquals(List.of(), violations("Fine.java", fine));
  }

  /** Problems found in one source file, each naming the file, line and what was found. */
  static List<String> violations(String name, String source) {
    String code = stripCommentsAndStrings(source);
    List<String> out = new ArrayList<>();
    for (String pkg : FORBIDDEN_PACKAGES) {
      // Imports (static or not) and fully qualified uses, but not longer names sharing a
      // prefix (java.iox) nor identifiers ending in the name (myjava.io).
      Pattern p = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "(?![\\w])");
      Matcher m = p.matcher(code);
      while (m.find()) {
        out.add(name + ":" + line(code, m.start()) + ": uses " + pkg);
      }
    }
    for (Pattern p : FORBIDDEN_CALLS) {
      Matcher m = p.matcher(code);
      while (m.find()) {
        out.add(
            name
                + ":"
                + line(code, m.start())
                + ": calls "
                + m.group().trim()
                + " (randomness and time must come from state.random and the step)");
      }
    }
    return out;
  }

  private static int line(String code, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += code.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /**
   * Replaces comments, string and char literals (text blocks included) by spaces, keeping line
   * breaks so reported line numbers stay right.
   */
  static String stripCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(s, i, end, out);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        blank(s, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 1);
        blank(s, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String s, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(s.charAt(k) == '\n' ? '\n' : ' ');
    }
  }
}
