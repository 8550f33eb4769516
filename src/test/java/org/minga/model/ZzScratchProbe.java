package org.minga.model;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

class ZzScratchProbe {
  @Test
  void probe() {
    for (String dur : new String[] {"12", "24"}) {
    for (String lag : new String[] {"6", "0"}) {
      for (String mult : new String[] {"1.6", "0.6"}) {
        StringBuilder sb = new StringBuilder();
        for (int seed = 1; seed <= 5; seed++) {
        String yaml = "prices:\n  process: constant\n  shocks:\n    - {at: 12, duration: " + dur + ", multiplier: " + mult + ", ramp: true}\n";
        MingaModel m = ModelFixture.start(yaml, "years=3", "producers.count=400",
            "cooperatives.reference_lag_months=" + lag, "seed=" + seed);
        MetricsRecorder r = MetricsRecorder.attach(m);
        for (int s = 0; s < 36; s++) {
          ModelFixture.run(m, 1);
          double[] v = r.latest();
          if (s == 19 || s == 31) {
            sb.append(String.format(" %.3f/%.3f", 
                v[Metrics.index("side_selling_share")], v[Metrics.index("delivery_share")]));
          }
        }
        }
        System.out.println("dur " + dur + " lag " + lag + " mult " + mult + sb);
      }
    }
    }
  }
}
