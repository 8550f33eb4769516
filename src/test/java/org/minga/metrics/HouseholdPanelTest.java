package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.Channel;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;

/**
 * The yearly households panel: every household's sales by channel add up to the market's volume by
 * channel over each calendar year, side-selling and income to theirs, and the selection options
 * choose the households they say.
 */
class HouseholdPanelTest {
  /** Every channel is used: intermediaries, fairs, cooperatives, a firm. */
  private static final String ALL_CHANNELS =
      """
      years: 3
      producers: {count: 500}
      intermediaries: {count: 4}
      cooperatives: {count: 3}
      commodity: {local_market: {enabled: true}}
      firms:
        - {entry_rule: always, target_producers: 80}
      """;

  @Test
  void volumesByChannelAddUpToTheMarketsVolumeOfEachCalendarYear() {
    MingaModel m = ModelFixture.start(ALL_CHANNELS);
    MetricsRecorder r = MetricsRecorder.attach(m);
    List<Integer> years = new ArrayList<>();
    double[] channelTotals = new double[Channel.COUNT];
    r.addHouseholdObserver(
        HouseholdSelection.ALL,
        rows -> {
          assertEquals(12, m.month(), "rows at each December");
          assertEquals(m.producerCount(), rows.size());
          double[] byChannel = new double[Channel.COUNT];
          double side = 0;
          double income = 0;
          double expectedIncome = 0;
          for (int k = 0; k < rows.size(); k++) {
            assertEquals(k, rows.household(k));
            byChannel[Channel.INTERMEDIARY.ordinal()] += rows.volumeIntermediary(k);
            byChannel[Channel.COOPERATIVE.ordinal()] += rows.volumeCooperative(k);
            byChannel[Channel.CONTRACT.ordinal()] += rows.volumeContract(k);
            byChannel[Channel.LOCAL_MARKET.ordinal()] += rows.volumeLocal(k);
            side += rows.sideSold(k);
            income += rows.income(k);
            expectedIncome += m.producer(k).income12(); // step 0 is a January: 12 months = a year
          }
          // Step 0 is a January, so each December the trailing 12 months are the calendar year.
          for (Channel c : Channel.ALL) {
            assertEquals(
                m.book().volume12(c),
                byChannel[c.ordinal()],
                1e-9 * Math.max(1, m.book().volume12(c)),
                c + " in " + rows.year());
            channelTotals[c.ordinal()] += byChannel[c.ordinal()];
          }
          assertEquals(m.book().sideSold12(), side, 1e-9 * Math.max(1, side), "side-selling");
          assertEquals(expectedIncome, income, 1e-9 * Math.abs(expectedIncome), "income");
          years.add(rows.year());
        });
    ModelFixture.run(m, 36);
    r.finish();
    int start = m.scenario().startYear();
    assertEquals(List.of(start, start + 1, start + 2), years, "one call per calendar year");
    for (Channel c : Channel.ALL) {
      assertTrue(channelTotals[c.ordinal()] > 0, "the run sold through " + c);
    }
  }

  @Test
  void aRunEndingMidYearSendsItsPartialLastYearOnce() {
    MingaModel m = ModelFixture.start(ALL_CHANNELS);
    MetricsRecorder r = MetricsRecorder.attach(m);
    int id = HouseholdSelection.parse("sample:10").ids(m.producerCount())[3];
    double[] incomeSinceJanuary = new double[1];
    r.addObserver(
        (step, v, tracked) -> {
          incomeSinceJanuary[0] =
              (m.month() == 1 ? 0 : incomeSinceJanuary[0]) + m.producer(id).incomeMonth();
        });
    List<Integer> months = new ArrayList<>();
    double[] income = new double[1];
    r.addHouseholdObserver(
        HouseholdSelection.parse("sample:10"),
        rows -> {
          months.add(m.month());
          assertEquals(10, rows.size());
          assertEquals(id, rows.household(3));
          income[0] = rows.income(3);
        });
    ModelFixture.run(m, 17);
    r.finish();
    r.finish();
    assertEquals(List.of(12, 5), months, "December of the first year, then May of the second");
    assertEquals(
        incomeSinceJanuary[0], income[0], 1e-9 * Math.abs(income[0]), "income of January to May");
  }

  @Test
  void keepingThePanelDoesNotChangeTheRun() {
    assertArrayEquals(rows(false), rows(true));
  }

  /** Every metric of every step, bit for bit, with or without the households panel. */
  private static long[] rows(boolean withPanel) {
    MingaModel m = ModelFixture.start(ALL_CHANNELS);
    MetricsRecorder r = MetricsRecorder.attach(m);
    List<Long> bits = new ArrayList<>();
    r.addObserver(
        (step, v, tracked) -> {
          for (double x : v) {
            bits.add(Double.doubleToLongBits(x));
          }
        });
    if (withPanel) {
      r.addHouseholdObserver(HouseholdSelection.ALL, rows -> {});
    }
    ModelFixture.run(m, 36);
    return bits.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void selectionsParseAndChooseEvenlySpreadHouseholds() {
    assertEquals(HouseholdSelection.ALL, HouseholdSelection.parse("all"));
    assertEquals(HouseholdSelection.NONE, HouseholdSelection.parse("none"));
    assertArrayEquals(new int[] {0, 25, 50, 75}, HouseholdSelection.parse("sample:4").ids(100));
    assertEquals(100, HouseholdSelection.parse("sample:500").ids(100).length);
    assertEquals(0, HouseholdSelection.NONE.ids(100).length);
    assertEquals(100, HouseholdSelection.ALL.ids(100).length);
    for (String bad :
        List.of(
            "",
            "some",
            "sample:",
            "sample:0",
            "sample:-3",
            "sample:x",
            "sample:99999999999",
            "ALL")) {
      assertThrows(IllegalArgumentException.class, () -> HouseholdSelection.parse(bad), bad);
    }
  }
}
