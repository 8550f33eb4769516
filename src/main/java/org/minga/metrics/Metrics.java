package org.minga.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of per-step metrics (docs/model.md 10), in output column order. Declared once here;
 * timeseries.csv, summary.json, docs/outputs.md, charts and the window all read this list.
 * Volume, income and event-count metrics use trailing 12-month windows (sums or means over the
 * last 12 months) so that months without harvest or assembly do not read as zero.
 */
public final class Metrics {
  private static final String NOW = "this step";
  private static final String T12 = "trailing 12 months";
  private static final String YEAR = "last yearly decision";

  /** Every column, in order. {@code step}, {@code year} and {@code month} come first. */
  public static final List<Metric> ALL = List.of(
      new Metric("step", "Step number (month) from 0.", "step", NOW, Bounds.NON_NEGATIVE),
      new Metric("year", "Calendar year of the step.", "year", NOW, Bounds.NON_NEGATIVE),
      new Metric("month", "Calendar month of the step (1-12).", "month", NOW, Bounds.NON_NEGATIVE),
      new Metric("world_price", "World (reference) price after price shocks and seasonal multipliers (liberalisation "
          + "lowers the domestic price, not this one).",
          "USD/unit", NOW, Bounds.NON_NEGATIVE),
      new Metric("price_intermediary", "Mean price producers received from intermediaries, "
          + "volume-weighted.", "USD/unit", T12, Bounds.NONE),
      new Metric("price_cooperative", "Mean effective cooperative price (advance plus "
          + "remainder) paid for deliveries, volume-weighted.", "USD/unit", T12, Bounds.NONE),
      new Metric("price_contract", "Mean contract price received from tractor firms.",
          "USD/unit", T12, Bounds.NONE),
      new Metric("price_local_market", "Mean price received at the local market.", "USD/unit",
          T12, Bounds.NONE),
      new Metric("mean_margin", "Mean intermediary margin over active intermediaries.",
          "share of price", NOW, Bounds.NONE),
      new Metric("share_intermediary", "Share of marketed volume sold to intermediaries.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("share_cooperative", "Share of marketed volume delivered to cooperatives.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("share_contract", "Share of marketed volume delivered under firm contracts.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("share_local_market", "Share of marketed volume sold at the local market.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("membership_rate", "Cooperative members / active producers.", "share 0-1",
          NOW, Bounds.UNIT),
      new Metric("delivery_share", "Volume members delivered to their own cooperative / "
          + "members' marketed output.", "share 0-1", T12, Bounds.UNIT),
      new Metric("side_selling_share", "Share of members' committed volume sold elsewhere.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("retention", "1 - leavers in the last 12 months / members 12 months ago.",
          "share 0-1", T12, Bounds.UNIT),
      new Metric("cohesion", "Member-weighted mean over cooperatives of delivery share x "
          + "retention.", "index 0-1", T12, Bounds.UNIT),
      new Metric("joins", "Producers who joined a cooperative in the last 12 months.",
          "producers", T12, Bounds.NON_NEGATIVE),
      new Metric("leaves", "Members who left or were expelled in the last 12 months (not "
          + "counting dissolutions).", "producers", T12, Bounds.NON_NEGATIVE),
      new Metric("active_cooperatives", "Cooperatives (and seasonal groups) in operation.",
          "cooperatives", NOW, Bounds.NON_NEGATIVE),
      new Metric("cooperatives_dissolved", "Cooperatives dissolved since the start.",
          "cooperatives", "since step 0", Bounds.NON_NEGATIVE),
      new Metric("cooperatives_formed", "Cooperatives formed since the start (not counting "
          + "seasonal re-formation).", "cooperatives", "since step 0", Bounds.NON_NEGATIVE),
      new Metric("cooperatives_dissolved_this_month", "Cooperatives dissolved this month "
          + "(the monthly increments of cooperatives_dissolved).", "cooperatives", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("cooperatives_formed_this_month", "Cooperatives formed this month (the "
          + "monthly increments of cooperatives_formed).", "cooperatives", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("mean_reserve", "Mean reserve fund of active cooperatives.", "USD", NOW,
          Bounds.NONE),
      new Metric("min_reserve", "Smallest reserve fund among active cooperatives (negative: "
          + "drawing on its credit line).", "USD", NOW, Bounds.NONE),
      new Metric("mean_trust", "Mean trust of members in their cooperative.", "score 0-1", NOW,
          Bounds.UNIT),
      new Metric("income_mean", "Mean household net income (sales received including "
          + "remainders, minus input and interest costs, plus off-farm income), active "
          + "producers.", "USD/year", T12, Bounds.NONE),
      new Metric("income_median", "Median household net income, active producers.", "USD/year",
          T12, Bounds.NONE),
      new Metric("income_p10", "10th percentile of household net income.", "USD/year", T12,
          Bounds.NONE),
      new Metric("income_p25", "25th percentile of household net income.", "USD/year", T12,
          Bounds.NONE),
      new Metric("income_p75", "75th percentile of household net income.", "USD/year", T12,
          Bounds.NONE),
      new Metric("income_p90", "90th percentile of household net income.", "USD/year", T12,
          Bounds.NONE),
      new Metric("gini", "Gini coefficient of household net income (negative incomes "
          + "counted as zero).", "index 0-1", T12, Bounds.UNIT),
      new Metric("poverty_rate", "Share of active producers whose net income is below the "
          + "poverty line.", "share 0-1", T12, Bounds.UNIT),
      new Metric("income_members", "Mean net income of cooperative members.", "USD/year", T12,
          Bounds.NONE),
      new Metric("income_contract", "Mean net income of contract farmers.", "USD/year", T12,
          Bounds.NONE),
      new Metric("income_independent", "Mean net income of producers with neither cooperative "
          + "nor contract.", "USD/year", T12, Bounds.NONE),
      new Metric("input_cost_members", "Mean input cost per ha paid by cooperative members.",
          "USD/ha/year", T12, Bounds.NONE),
      new Metric("input_cost_others", "Mean input cost per ha paid by non-members.",
          "USD/ha/year", T12, Bounds.NONE),
      new Metric("active_producers", "Households farming (not left).", "producers", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("contracted_producers", "Producers under a firm contract.", "producers", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("contracted_area_ratio", "Mean area of contracted producers / mean area of "
          + "all active producers.", "ratio", NOW, Bounds.NON_NEGATIVE),
      new Metric("export_access_share", "Share of active producers whose output reached an "
          + "exporter through a contract or a cooperative's export sale.", "share 0-1", T12,
          Bounds.UNIT),
      new Metric("active_intermediaries", "Intermediaries in business.", "intermediaries", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("active_firms", "Tractor firms in business.", "firms", NOW, Bounds.NON_NEGATIVE),
      new Metric("public_spending", "Public money spent on policy levers: grants, technical "
          + "assistance, price-floor payments, tax savings, co-financing, matching grants.",
          "USD/year", T12, Bounds.NONE),
      new Metric("mean_debt", "Mean debt of active producers.", "USD", NOW, Bounds.NON_NEGATIVE),
      new Metric("indebted_share", "Share of active producers with debt to an intermediary.",
          "share 0-1", NOW, Bounds.UNIT),
      new Metric("median_cash_months", "Median over active producers of cash held / "
          + "subsistence needs per month: how many months of needs their cash covers.",
          "months", NOW, Bounds.NONE),
      new Metric("forward_open", "Volume cooperatives have sold forward and not yet delivered "
          + "or settled.", "units", NOW, Bounds.NON_NEGATIVE),
      new Metric("contract_shortfall", "Volume committed to buyers (forward sales or buyer "
          + "contracts) that could not be delivered, in the last 12 months.", "units", T12,
          Bounds.NON_NEGATIVE),
      new Metric("penalties_paid", "Money paid to settle shortfalls: penalties and "
          + "market-price differences, in the last 12 months.", "USD", T12, Bounds.NONE),
      new Metric("firm_breaches", "Diversions of contracted volume detected by firms "
          + "(warnings, penalties and terminations alike) in the last 12 months.", "breaches",
          T12, Bounds.NON_NEGATIVE),
      new Metric("firm_terminations", "Firm contracts terminated for breach in the last 12 "
          + "months.", "contracts", T12, Bounds.NON_NEGATIVE),
      new Metric("blacklisted_producers", "Producers blacklisted by a firm for breach, "
          + "active or not (no firm offers them a contract again).", "producers", NOW,
          Bounds.NON_NEGATIVE),
      new Metric("loan_defaults", "Loans that went into default in the last 12 months.",
          "loans", T12, Bounds.NON_NEGATIVE),
      new Metric("write_offs", "Debt written off by lenders (defaults, dissolved or departed "
          + "creditors) in the last 12 months.", "USD", T12, Bounds.NONE));

  /** Column index by name: every step's row is written by name, about 50 look-ups a step. */
  private static final Map<String, Integer> INDEX = indexByName();

  private Metrics() {}

  private static Map<String, Integer> indexByName() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ALL.size(); i++) {
      index.put(ALL.get(i).name(), i);
    }
    return index;
  }

  /** Column index of {@code name}; throws if there is no such metric. */
  public static int index(String name) {
    Integer i = INDEX.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no metric named " + name);
    }
    return i;
  }

  /** The metric named {@code name}; throws if there is none. */
  public static Metric get(String name) {
    return ALL.get(index(name));
  }

  /** Column names in order. */
  public static List<String> names() {
    return ALL.stream().map(Metric::name).toList();
  }
}
