package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios that load: defaults, extends, --set and external data. */
class ScenarioLoaderTest {
  @TempDir Path dir;
  private ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(dir);
  }

  @Test
  void emptyFileGivesTheDefaults() throws Exception {
    ModelInputs in = files.load("");
    assertEquals(ScenarioLoader.defaults(), in.scenario());
    assertEquals(2000, in.scenario().producers().count());
    assertEquals(List.of(5, 6, 7, 8), in.scenario().commodity().harvestMonths());
    assertEquals(Dist.lognormal(3.5, 1.8, 0.3, 30), in.scenario().producers().areaHa());
    assertNull(in.replayPrices());
    assertNull(in.producerTable());
  }

  @Test
  void keysOfAPartialSectionDefaultIndividually() throws Exception {
    Scenario s =
        files
            .load(
                "producers:\n  count: 50\n  area_ha: 2\n"
                    + "commodity:\n  local_market:\n    enabled: true\n")
            .scenario();
    assertEquals(50, s.producers().count());
    assertEquals(Dist.constant(2), s.producers().areaHa());
    assertEquals(ScenarioLoader.defaults().producers().cash(), s.producers().cash());
    assertTrue(s.commodity().localMarket().enabled());
    assertEquals(0.9, s.commodity().localMarket().priceRatio());
  }

  @Test
  void extendsOverridesDeepKeysAndReplacesListsWhole() throws Exception {
    files.write(
        "base/base.yaml",
        """
        name: base
        years: 10
        producers:
          count: 100
          area_ha: {dist: uniform, min: 1, max: 3}
        prices:
          shocks:
            - {at: 1, multiplier: 0.5}
            - {at: 2, multiplier: 0.7}
        """);
    files.write("base/mid.yaml", "extends: base.yaml\nproducers:\n  count: 70\n");
    Path variant =
        files.write(
            "variant.yaml",
            """
        extends: base/mid.yaml
        name: variant
        producers:
          cash: 10
        prices:
          shocks:
            - {at: 5, multiplier: 2}
        """);
    Scenario s = ScenarioLoader.load(variant).scenario();
    assertEquals("variant", s.name());
    assertEquals(10, s.years());
    assertEquals(70, s.producers().count());
    assertEquals(Dist.uniform(1, 3), s.producers().areaHa());
    assertEquals(Dist.constant(10), s.producers().cash());
    assertEquals(1, s.prices().shocks().size());
    assertEquals(5, s.prices().shocks().get(0).at());
  }

  @Test
  void setOverridesListElementsSectionsAndDistParameters() throws Exception {
    Scenario s =
        files
            .load(
                "prices:\n  shocks:\n    - {at: 1, multiplier: 0.5}\n",
                "prices.shocks[0].multiplier=0.25",
                "commodity.harvest_months=[4, 5]",
                "producers.area_ha.sd=2",
                "prices.process=gbm",
                "name=from set")
            .scenario();
    assertEquals(0.25, s.prices().shocks().get(0).multiplier());
    assertEquals(1, s.prices().shocks().get(0).at());
    assertEquals(List.of(4, 5), s.commodity().harvestMonths());
    assertEquals(Dist.lognormal(3.5, 2, 0.3, 30), s.producers().areaHa());
    assertEquals(PriceConfig.Process.GBM, s.prices().process());
    assertEquals("from set", s.name());
  }

  @Test
  void emptySectionMeansAllDefaults() throws Exception {
    Scenario s = files.load("producers:\n  # count: 5\nprices:\n").scenario();
    assertEquals(ScenarioLoader.defaults(), s);
  }

  @Test
  void csvProblemsFormatWithFileAndLine() throws Exception {
    Path csv = files.write("p.csv", "date,price\n2001-01,-3\n");
    ScenarioException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ScenarioException.class,
            () -> files.load("prices:\n  process: replay\n" + "  replay: {file: p.csv}\n"));
    assertEquals(
        csv + ":2: prices.replay.file: `-3` in column price is not a number above 0\n", e.format());
  }

  @Test
  void laterSetWinsOverEarlierSetAndFile() throws Exception {
    Scenario s = files.load("years: 3\n", "years=4", "years=5").scenario();
    assertEquals(5, s.years());
  }

  @Test
  void replaySeriesIsMonthlyInterpolatedScaledAndOffset() throws Exception {
    files.write("data/p.csv", "date,price\n2001-03,130\n2001-01,100\n2001-04-15,160\n");
    files.write(
        "sc/s.yaml",
        """
        prices:
          process: replay
          replay:
            file: ../data/p.csv
            scale: 2
        """);
    ModelInputs in = ScenarioLoader.load(dir.resolve("sc/s.yaml"));
    assertArrayEquals(new double[] {200, 230, 260, 320}, in.replayPrices(), 1e-9);
    assertEquals(dir.resolve("data/p.csv").toString(), in.scenario().prices().replay().file());

    ModelInputs step =
        ScenarioLoader.load(
            dir.resolve("sc/s.yaml"),
            List.of("prices.replay.interpolation=step", "prices.replay.start_offset=1"));
    assertArrayEquals(new double[] {260, 320}, step.replayPrices(), 1e-9);
  }

  @Test
  void replayByStepNumbers() throws Exception {
    files.write("p.csv", "t;v\n".replace(';', ',') + "0,10\n2,30\n");
    ModelInputs in =
        files.load(
            "prices:\n  process: replay\n  replay:\n    file: p.csv\n"
                + "    time_column: t\n    value_column: v\n");
    assertArrayEquals(new double[] {10, 20, 30}, in.replayPrices(), 1e-9);
  }

  @Test
  void replayFileNamedInABaseIsRelativeToTheBase() throws Exception {
    files.write("base/p.csv", "date,price\n2001-01,100\n2001-02,110\n");
    files.write("base/base.yaml", "prices:\n  process: replay\n  replay:\n    file: p.csv\n");
    Path v = files.write("v.yaml", "extends: base/base.yaml\nyears: 2\n");
    assertArrayEquals(new double[] {100, 110}, ScenarioLoader.load(v).replayPrices(), 1e-9);
  }

  @Test
  void producerTableFromCsv() throws Exception {
    files.write("farms.csv", "x_km,y_km,area_ha,quality\n1,2,3,0.5\n4,5,1.5,0.9\n");
    ModelInputs in = files.load("territory:\n  layout: csv\n  file: farms.csv\n");
    ProducerTable t = in.producerTable();
    assertEquals(2, t.size());
    assertArrayEquals(new double[] {1, 4}, t.xKm());
    assertArrayEquals(new double[] {3, 1.5}, t.areaHa());
    assertArrayEquals(new double[] {0.5, 0.9}, t.quality());
    assertNull(t.cash());
    assertNull(t.yieldPerHa());
  }

  @Test
  void aliasesAndYamlBooleansAreAccepted() throws Exception {
    Scenario s =
        files
            .load(
                "producers:\n  area_ha: &d {dist: uniform, min: 1, max: 2}\n"
                    + "  capability: *d\ncommodity:\n  local_market:\n    enabled: yes\n")
            .scenario();
    assertEquals(Dist.uniform(1, 2), s.producers().capability());
    assertTrue(s.commodity().localMarket().enabled());
  }

  @Test
  void everyDistributionFormLoads() throws Exception {
    Scenario s =
        files
            .load(
                """
        producers:
          area_ha: {dist: constant, value: 2.5}
          yield_per_ha: {dist: normal, mean: 15, sd: 3}
          quality: {dist: beta, alpha: 2, beta: 5, min: 0.2, max: 0.8}
          capability: {dist: uniform, min: 0.1, max: 0.2}
          cash: {dist: empirical, values: [1, 2, 5], weights: [0.5, 0.3, 0.2]}
          subsistence_per_month: {dist: empirical, values: [100]}
          off_farm_income_per_month: {dist: lognormal, mean: 70, sd: 50, max: 500}
        """)
            .scenario();
    ProducerConfig p = s.producers();
    assertEquals(Dist.constant(2.5), p.areaHa());
    assertEquals(
        Dist.normal(15, 3, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), p.yieldPerHa());
    assertEquals(Dist.beta(2, 5, 0.2, 0.8), p.quality());
    assertEquals(Dist.uniform(0.1, 0.2), p.capability());
    assertEquals(Dist.empirical(new double[] {1, 2, 5}, new double[] {0.5, 0.3, 0.2}), p.cash());
    assertEquals(Dist.empirical(new double[] {100}, null), p.subsistencePerMonth());
    assertEquals(Dist.lognormal(70, 50, Double.NEGATIVE_INFINITY, 500), p.offFarmIncomePerMonth());
  }
}
