package org.minga.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.MingaModel;
import org.minga.model.Producer;
import org.minga.scenario.ScenarioLoader;

/** Players get households spread over farm sizes and cash positions, and the largest board. */
class SeatingTest {
  @Test
  void householdsSpreadOverFarmSizesAndCashPositions() throws Exception {
    MingaModel m =
        new MingaModel(
            ScenarioLoader.load(
                Path.of("scenarios/baseline.yaml"), List.of("producers.count=1000")));
    m.start();
    int n = 8;
    int[] seats = Seating.households(m, n);
    assertEquals(n, Arrays.stream(seats).distinct().count());
    double[] areas = m.producers().stream().mapToDouble(Producer::area).sorted().toArray();
    double[] cash = m.producers().stream().mapToDouble(Producer::cash).sorted().toArray();
    int smallest = 0;
    int poorest = 0;
    int richest = 0;
    for (int k = 0; k < n; k++) {
      Producer p = m.producer(seats[k]);
      // The k-th seat's farm is in the k-th eighth of farm sizes.
      int areaRank = Arrays.binarySearch(areas, p.area());
      assertTrue(
          areaRank >= k * 1000 / n - 1 && areaRank < (k + 1) * 1000 / n + 1,
          "seat " + k + " area rank " + areaRank);
      smallest += areaRank < 1000 / n ? 1 : 0;
      double cashRank = (double) Arrays.binarySearch(cash, p.cash()) / 1000;
      poorest += cashRank < 0.35 ? 1 : 0;
      richest += cashRank > 0.65 ? 1 : 0;
    }
    assertEquals(1, smallest);
    assertTrue(poorest >= 1 && richest >= 1, "poorer and better-off households both seated");
    int board = Seating.board(m);
    m.cooperatives()
        .forEach(c -> assertTrue(c.memberCount() <= m.cooperatives().get(board).memberCount()));
  }
}
