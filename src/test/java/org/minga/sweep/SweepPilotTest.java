package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pilot takes the shard's own runs, each once, its first few spread over the design. */
class SweepPilotTest {
  @TempDir Path dir;

  @Test
  void thePilotOrderSpreadsTheShardsRunsOverTheDesign() throws Exception {
    // 3 x 2 points x 3 replicates = 18 runs; shard 2 of 3 has runs 1, 4, 7, 10, 13, 16.
    SweepPlan plan = new SweepPlan(SweepSpecReader.read(SweepFixture.gridSweep(dir, 3)));
    Shard shard = new Shard(2, 3);
    List<Long> order = SweepPilot.spread(plan, shard);
    assertEquals(List.of(1L, 4L, 7L, 10L, 13L, 16L), order.stream().sorted().toList());
    // The first three pilot runs are of three different design points.
    assertEquals(
        3,
        new HashSet<>(order.subList(0, 3).stream().map(plan::pointOf).toList()).size(),
        order.toString());
    assertTrue(order.get(0) == 1L, "it starts with the shard's first run");
  }
}
