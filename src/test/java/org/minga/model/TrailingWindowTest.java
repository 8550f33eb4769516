package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minga.model.TrailingWindow.Summing;

/**
 * The trailing window sums exactly the last n closed months, in both summing modes, and each mode
 * gives bit for bit what the code it replaced gave: the re-summed 12-month ring (Trailing,
 * Cooperative.deliveryShare12), the running sum by difference (Producer.income12 over the model's
 * slot-major rings, Intermediary.profit12), and the cooperatives' integer rings of leavers and
 * member counts (retention12). The old formulas are written out below as the reference.
 */
class TrailingWindowTest {

  private static void assertSameBits(double expected, double actual, String what) {
    assertEquals(
        Double.doubleToRawLongBits(expected),
        Double.doubleToRawLongBits(actual),
        what + ": expected " + expected + ", got " + actual);
  }

  /** Monthly values with signs, magnitudes and fractions that make the two sums round apart. */
  private static double[] recordedSequence(long seed, int months) {
    Random rnd = new Random(seed);
    double[] v = new double[months];
    for (int s = 0; s < months; s++) {
      double scale = Math.pow(10, rnd.nextInt(7) - 2);
      v[s] = (rnd.nextDouble() - 0.3) * scale;
      if (rnd.nextInt(5) == 0) {
        v[s] = 0; // months without harvest
      }
    }
    return v;
  }

  @Test
  void sumsExactlyTheLastNClosedMonthsAfterWrapAround() {
    for (Summing summing : Summing.values()) {
      for (int n : new int[] {12, 13}) {
        TrailingWindow w = new TrailingWindow(n, summing);
        for (int step = 0; step < 5 * n + 3; step++) {
          w.add(step + 1);
          w.add(0.5);
          w.close(step);
          double expected = 0;
          for (int s = Math.max(0, step - n + 1); s <= step; s++) {
            expected += s + 1.5;
          }
          assertEquals(expected, w.sum(), 0.0, summing + ", n " + n + ", step " + step);
          assertEquals(expected / n, w.mean(), 1e-12, "mean");
          assertEquals(step + 1.5, w.lastMonth(), 0.0, "last month");
          assertEquals(0, w.month(), 0.0, "a new month starts at zero");
        }
      }
    }
  }

  @Test
  void bothModesAgreeToRoundingOnRandomData() {
    Random rnd = new Random(7);
    TrailingWindow running = new TrailingWindow(12, 3, Summing.RUNNING);
    TrailingWindow resummed = new TrailingWindow(12, 3, Summing.RESUMMED);
    for (int step = 0; step < 600; step++) {
      for (int row = 0; row < 3; row++) {
        double v = rnd.nextDouble() * (row + 1);
        running.close(step, row, v);
        resummed.close(step, row, v);
        assertEquals(resummed.sum(row), running.sum(row), 1e-12, "row " + row + " step " + step);
      }
    }
  }

  @Test
  void resummedIsTheOldRingSummedAtEachClose() {
    double[] v = recordedSequence(14, 300);
    TrailingWindow w = new TrailingWindow(12, Summing.RESUMMED);
    // Trailing and Cooperative.deliveryShare12: the ring re-added in slot order.
    double[] ring = new double[12];
    double oldLastMonth = 0;
    for (int step = 0; step < v.length; step++) {
      w.add(v[step]);
      w.close(step);
      ring[step % 12] = v[step];
      oldLastMonth = v[step];
      double s = 0;
      for (double x : ring) {
        s += x;
      }
      assertSameBits(s, w.sum(), "sum at step " + step);
      assertSameBits(oldLastMonth, w.lastMonth(), "last month at step " + step);
    }
  }

  @Test
  void runningIsTheOldSumByDifference() {
    double[] v = recordedSequence(15, 300);
    TrailingWindow running = new TrailingWindow(12, Summing.RUNNING);
    TrailingWindow resummed = new TrailingWindow(12, Summing.RESUMMED);
    // Intermediary.profit12: profit12 += profitMonth - profitRing[slot]; profitRing[slot] = ...
    double[] ring = new double[12];
    double profit12 = 0;
    boolean differed = false;
    for (int step = 0; step < v.length; step++) {
      running.close(step, v[step]);
      resummed.close(step, v[step]);
      int slot = step % 12;
      profit12 += v[step] - ring[slot];
      ring[slot] = v[step];
      assertSameBits(profit12, running.sum(), "sum at step " + step);
      differed |= running.sum() != resummed.sum();
    }
    assertTrue(differed, "the sequence should tell the two modes apart, or the test shows little");
  }

  @Test
  void manyRowsAreTheOldSlotMajorRingsOfProducers() {
    int producers = 5;
    double[][] income = new double[producers][];
    for (int id = 0; id < producers; id++) {
      income[id] = recordedSequence(100 + id, 80);
    }
    TrailingWindow w = new TrailingWindow(12, producers, Summing.RUNNING);
    // MingaModel.incomeRings with Producer.closeMonth and LeavingFarming.leave.
    double[] rings = new double[12 * producers];
    double[] income12 = new double[producers];
    for (int step = 0; step < 80; step++) {
      int base = (step % 12) * producers;
      for (int id = 0; id < producers; id++) {
        double month = income[id][step];
        income12[id] += month - rings[base + id];
        rings[base + id] = month;
        w.close(step, id, month);
      }
      if (step == 40) { // producer 2 leaves farming
        for (int slot = 0; slot < 12; slot++) {
          rings[slot * producers + 2] = 0;
        }
        income12[2] = 0;
        w.clearRow(2);
      }
      for (int id = 0; id < producers; id++) {
        assertSameBits(income12[id], w.sum(id), "producer " + id + " at step " + step);
        // HouseholdPanel.income: the closed months of this calendar year, slot 0 first.
        double oldYear = 0;
        for (int slot = 0; slot < MingaModel.monthOf(step); slot++) {
          oldYear += rings[slot * producers + id];
        }
        double year = 0;
        for (int back = MingaModel.monthOf(step) - 1; back >= 0; back--) {
          year += w.monthsBack(id, back);
        }
        assertSameBits(oldYear, year, "calendar-year income of " + id + " at step " + step);
      }
    }
  }

  @Test
  void integerWindowsGiveTheOldRetention() {
    Random rnd = new Random(3);
    TrailingWindow leavers = new TrailingWindow(12, Summing.RESUMMED);
    TrailingWindow memberCounts = new TrailingWindow(13, Summing.RESUMMED);
    int[] leaversRing = new int[12];
    int[] membersRing = new int[13];
    int members = 0;
    for (int step = 0; step < 100; step++) {
      int left = step % 7 == 3 ? 0 : rnd.nextInt(4);
      members = Math.max(0, members + rnd.nextInt(9) - 2 - left);
      if (step == 30) {
        members = 0; // every member gone: retention falls back on the members now
      }
      for (int k = 0; k < left; k++) {
        leavers.add(1);
      }
      leavers.close(step);
      memberCounts.close(step, members);
      leaversRing[step % 12] = left;
      membersRing[step % 13] = members;
      // The old Cooperative.retention12, word for word.
      int oldLeavers = 0;
      for (int v : leaversRing) {
        oldLeavers += v;
      }
      int oldBefore = step >= 12 ? membersRing[(step + 1) % 13] : membersRing[0];
      if (oldBefore <= 0) {
        oldBefore = members + oldLeavers;
      }
      double old = oldBefore <= 0 ? 1 : Math.max(0, 1 - (double) oldLeavers / oldBefore);
      // The same through the windows, as Cooperative.retention12 now reads them.
      double sum = leavers.sum();
      double before = memberCounts.monthsBack(Math.min(step, 12));
      if (before <= 0) {
        before = members + sum;
      }
      double now = before <= 0 ? 1 : Math.max(0, 1 - sum / before);
      assertSameBits(old, now, "retention at step " + step);
      assertEquals(oldLeavers, sum, 0.0, "leavers at step " + step);
    }
  }

  @Test
  void monthsBackCountsFromTheLastClosedMonth() {
    TrailingWindow w = new TrailingWindow(13, Summing.RESUMMED);
    for (int step = 0; step < 30; step++) {
      w.close(step, 100 + step);
      for (int k = 0; k <= Math.min(step, 12); k++) {
        assertEquals(100 + step - k, w.monthsBack(k), 0.0, "step " + step + ", back " + k);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> w.monthsBack(13));
    assertThrows(IllegalArgumentException.class, () -> w.monthsBack(-1));
    TrailingWindow fresh = new TrailingWindow(12, Summing.RESUMMED);
    assertEquals(0, fresh.lastMonth(), 0.0, "nothing closed");
    assertEquals(0, fresh.monthsBack(0), 0.0, "nothing closed");
    fresh.close(0, 5);
    assertEquals(5, fresh.monthsBack(0), 0.0);
    assertEquals(0, fresh.monthsBack(1), 0.0, "before step 0");
  }

  @Test
  void rowsAreIndependent() {
    for (Summing summing : Summing.values()) {
      TrailingWindow w = new TrailingWindow(12, 3, summing);
      for (int step = 0; step < 30; step++) {
        w.close(step, 0, 1);
        w.close(step, 1, 0);
        w.close(step, 2, step);
      }
      assertEquals(12, w.sum(0), 0.0, summing + " row 0");
      assertEquals(0, w.sum(1), 0.0, summing + " row 1");
      assertEquals(18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29, w.sum(2), 0.0);
      assertEquals(1, w.mean(0), 0.0);
      w.clearRow(2);
      assertEquals(0, w.sum(2), 0.0, "cleared");
      assertEquals(0, w.monthsBack(2, 0), 0.0, "cleared");
      assertEquals(12, w.sum(0), 0.0, "clearing one row leaves the others");
      assertEquals(1, w.monthsBack(0, 11), 0.0);
    }
  }
}
