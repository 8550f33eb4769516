package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.9 and stylised fact 9: firms select producers by a score of area, quality,
 * nearness and reliability, so chains select the better-off ([MunozViana-nd, ch. 4 “Inserción de
 * los pequeños productores en los mercados”]).
 */
class ProducerSelectionTest {

  /** A firm reaching the whole territory that contracts 100 of 600 producers from the start. */
  private static final String FIRM =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives: {count: 2, formation: {enabled: false}}
      firms:
        - {name: exporter, entry_rule: always, x_km: 20, y_km: 20, reach_km: 60,
           target_producers: 100}
      """;

  @Test
  void contractedProducersAreLargerAndBetterThanTheAverage() {
    // The default score weighs area / mean area, quality / 0.5, nearness and reliability: the
    // contracted producers' mean area is well above the mean of all (contracted_area_ratio > 1)
    // and their quality above the mean quality.
    MechanismRun r = MechanismRun.of(FIRM, "producers.count=600", "years=1");
    r.steps(1);
    assertEquals(100, r.get("contracted_producers"));
    assertTrue(r.get("contracted_area_ratio") > 1.4, "ratio " + r.get("contracted_area_ratio"));
    double qualityAll = 0;
    double qualityContracted = 0;
    for (Producer p : r.m.producers) {
      qualityAll += p.quality() / r.m.producers.length;
      qualityContracted += p.isContracted() ? p.quality() / 100 : 0;
    }
    assertTrue(
        qualityContracted > qualityAll + 0.05,
        "quality " + qualityAll + " vs " + qualityContracted);
  }

  @Test
  void withoutTheAreaAndQualityWeightsSelectionDoesNotFavourTheLarge() {
    // Control: selecting on nearness alone, the contracted producers' area is about the mean.
    MechanismRun r =
        MechanismRun.of(
            FIRM.replace(
                "target_producers: 100}",
                "target_producers: 100,\n" + "           selection_weights: [0, 0, 1, 0]}"),
            "producers.count=600",
            "years=1");
    r.steps(1);
    assertEquals(100, r.get("contracted_producers"));
    double ratio = r.get("contracted_area_ratio");
    assertTrue(ratio > 0.75 && ratio < 1.25, "ratio " + ratio);
  }

  @Test
  void selectingTheBetterOffRaisesInequality() {
    // Fact 9, second half, where the alternative is selling to intermediaries (no
    // cooperatives): the contract's better price, assistance and credit go to producers who
    // were already larger and better, so they gain and income inequality (Gini) after two years
    // is higher than in the same territory without the firm (means over three seeds).
    String noCooperatives = FIRM.replace("count: 2", "count: 0");
    double with = 0;
    double without = 0;
    double gain = 0;
    for (long seed = 1; seed <= 3; seed++) {
      MechanismRun a =
          MechanismRun.of(noCooperatives, "producers.count=600", "years=2", "seed=" + seed);
      MechanismRun b =
          MechanismRun.of(
              noCooperatives.replaceAll("(?s)firms:.*", ""),
              "producers.count=600",
              "years=2",
              "seed=" + seed);
      with += a.until(24).get("gini") / 3;
      without += b.until(24).get("gini") / 3;
      double contracted = 0;
      double same = 0;
      for (Producer p : a.m.producers) {
        if (p.isContracted()) {
          contracted += p.income12();
          same += b.m.producers[p.id].income12();
        }
      }
      gain += (contracted / same - 1) / 3;
    }
    assertTrue(gain > 0.05, "contract farmers' gain " + gain);
    assertTrue(with > without + 0.004, "gini " + without + " vs " + with);
  }
}
