package org.minga.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates random but valid scenarios (as YAML text) that switch on every mechanism in some
 * combination: all price processes (replay from a generated CSV), seasonal multipliers, price and
 * regional yield shocks, shutdowns of every channel, firms with both entry rules, both price rules,
 * graded breach and forced exits, intermediary entries and exits, cooperatives (seasonal or not;
 * every advance rule, revision, and spot, forward or to-be-fixed sales with both shortfall
 * settlements), every policy lever with random timing, the local market and all three territory
 * layouts (csv from a generated table). Used by the invariant property test and the determinism
 * test.
 */
public final class RandomScenarios {
  private static final String[] PROCESSES = {
    "constant", "mean_reverting", "gbm", "regime_switching", "replay"
  };
  private static final String[] CHANNELS = {
    "intermediary", "cooperative", "contract", "local_market"
  };
  private static final String[] LEVERS = {
    "technical_assistance",
    "public_credit",
    "promotion",
    "tax_deduction",
    "cofinancing",
    "matching_grants",
    "price_floor",
    "infrastructure",
    "liberalisation",
    "certification_support"
  };

  private final Random rnd;
  private final Path dir;

  /**
   * @param dir where generated CSV files (replay series, producer tables) are written
   */
  public RandomScenarios(long seed, Path dir) {
    this.rnd = new Random(seed);
    this.dir = dir;
  }

  /** The next scenario's YAML (index names its data files). */
  public String next(int index) {
    int years = 3 + rnd.nextInt(6);
    int steps = years * 12;
    int producers = 150 + rnd.nextInt(351);
    StringBuilder y = new StringBuilder();
    y.append("name: random-").append(index).append('\n');
    y.append("seed: ").append(rnd.nextInt(100_000)).append('\n');
    y.append("years: ").append(years).append('\n');
    y.append("assembly_month: ").append(1 + rnd.nextInt(12)).append('\n');
    territory(y, producers, index);
    commodity(y);
    prices(y, steps, index);
    y.append("producers:\n");
    y.append("  count: ").append(producers).append('\n');
    if (rnd.nextBoolean()) {
      // Poorer households: cash-short, borrowing, leaving farming.
      y.append("  cash: {dist: lognormal, mean: ")
          .append(num(50 + rnd.nextDouble() * 300))
          .append(", sd: 100, min: 0}\n");
    }
    y.append("  initial_member_share: ").append(num(rnd.nextDouble())).append('\n');
    y.append("  tracked: ").append(rnd.nextInt(30)).append('\n');
    y.append("  leave_farming_years: ").append(1 + rnd.nextInt(3)).append('\n');
    household(y);
    intermediaries(y);
    cooperatives(y);
    int firms = rnd.nextInt(3);
    firms(y, firms, years);
    policies(y, steps);
    events(y, steps, firms, producers);
    return y.toString();
  }

  private void territory(StringBuilder y, int producers, int index) {
    double w = 20 + rnd.nextDouble() * 60;
    double h = 20 + rnd.nextDouble() * 60;
    int layout = rnd.nextInt(3);
    y.append("territory:\n");
    y.append("  width_km: ").append(num(w)).append('\n');
    y.append("  height_km: ").append(num(h)).append('\n');
    y.append("  neighbours: ").append(rnd.nextInt(10)).append('\n');
    y.append("  rewire: ").append(num(rnd.nextDouble() * 0.3)).append('\n');
    if (layout == 0) {
      y.append("  layout: uniform\n");
    } else if (layout == 1) {
      y.append("  layout: clustered\n");
      y.append("  clusters: ").append(1 + rnd.nextInt(25)).append('\n');
      y.append("  cluster_spread_km: ").append(num(rnd.nextDouble() * 5)).append('\n');
    } else {
      y.append("  layout: csv\n");
      y.append("  file: ").append(quote(producerCsv(producers, w, h, index))).append('\n');
    }
  }

  /** A producer table with positions and a random subset of the optional columns. */
  private Path producerCsv(int n, double w, double h, int index) {
    boolean area = rnd.nextBoolean();
    boolean yield = rnd.nextBoolean();
    boolean quality = rnd.nextBoolean();
    boolean cash = rnd.nextBoolean();
    boolean offFarm = rnd.nextBoolean();
    StringBuilder s = new StringBuilder("x_km,y_km");
    s.append(area ? ",area_ha" : "")
        .append(yield ? ",yield_per_ha" : "")
        .append(quality ? ",quality" : "")
        .append(cash ? ",cash" : "")
        .append(offFarm ? ",off_farm_income" : "")
        .append('\n');
    for (int i = 0; i < n; i++) {
      s.append(num(rnd.nextDouble() * w)).append(',').append(num(rnd.nextDouble() * h));
      if (area) {
        s.append(',').append(num(0.2 + rnd.nextDouble() * 8));
      }
      if (yield) {
        s.append(',').append(num(rnd.nextDouble() * 30));
      }
      if (quality) {
        s.append(',').append(num(rnd.nextDouble()));
      }
      if (cash) {
        s.append(',').append(num(rnd.nextDouble() * 800));
      }
      if (offFarm) {
        s.append(',').append(num(rnd.nextDouble() * 200));
      }
      s.append('\n');
    }
    return write("producers-" + index + ".csv", s.toString());
  }

  /** Buffer-stock consumption, lumpy expenses and credit limits, arrears and defaults. */
  private void household(StringBuilder y) {
    y.append("  buffer_months: ").append(num(0.5 + rnd.nextDouble() * 6)).append('\n');
    y.append("  consumption_propensity: ").append(num(rnd.nextDouble())).append('\n');
    y.append("  expenses:\n");
    y.append("    scheduled: [{month: ")
        .append(1 + rnd.nextInt(12))
        .append(", months_of_subsistence: ")
        .append(num(rnd.nextDouble() * 3))
        .append("}]\n");
    y.append("    health_shock_probability: ").append(num(rnd.nextDouble() * 0.1)).append('\n');
    y.append("    health_shock_months: ").append(num(rnd.nextDouble() * 6)).append('\n');
    y.append("    lookahead_months: ").append(rnd.nextInt(6)).append('\n');
    y.append("  credit:\n");
    y.append("    limit_harvest_share: ").append(num(rnd.nextDouble() * 1.5)).append('\n');
    y.append("    limit_after_default: ").append(num(rnd.nextDouble())).append('\n');
    y.append("    default_after_months: ").append(1 + rnd.nextInt(6)).append('\n');
    y.append("    refusal_years: ").append(rnd.nextInt(4)).append('\n');
  }

  private void commodity(StringBuilder y) {
    y.append("commodity:\n");
    if (rnd.nextInt(3) == 0) {
      y.append("  harvest_months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n"); // milk
    } else {
      int first = 1 + rnd.nextInt(12);
      int len = 1 + rnd.nextInt(5);
      y.append("  harvest_months: [");
      for (int k = 0; k < len; k++) {
        y.append(k > 0 ? ", " : "").append((first - 1 + k) % 12 + 1);
      }
      y.append("]\n");
    }
    y.append("  storage_loss: ").append(num(rnd.nextDouble() * 0.3)).append('\n');
    y.append("  local_market:\n");
    y.append("    enabled: ").append(rnd.nextBoolean()).append('\n');
    y.append("    half_price_volume: ").append(num(50 + rnd.nextDouble() * 2000)).append('\n');
  }

  private void prices(StringBuilder y, int steps, int index) {
    String process = PROCESSES[rnd.nextInt(PROCESSES.length)];
    y.append("prices:\n");
    y.append("  process: ").append(process).append('\n');
    y.append("  base: ").append(num(60 + rnd.nextDouble() * 150)).append('\n');
    y.append("  sigma: ").append(num(rnd.nextDouble() * 0.25)).append('\n');
    y.append("  drift: ").append(num((rnd.nextDouble() - 0.5) * 0.03)).append('\n');
    if (rnd.nextBoolean()) {
      y.append("  seasonal: [");
      for (int k = 0; k < 12; k++) {
        y.append(k > 0 ? ", " : "").append(num(0.7 + rnd.nextDouble() * 0.6));
      }
      y.append("]\n");
    }
    if (process.equals("replay")) {
      boolean dates = rnd.nextBoolean();
      int rows = 3 + rnd.nextInt(steps + 10);
      StringBuilder s = new StringBuilder(dates ? "date,price\n" : "step,price\n");
      double p = 100;
      for (int r = 0; r < rows; r++) {
        p = Math.max(5, p * Math.exp(rnd.nextGaussian() * 0.1));
        s.append(
                dates
                    ? String.format(Locale.ROOT, "%d-%02d", 1990 + r / 12, r % 12 + 1)
                    : Integer.toString(r))
            .append(',')
            .append(num(p))
            .append('\n');
      }
      Path csv = write("prices-" + index + ".csv", s.toString());
      y.append("  replay:\n");
      y.append("    file: ").append(quote(csv)).append('\n');
      y.append("    time_column: ").append(dates ? "date" : "step").append('\n');
      y.append("    scale: ").append(num(0.5 + rnd.nextDouble() * 1.5)).append('\n');
      y.append("    start_offset: ").append(rnd.nextInt(3)).append('\n');
      y.append("    interpolation: ").append(rnd.nextBoolean() ? "linear" : "step").append('\n');
    }
    int shocks = rnd.nextInt(4);
    if (shocks > 0) {
      y.append("  shocks:\n");
      for (int k = 0; k < shocks; k++) {
        y.append("    - {at: ")
            .append(rnd.nextInt(steps))
            .append(", duration: ")
            .append(1 + rnd.nextInt(24))
            .append(", multiplier: ")
            .append(num(0.3 + rnd.nextDouble() * 1.7))
            .append(", ramp: ")
            .append(rnd.nextBoolean())
            .append("}\n");
      }
    }
  }

  private void intermediaries(StringBuilder y) {
    y.append("intermediaries:\n");
    y.append("  count: ").append(rnd.nextInt(9)).append('\n');
    y.append("  max_count: ").append(rnd.nextInt(15)).append('\n');
    y.append("  capital: ").append(num(rnd.nextDouble() * 30000)).append('\n');
    y.append("  reach_km: ").append(num(5 + rnd.nextDouble() * 40)).append('\n');
  }

  private void cooperatives(StringBuilder y) {
    y.append("cooperatives:\n");
    y.append("  count: ").append(rnd.nextInt(7)).append('\n');
    y.append("  seasonal: ").append(rnd.nextBoolean()).append('\n');
    y.append("  reach_km: ").append(num(5 + rnd.nextDouble() * 30)).append('\n');
    y.append("  payment_delay_months: ").append(rnd.nextInt(9)).append('\n');
    y.append("  reference_rule: ").append(rnd.nextBoolean() ? "lagged" : "smoothed").append('\n');
    y.append("  fixed_cost_per_month: ").append(num(rnd.nextDouble() * 4000)).append('\n');
    y.append("  initial_reserve: ").append(num(rnd.nextDouble() * 20000)).append('\n');
    y.append("  credit_line: ").append(num(rnd.nextDouble() * 15000)).append('\n');
    y.append("  min_members: ").append(rnd.nextInt(30)).append('\n');
    y.append("  certification: {share: ").append(num(rnd.nextDouble())).append("}\n");
    String[] rules = {"reference", "spot_margin", "forward_backed"};
    y.append("  advance_rule: ").append(rules[rnd.nextInt(3)]).append('\n');
    y.append("  advance_margin: ").append(num(rnd.nextDouble() * 0.3)).append('\n');
    y.append("  exposure_limit: ").append(num(rnd.nextDouble())).append('\n');
    y.append("  advance_revision: {enabled: ")
        .append(rnd.nextBoolean())
        .append(", trigger: ")
        .append(num(rnd.nextDouble() * 0.3))
        .append("}\n");
    String[] kinds = {"spot", "fixed", "to_be_fixed"};
    y.append("  buyer_contract: {share: ")
        .append(num(rnd.nextDouble()))
        .append(", kind: ")
        .append(kinds[rnd.nextInt(3)])
        .append(", fix_rule: ")
        .append(rnd.nextBoolean() ? "above_mean" : "at_month")
        .append(", fix_month: ")
        .append(1 + rnd.nextInt(12))
        .append(", minimum_price: ")
        .append(num(rnd.nextDouble() * 150))
        .append(", premium_per_unit: ")
        .append(num(rnd.nextDouble() * 20))
        .append(", shortfall_settlement: ")
        .append(rnd.nextBoolean() ? "market_difference" : "penalty")
        .append("}\n");
    y.append("  formation: {enabled: ")
        .append(rnd.nextBoolean())
        .append(", min_founders: ")
        .append(5 + rnd.nextInt(40))
        .append(", probability: ")
        .append(num(rnd.nextDouble()))
        .append("}\n");
  }

  private void firms(StringBuilder y, int firms, int years) {
    if (firms == 0) {
      return;
    }
    y.append("firms:\n");
    for (int f = 0; f < firms; f++) {
      y.append("  - name: firm").append(f).append('\n');
      y.append("    entry_year: ").append(rnd.nextInt(years)).append('\n');
      y.append("    entry_rule: ").append(rnd.nextBoolean() ? "always" : "profit").append('\n');
      y.append("    setup_cost: ").append(num(rnd.nextDouble() * 200000)).append('\n');
      y.append("    target_producers: ").append(rnd.nextInt(200)).append('\n');
      y.append("    intermediary_share: ").append(num(rnd.nextDouble())).append('\n');
      y.append("    x_km: ").append(num(rnd.nextDouble() * 60)).append('\n');
      y.append("    y_km: ").append(num(rnd.nextDouble() * 60)).append('\n');
      y.append("    reach_km: ").append(num(10 + rnd.nextDouble() * 50)).append('\n');
      y.append("    contract_years: ").append(1 + rnd.nextInt(3)).append('\n');
      y.append("    exit_loss_years: ").append(1 + rnd.nextInt(2)).append('\n');
      y.append("    price_rule: ").append(rnd.nextBoolean() ? "indexed" : "fixed").append('\n');
      y.append("    breach_tolerance: ").append(num(rnd.nextDouble() * 0.5)).append('\n');
      y.append("    breach_large_share: ").append(num(rnd.nextDouble())).append('\n');
      y.append("    breach_penalty: ").append(num(rnd.nextDouble())).append('\n');
      y.append("    breach_repeat_years: ").append(rnd.nextInt(4)).append('\n');
      y.append("    blacklist_years: ").append(rnd.nextInt(6)).append('\n');
    }
  }

  private void policies(StringBuilder y, int steps) {
    y.append("policies:\n");
    for (String lever : LEVERS) {
      boolean on = rnd.nextBoolean();
      int start = rnd.nextInt(steps);
      int end = rnd.nextBoolean() ? -1 : start + 1 + rnd.nextInt(steps);
      y.append("  ")
          .append(lever)
          .append(": {enabled: ")
          .append(on)
          .append(", start: ")
          .append(start)
          .append(", end: ")
          .append(end);
      if (lever.equals("promotion")) {
        y.append(", create_at_start: ").append(rnd.nextInt(4));
      }
      if (lever.equals("price_floor")) {
        y.append(", floor: ").append(num(50 + rnd.nextDouble() * 100));
      }
      y.append("}\n");
    }
  }

  private void events(StringBuilder y, int steps, int firms, int producers) {
    y.append("events:\n");
    int shocks = rnd.nextInt(3);
    if (shocks > 0) {
      y.append("  yield_shocks:\n");
      for (int k = 0; k < shocks; k++) {
        y.append("    - {at: ")
            .append(rnd.nextInt(steps))
            .append(", duration: ")
            .append(1 + rnd.nextInt(18))
            .append(", multiplier: ")
            .append(num(rnd.nextDouble() * 1.5))
            .append(", ramp: ")
            .append(rnd.nextBoolean());
        if (rnd.nextBoolean()) {
          y.append(", region_x: ")
              .append(num(rnd.nextDouble() * 40))
              .append(", region_y: ")
              .append(num(rnd.nextDouble() * 40))
              .append(", region_radius_km: ")
              .append(num(rnd.nextDouble() * 20));
        }
        y.append("}\n");
      }
    }
    int shutdowns = rnd.nextInt(4);
    if (shutdowns > 0) {
      y.append("  shutdowns:\n");
      for (int k = 0; k < shutdowns; k++) {
        y.append("    - {channel: ")
            .append(CHANNELS[rnd.nextInt(CHANNELS.length)])
            .append(", at: ")
            .append(rnd.nextInt(steps))
            .append(", duration: ")
            .append(1 + rnd.nextInt(12))
            .append("}\n");
      }
    }
    if (firms > 0 && rnd.nextBoolean()) {
      y.append("  firm_exits:\n");
      y.append("    - {firm: ")
          .append(rnd.nextInt(firms))
          .append(", at: ")
          .append(rnd.nextInt(steps))
          .append("}\n");
    }
    int changes = rnd.nextInt(3);
    if (changes > 0) {
      y.append("  intermediary_changes:\n");
      for (int k = 0; k < changes; k++) {
        y.append("    - {at: ")
            .append(rnd.nextInt(steps))
            .append(", count: ")
            .append(rnd.nextInt(7) - 3)
            .append("}\n");
      }
    }
  }

  private Path write(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, text);
      return p.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(Path p) {
    return "\"" + p.toString().replace("\\", "/") + "\"";
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
