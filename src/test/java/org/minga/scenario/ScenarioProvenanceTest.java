package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.scenario.ScenarioProvenance.Basis;
import org.minga.scenario.ScenarioProvenance.Kind;
import org.minga.scenario.ScenarioProvenance.Value;

/** Reading where each scenario value comes from out of the files' comments. */
class ScenarioProvenanceTest {
  @TempDir Path dir;

  private Map<String, Value> values(String name, String yaml) throws Exception {
    Path f = Files.writeString(dir.resolve(name), yaml);
    return byPath(ScenarioProvenance.of(f));
  }

  private static Map<String, Value> byPath(List<Value> values) {
    return values.stream().collect(Collectors.toMap(Value::path, Function.identity()));
  }

  @Test
  void ownCommentsGiveTheKind() throws Exception {
    Map<String, Value> v =
        values(
            "s.yaml",
            """
        seed: 7                 # assumption: any fixed seed
        years: 30               # [MunozViana-nd, ch. 3 “Asociatividad”] (120 cooperatives in 1986)
        prices:
          sigma: 0.08           # assumption: coffee's upper range; calibrated with check 4b
          phi: 0.97             # [Key2010, p. 4] (booms and busts); size assumed
          process: constant
        """);
    assertEquals(Kind.ASSUMPTION, v.get("seed").kind());
    assertEquals("any fixed seed", v.get("seed").comment().replace("assumption: ", ""));
    assertEquals(Kind.SOURCED, v.get("years").kind());
    assertEquals(List.of("[MunozViana-nd, ch. 3 “Asociatividad”]"), v.get("years").citations());
    assertEquals(List.of("MunozViana-nd"), v.get("years").keys());
    assertEquals(Kind.CALIBRATED, v.get("prices.sigma").kind());
    assertEquals(Kind.ASSUMPTION, v.get("prices.phi").kind(), "a cited effect, an assumed size");
    assertEquals(List.of("Key2010"), v.get("prices.phi").keys());
    assertEquals(Kind.UNSTATED, v.get("prices.process").kind());
    assertEquals(Basis.NONE, v.get("prices.process").basis());
    assertEquals(4, v.get("prices.sigma").line());
    assertTrue(v.get("prices.sigma").plainNumber());
    assertEquals(0.08, v.get("prices.sigma").number().getAsDouble());
    assertFalse(v.get("prices.process").plainNumber());
    assertTrue(v.get("prices.process").number().isEmpty());
  }

  @Test
  void aFlowMapSharesItsLinesCommentAndABlockInheritsItsKeys() throws Exception {
    Map<String, Value> v =
        values(
            "s.yaml",
            """
        producers:
          area_ha: {dist: lognormal, mean: 3.5, sd: 1.8}   # assumption: spread
          yield_per_ha:         # assumption: the spread around the sourced mean
            dist: normal
            mean: 15            # [Castillo2012] (6,000 qq from 400 ha)
            sd: 3
          harvest: [5, 6]       # assumption: May-June
        """);
    assertEquals(Kind.ASSUMPTION, v.get("producers.area_ha.mean").kind());
    assertEquals(Basis.OWN_COMMENT, v.get("producers.area_ha.mean").basis());
    assertEquals("lognormal", v.get("producers.area_ha.dist").value());
    assertEquals(Kind.SOURCED, v.get("producers.yield_per_ha.mean").kind());
    Value sd = v.get("producers.yield_per_ha.sd");
    assertEquals(Kind.ASSUMPTION, sd.kind());
    assertEquals(Basis.ENCLOSING_KEY, sd.basis());
    assertEquals(3, sd.basisLine());
    assertEquals(6, sd.line());
    assertEquals("[5, 6]", v.get("producers.harvest").value(), "a list of scalars is one value");
    assertFalse(v.get("producers.harvest").plainNumber());
  }

  @Test
  void listElementsAreIndexedAndALaterOneWrittenAlikeInheritsTheKind() throws Exception {
    Map<String, Value> v =
        values(
            "s.yaml",
            """
        firms:
          - name: a
            margin: 0.15        # assumption
            target_producers: 150   # [Monterroso2012] (~150 per chain)
            x_km: 15
          - name: b
            margin: 0.15
            target_producers: 120
            x_km: 35
        """);
    Value margin = v.get("firms[1].margin");
    assertEquals(Kind.ASSUMPTION, margin.kind());
    assertEquals(Basis.EARLIER_ELEMENT, margin.basis());
    assertEquals(3, margin.basisLine());
    assertEquals(Kind.UNSTATED, v.get("firms[1].target_producers").kind(), "a different value");
    assertEquals(Kind.UNSTATED, v.get("firms[1].x_km").kind());
    assertEquals(Kind.SOURCED, v.get("firms[0].target_producers").kind());
  }

  @Test
  void aHashInsideQuotesIsNotAComment() {
    assertEquals(
        "assumption: label", ScenarioProvenance.comment("name: \"a # b\"   # assumption: label"));
    assertEquals("", ScenarioProvenance.comment("name: 'it''s # not'"));
    assertEquals("", ScenarioProvenance.comment("url: a#b"));
    assertEquals("why", ScenarioProvenance.comment("description: it's fine  # why"));
    assertEquals("", ScenarioProvenance.comment("seed: 3"));
  }

  @Test
  void classifiesCommentsInOrderCalibratedAssumedCited() {
    assertEquals(
        Kind.CALIBRATED,
        ScenarioProvenance.classify("assumption: x; calibrated with check C1 ([HacerPeru-nd])"));
    assertEquals(Kind.ASSUMPTION, ScenarioProvenance.classify("[Deaton1991]; years assumed"));
    assertEquals(Kind.SOURCED, ScenarioProvenance.classify("[Deaton1991] (buffer stock)"));
    assertNull(ScenarioProvenance.classify("a safety cap only"));
    assertNull(ScenarioProvenance.classify("see [the table](x.md) and [§15]"));
  }

  @Test
  void followsExtendsKeyByKey() throws Exception {
    values(
        "base.yaml",
        """
        years: 30               # assumption: 1986-2015
        start_year: 1986        # [MunozViana-nd, ch. 3] (120 cooperatives in 1986)
        territory:
          width_km: 80          # assumption: a valley system
          height_km: 80         # assumption: as above
        """);
    Map<String, Value> v =
        values(
            "child.yaml",
            """
        extends: base.yaml
        years: 20               # assumption: 1965-1984
        start_year: 1986
        territory:
          width_km: 80
          height_km: 50
        """);
    Path base = dir.resolve("base.yaml").toAbsolutePath().normalize();
    Path child = dir.resolve("child.yaml").toAbsolutePath().normalize();
    assertEquals("20", v.get("years").value());
    assertEquals(child, v.get("years").file());
    assertEquals("assumption: 1965-1984", v.get("years").comment());
    assertEquals(Basis.BASE_SCENARIO, v.get("territory.width_km").basis());
    assertEquals(Kind.ASSUMPTION, v.get("territory.width_km").kind());
    assertEquals(base, v.get("territory.width_km").basisFile());
    assertEquals(Kind.UNSTATED, v.get("territory.height_km").kind(), "a new value, no reason");
    assertEquals(
        Kind.UNSTATED,
        v.get("start_year").kind(),
        "a citation speaks of the base's setting: restating the value is not sourcing it");
    assertFalse(v.containsKey("extends"));

    Map<String, Value> onlyBase =
        values("child2.yaml", "extends: base.yaml\nseed: 2  # assumption\n");
    assertEquals(base, onlyBase.get("territory.height_km").file(), "unwritten: the base's line");
    assertEquals(5, onlyBase.get("territory.height_km").line());
    assertEquals(Kind.ASSUMPTION, onlyBase.get("territory.height_km").kind());
  }

  @Test
  void aBrokenFileIsAScenarioException() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.yaml"), "a: [1, 2\n");
    assertThrows(ScenarioException.class, () -> ScenarioProvenance.of(f));
  }

  @Test
  void everyBundledScenarioValueHasAKindAndItsPathWorksWithSet() throws Exception {
    for (Path f : bundled()) {
      List<Value> values = ScenarioProvenance.of(f);
      assertFalse(values.isEmpty(), f.toString());
      List<String> sets = new ArrayList<>();
      for (Value v : values) {
        assertTrue(v.line() > 0, v.toString());
        if (v.kind() != Kind.UNSTATED) {
          assertFalse(v.comment().isEmpty(), v.toString());
        }
        if (v.plainNumber()) {
          sets.add(v.path() + "=" + v.value());
        }
      }
      // Setting every plain number to its own value through --set changes nothing: the paths
      // are the ones a sampling design can override.
      assertEquals(
          ScenarioLoader.loadScenario(f, List.of()),
          ScenarioLoader.loadScenario(f, sets),
          f.toString());
    }
  }

  @Test
  void theBundledScenariosSayWhatTheyMean() throws Exception {
    Map<String, Value> baseline = byPath(ScenarioProvenance.of(Path.of("scenarios/baseline.yaml")));
    assertEquals(Kind.SOURCED, baseline.get("policies.tax_deduction.rate").kind());
    assertEquals(List.of("HacerPeru-nd"), baseline.get("policies.tax_deduction.rate").keys());
    assertEquals(Kind.ASSUMPTION, baseline.get("policies.tax_deduction.tax_rate").kind());
    assertEquals(Basis.ENCLOSING_KEY, baseline.get("policies.tax_deduction.start").basis());
    assertEquals(Kind.SOURCED, baseline.get("producers.yield_per_ha.mean").kind());
    assertEquals(Kind.ASSUMPTION, baseline.get("producers.yield_per_ha.sd").kind());
    assertEquals(Kind.ASSUMPTION, baseline.get("producers.rationality").kind());
    assertEquals(Kind.SOURCED, baseline.get("cooperatives.services.purchase_discount").kind());
    Map<String, Value> peru =
        byPath(ScenarioProvenance.of(Path.of("scenarios/peru-coffee-cooperatives.yaml")));
    assertEquals(Kind.CALIBRATED, peru.get("cooperatives.fixed_cost_per_month").kind());
    assertEquals(Kind.SOURCED, peru.get("cooperatives.maturity_years").kind());
    Map<String, Value> guatemala =
        byPath(ScenarioProvenance.of(Path.of("scenarios/guatemala-agroexport.yaml")));
    assertEquals(Kind.SOURCED, guatemala.get("firms[2].target_producers").kind());
    assertEquals(Basis.EARLIER_ELEMENT, guatemala.get("firms[2].target_producers").basis());
    Path peruFile = Path.of("scenarios/peru-coffee-cooperatives.yaml").toAbsolutePath().normalize();
    assertEquals(peruFile, guatemala.get("producers.rationality").file(), "from the base");
  }

  private static List<Path> bundled() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
