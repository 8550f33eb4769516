package org.minga.model;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

class ZzScratchTest {
  @Test
  void explore() {
    long t0 = System.nanoTime();
    MingaModel m = ModelFixture.start("", "producers.count=400", "years=4", "territory.clusters=6");
    MetricsRecorder r = MetricsRecorder.attach(m);
    String[] names = {"world_price", "membership_rate", "joins", "leaves", "active_cooperatives", "mean_trust", "mean_reserve", "income_mean", "active_intermediaries", "delivery_share"};
    for (int s = 0; s < 48; s++) {
      ModelFixture.run(m, 1);
      double[] v = r.latest();
      StringBuilder sb = new StringBuilder("s=" + s);
      for (String n : names) sb.append(' ').append(n).append('=').append(String.format("%.3f", v[Metrics.index(n)]));
      System.out.println(sb);
    }
    for (Cooperative c : m.cooperatives) System.out.println("coop " + c.index + " members=" + c.members.size() + " reserve=" + c.reserve + " active=" + c.active + " contract=" + c.hasBuyerContract + " rep=" + c.reputation);
    System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
  }
}
