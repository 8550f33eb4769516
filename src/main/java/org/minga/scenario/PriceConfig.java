package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/** The world (reference) price process (docs/model.md 7.1) and the price shocks on top of it. */
public record PriceConfig(
    @Param(
            doc =
                "Price process: constant, mean_reverting (log AR(1)), gbm (geometric random "
                    + "walk), regime_switching (boom and bust states) or replay (a CSV series).",
            def = "mean_reverting")
        Process process,
    @Param(
            doc = "Long-run (or starting) world price per unit of commodity.",
            unit = "USD/unit",
            def = "120",
            min = 0.001,
            source = "assumption: a round coffee price per quintal")
        double base,
    @Param(
            doc = "mean_reverting: monthly persistence phi of log price deviations.",
            def = "0.95",
            min = 0,
            max = 0.9999,
            source = "assumption: half-life of about a year")
        double phi,
    @Param(
            doc = "mean_reverting, gbm, regime_switching: monthly volatility of log price.",
            def = "0.06",
            min = 0,
            max = 2,
            source = "assumption: coffee's ~20-25% yearly volatility",
            plausibleMax = 0.3)
        double sigma,
    @Param(
            doc = "gbm: monthly drift of log price.",
            unit = "per month",
            def = "0",
            min = -1,
            max = 1,
            plausibleMin = -0.05,
            plausibleMax = 0.05)
        double drift,
    @Param(
            doc = "regime_switching: price multiplier in the boom state.",
            def = "1.4",
            min = 0,
            unit = "factor",
            plausibleMin = 1,
            plausibleMax = 3)
        double boomMultiplier,
    @Param(
            doc = "regime_switching: price multiplier in the bust state.",
            def = "0.7",
            min = 0,
            unit = "factor",
            plausibleMin = 0.2,
            plausibleMax = 1)
        double bustMultiplier,
    @Param(
            doc = "regime_switching: monthly probability of leaving the boom state.",
            unit = "probability",
            def = "0.05",
            min = 0,
            max = 1)
        double boomExit,
    @Param(
            doc = "regime_switching: monthly probability of leaving the bust state.",
            unit = "probability",
            def = "0.04",
            min = 0,
            max = 1)
        double bustExit,
    @Param(
            doc =
                "Optional seasonal multipliers, one per calendar month January-December, "
                    + "applied on top of any process. Empty: none.",
            def = "[]",
            min = 0,
            unit = "factor",
            plausibleMin = 0.5,
            plausibleMax = 1.5)
        List<Double> seasonal,
    @Param(doc = "replay: where the price series comes from.") ReplayConfig replay,
    @Param(
            doc =
                "Price shocks, a crash or a boom: multiply the world price from step `at` "
                    + "for `duration` months.",
            def = "[]")
        List<ShockConfig> shocks)
    implements Checked {

  /** The world price processes of docs/model.md 7.1. */
  public enum Process {
    CONSTANT,
    MEAN_REVERTING,
    GBM,
    REGIME_SWITCHING,
    REPLAY
  }

  public PriceConfig {
    seasonal = List.copyOf(seasonal);
    shocks = List.copyOf(shocks);
  }

  /** Where and how a replayed series is read. */
  public record ReplayConfig(
      @Param(doc = "CSV file with the series; path relative to the scenario file.", def = "\"\"")
          String file,
      @Param(
              doc = "Column holding the date (YYYY-MM or YYYY-MM-DD) or the step number.",
              def = "date")
          String timeColumn,
      @Param(doc = "Column holding the price.", def = "price") String valueColumn,
      @Param(
              doc = "Multiplier applied to every value (for example a unit conversion).",
              def = "1",
              min = 0)
          double scale,
      @Param(
              doc = "Row of the series (after sorting by time) used for step 0.",
              unit = "rows",
              def = "0",
              min = 0)
          int startOffset,
      @Param(
              doc = "How to fill months between rows: linear or step (hold last value).",
              def = "linear")
          Interpolation interpolation) {}

  /** Filling between replayed observations. */
  public enum Interpolation {
    LINEAR,
    STEP
  }

  @Override
  public void check(Problems p) {
    if (process == Process.REPLAY && replay.file().isBlank()) {
      p.add(
          "replay.file",
          "process is replay but no file is given; name a CSV with a "
              + replay.timeColumn()
              + " and a "
              + replay.valueColumn()
              + " column");
    }
    if (!seasonal.isEmpty() && seasonal.size() != 12) {
      p.add(
          "seasonal",
          "has " + seasonal.size() + " multipliers; give 12 (January-December) or " + "none");
    }
    for (int i = 0; i < shocks.size(); i++) {
      shocks.get(i).checkWithin(p, "shocks[" + i + "]");
    }
  }
}
