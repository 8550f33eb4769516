package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;
import org.minga.model.Producer;

/**
 * The cooperative, contract and credit event columns on a run where cooperatives form and dissolve
 * and a firm blacklists producers who divert contracted output.
 */
class EventMetricsTest {
  /**
   * Three cooperatives far below their minimum membership (dissolved at the second assembly),
   * intermediaries keeping 60% of the price under a promotion programme (new cooperatives form),
   * and a firm whose contract farmers are tempted by a fair paying twice the world price and always
   * caught.
   */
  private static final String EVENTS =
      """
      years: 4
      producers: {count: 600}
      territory: {width_km: 30, height_km: 30, clusters: 12, cluster_spread_km: 1.5}
      prices: {process: constant, base: 120}
      intermediaries: {base_margin: 0.6, min_margin: 0.6}
      policies: {promotion: {enabled: true}}
      cooperatives:
        count: 3
        min_members: 1000
        min_member_years: 2
        formation: {enabled: true, probability: 0.03, min_founders: 30}
      commodity:
        local_market: {enabled: true, price_ratio: 2.0, half_price_volume: 1.0e9}
      firms:
        - {name: tractor, entry_rule: always, target_producers: 80, reach_km: 200,
           exclusivity_base: 1.0, exclusivity_price_slope: 0}
      """;

  @Test
  void eventColumnsAgreeWithTheModelAndWithEachOther() {
    MingaModel m = ModelFixture.start(EVENTS);
    double[] monthly = new double[2]; // formed, dissolved: sums of the this-month columns
    double[] last = new double[Metrics.ALL.size()];
    int[] blacklistedSeen = {0};
    int[] reserveSteps = {0};
    MetricsRecorder.attach(m)
        .addObserver(
            (step, v, tracked) -> {
              long flagged =
                  Arrays.stream(m.producers().toArray(Producer[]::new))
                      .filter(Producer::isBlacklisted)
                      .count();
              assertEquals(flagged, v[Metrics.index("blacklisted_producers")], "step " + step);
              blacklistedSeen[0] = Math.max(blacklistedSeen[0], (int) flagged);

              double min = v[Metrics.index("min_reserve")];
              double mean = v[Metrics.index("mean_reserve")];
              assertEquals(Double.isNaN(mean), Double.isNaN(min), "step " + step);
              if (!Double.isNaN(mean)) {
                assertTrue(min <= mean, "min " + min + " > mean " + mean + " at step " + step);
                reserveSteps[0]++;
              }

              monthly[0] += v[Metrics.index("cooperatives_formed_this_month")];
              monthly[1] += v[Metrics.index("cooperatives_dissolved_this_month")];
              assertEquals(v[Metrics.index("cooperatives_formed")], monthly[0], "step " + step);
              assertEquals(v[Metrics.index("cooperatives_dissolved")], monthly[1], "step " + step);
              System.arraycopy(v, 0, last, 0, v.length);
            });
    while (m.stepOnce()) {
      // checked by the observer
    }
    // The run has something to check: formations, dissolutions, blacklisting, reserves.
    assertTrue(last[Metrics.index("cooperatives_formed")] > 0, "no cooperative formed");
    assertTrue(last[Metrics.index("cooperatives_dissolved")] > 0, "none dissolved");
    assertTrue(blacklistedSeen[0] > 0, "nobody blacklisted");
    assertTrue(reserveSteps[0] > 12, "steps with active cooperatives: " + reserveSteps[0]);
  }
}
