package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.minga.scenario.ScenarioFiles.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/** The loader on small test-only records: required keys in sections, checks, constructors. */
class GenericRecordLoadingTest {
  @TempDir Path dir;

  /** A root with a section holding a required key and a list of checked elements. */
  record Root(
      @Param(doc = "Big number.", def = "1", min = 0) long big,
      @Param(doc = "Section.") Inner inner,
      @Param(doc = "Items.", def = "[]") List<Item> items) {}

  record Inner(
      @Param(doc = "Required.") String label,
      @Param(doc = "Ratio.", def = "0.5", min = 0, max = 1) double ratio) {}

  record Item(@Param(doc = "Low.", def = "0") int low, @Param(doc = "High.", def = "10") int high)
      implements Checked {
    Item {
      if (high == 99) {
        throw new IllegalArgumentException("99 is reserved; use another high");
      }
    }

    @Override
    public void check(Problems p) {
      if (low > high) {
        p.add("low", "is above high; low must be at most high");
      }
      if (high > p.horizonSteps()) {
        p.add("", "reaches beyond the horizon " + p.horizonSteps());
      }
    }
  }

  private List<Problem> problems(String yaml) throws Exception {
    Path f = Files.writeString(dir.resolve("r.yaml"), yaml);
    return assertThrows(
            ScenarioException.class,
            () -> ScenarioLoader.loadRecord(Root.class, f, List.of(), r -> 50))
        .problems();
  }

  @Test
  void requiredKeyInAnUnwrittenSectionIsReportedAtTheFileStart() throws Exception {
    List<Problem> ps = problems("big: 3\n");
    assertEquals(1, ps.size(), ps::toString);
    at(ps.get(0), 1, 1, "inner.label", "missing", "Required.");
  }

  @Test
  void requiredKeyInAWrittenSectionIsReportedAtTheSection() throws Exception {
    List<Problem> ps = problems("big: 3\ninner:\n  ratio: 0.2\n");
    at(ps.get(0), 3, 3, "inner.label", "missing");
  }

  @Test
  void checksOfListElementsArePrefixedWithTheirPath() throws Exception {
    List<Problem> ps =
        problems("inner: {label: x}\nitems:\n  - {low: 5, high: 2}\n" + "  - {high: 60}\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 3, 6, "items[0].low", "above high");
    at(ps.get(1), 4, 5, "items[1]", "beyond the horizon 50");
  }

  @Test
  void constructorRejectionBecomesAProblem() throws Exception {
    List<Problem> ps = problems("inner: {label: x}\nitems:\n  - {high: 99}\n");
    at(ps.get(0), 3, 5, "items[0]", "99 is reserved");
  }

  @Test
  void longsAndEmptySections() throws Exception {
    Path f =
        Files.writeString(dir.resolve("ok.yaml"), "big: 9_000_000_000\ninner:\n  label: \"x\"\n");
    Root r = ScenarioLoader.loadRecord(Root.class, f, List.of(), x -> 50);
    assertEquals(9_000_000_000L, r.big());
    assertEquals(new Inner("x", 0.5), r.inner());
    List<Problem> ps = problems("big: 99999999999999999999\ninner:\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 1, 6, "big", "too large");
    at(ps.get(1), 2, 1, "inner.label", "missing");
  }
}
