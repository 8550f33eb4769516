package org.minga.model;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

class ZzScratchProbe {
  @Test
  void probe() {
    for (String lag : new String[] {"6", "0"}) {
      for (String mult : new String[] {"1.6", "0.6"}) {
        String yaml = "prices:\n  process: constant\n  shocks:\n    - {at: 12, duration: 24, multiplier: " + mult + ", ramp: true}\n";
        long t0 = System.nanoTime();
        MingaModel m = ModelFixture.start(yaml, "years=4", "producers.count=400",
            "cooperatives.reference_lag_months=" + lag, "seed=3");
        MetricsRecorder r = MetricsRecorder.attach(m);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 48; s++) {
          ModelFixture.run(m, 1);
          double[] v = r.latest();
          if (s % 12 == 8) {
            sb.append(String.format(" s%d P=%.0f side=%.3f del=%.3f mem=%.2f", s, v[Metrics.index("world_price")],
                v[Metrics.index("side_selling_share")], v[Metrics.index("delivery_share")], v[Metrics.index("membership_rate")]));
          }
        }
        System.out.println("lag " + lag + " mult " + mult + sb + " t=" + (System.nanoTime() - t0) / 1e6);
      }
    }
  }
}
