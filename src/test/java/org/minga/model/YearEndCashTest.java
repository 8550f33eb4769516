package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Buffer-stock saving keeps household cash bounded (Deaton 1991; Carroll 1997): in every bundled
 * scenario, at every December over its whole horizon, the median active household's cash stays
 * below 1.5 times the median trailing 12-month income. Without the rule (fixed subsistence) cash
 * grew to 6-36 times income. All twelve scenarios at full size take a few seconds.
 */
class YearEndCashTest {
  @Test
  void medianYearEndCashStaysBelowOneAndAHalfYearsOfMedianIncomeInEveryBundledScenario()
      throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 12, "the scenario library: " + files);
    for (Path f : files) {
      YearEndCash r = YearEndCash.ofScenario(f.toString());
      assertTrue(r.medianRatio.length >= 1, f.toString());
      for (int y = 0; y < r.medianRatio.length; y++) {
        assertTrue(
            r.medianRatio[y] < 1.5,
            f + " year " + (y + 1) + ": median cash / median " + "income " + r.medianRatio[y]);
      }
    }
  }
}
