package org.minga.metrics;

import static org.minga.metrics.HouseholdGroup.ACTIVE;
import static org.minga.metrics.HouseholdGroup.BLACKLISTED;
import static org.minga.metrics.HouseholdGroup.CONTRACTED;
import static org.minga.metrics.HouseholdGroup.CONTRACT_FARMERS;
import static org.minga.metrics.HouseholdGroup.EXPORTING;
import static org.minga.metrics.HouseholdGroup.INDEBTED;
import static org.minga.metrics.HouseholdGroup.INDEPENDENT;
import static org.minga.metrics.HouseholdGroup.MEMBERS;
import static org.minga.metrics.HouseholdGroup.NON_MEMBERS;
import static org.minga.metrics.HouseholdGroup.POOR;
import static org.minga.metrics.HouseholdStat.count;
import static org.minga.metrics.HouseholdStat.gini;
import static org.minga.metrics.HouseholdStat.mean;
import static org.minga.metrics.HouseholdStat.meanOrZero;
import static org.minga.metrics.HouseholdStat.median;
import static org.minga.metrics.HouseholdStat.memberMean;
import static org.minga.metrics.HouseholdStat.quantile;
import static org.minga.metrics.HouseholdStat.ratio;
import static org.minga.metrics.HouseholdStat.share;
import static org.minga.metrics.HouseholdStat.shareOrZero;
import static org.minga.metrics.HouseholdValue.AREA;
import static org.minga.metrics.HouseholdValue.CASH_MONTHS;
import static org.minga.metrics.HouseholdValue.DEBT;
import static org.minga.metrics.HouseholdValue.INCOME;
import static org.minga.metrics.HouseholdValue.INPUT_COST_PER_HA;
import static org.minga.metrics.HouseholdValue.TRUST;
import static org.minga.metrics.Reporter.model;
import static org.minga.metrics.Reporter.withHouseholds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minga.model.Channel;
import org.minga.model.Cooperative;
import org.minga.model.Intermediary;
import org.minga.model.MarketBook;
import org.minga.model.MingaModel;
import org.minga.model.TractorFirm;

/**
 * The registry of per-step metrics (docs/model.md 10), in output column order. Each metric is
 * declared once here with its name, meaning, unit, window, bounds and computation (its {@link
 * Reporter}, as in Mesa's DataCollector); {@link StepMetrics} evaluates these reporters every step,
 * and timeseries.csv, summary.json, docs/outputs.md, charts, sweeps and the window read this list.
 * Household statistics ({@code mean(INCOME, MEMBERS)}) name a {@link HouseholdValue} and a {@link
 * HouseholdGroup}; all of them are computed together in one pass over producers. Volume, income and
 * event-count metrics use trailing 12-month windows (sums or means over the last 12 months) so that
 * months without harvest or assembly do not read as zero.
 */
public final class Metrics {
  private static final String NOW = "this step";
  private static final String T12 = "trailing 12 months";
  private static final String YEAR = "last yearly decision";

  /** Every column, in order. {@code step}, {@code year} and {@code month} come first. */
  public static final List<Metric> ALL =
      List.of(
          new Metric(
              "step",
              "Step number (month) from 0.",
              "step",
              NOW,
              Bounds.NON_NEGATIVE,
              model(MingaModel::currentStep)),
          new Metric(
              "year",
              "Calendar year of the step.",
              "year",
              NOW,
              Bounds.NON_NEGATIVE,
              model(MingaModel::year)),
          new Metric(
              "month",
              "Calendar month of the step (1-12).",
              "month",
              NOW,
              Bounds.NON_NEGATIVE,
              model(MingaModel::month)),
          new Metric(
              "world_price",
              "World (reference) price after price shocks and seasonal multipliers (liberalisation "
                  + "lowers the domestic price, not this one).",
              "USD/unit",
              NOW,
              Bounds.NON_NEGATIVE,
              model(MingaModel::worldPrice)),
          new Metric(
              "price_intermediary",
              "Mean price producers received from intermediaries, " + "volume-weighted.",
              "USD/unit",
              T12,
              Bounds.NONE,
              model(m -> m.book().price12(Channel.INTERMEDIARY))),
          new Metric(
              "price_cooperative",
              "Mean effective cooperative price (advance plus "
                  + "remainder) paid for deliveries, volume-weighted.",
              "USD/unit",
              T12,
              Bounds.NONE,
              model(m -> m.book().price12(Channel.COOPERATIVE))),
          new Metric(
              "price_contract",
              "Mean contract price received from tractor firms.",
              "USD/unit",
              T12,
              Bounds.NONE,
              model(m -> m.book().price12(Channel.CONTRACT))),
          new Metric(
              "price_local_market",
              "Mean price received at the local market.",
              "USD/unit",
              T12,
              Bounds.NONE,
              model(m -> m.book().price12(Channel.LOCAL_MARKET))),
          new Metric(
              "mean_margin",
              "Mean intermediary margin over active intermediaries.",
              "share of price",
              NOW,
              Bounds.NONE,
              model(
                  m ->
                      Agents.mean(
                          m.intermediaries(), Intermediary::isActive, Intermediary::margin))),
          new Metric(
              "share_intermediary",
              "Share of marketed volume sold to intermediaries.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> volumeShare(m.book(), Channel.INTERMEDIARY))),
          new Metric(
              "share_cooperative",
              "Share of marketed volume delivered to cooperatives.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> volumeShare(m.book(), Channel.COOPERATIVE))),
          new Metric(
              "share_contract",
              "Share of marketed volume delivered under firm contracts.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> volumeShare(m.book(), Channel.CONTRACT))),
          new Metric(
              "share_local_market",
              "Share of marketed volume sold at the local market.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> volumeShare(m.book(), Channel.LOCAL_MARKET))),
          new Metric(
              "membership_rate",
              "Cooperative members / active producers.",
              "share 0-1",
              NOW,
              Bounds.UNIT,
              shareOrZero(MEMBERS, ACTIVE)),
          new Metric(
              "delivery_share",
              "Volume members delivered to their own cooperative / " + "members' marketed output.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> shareUpToOne(m.book().memberDelivered12(), m.book().memberOutput12()))),
          new Metric(
              "side_selling_share",
              "Share of members' committed volume sold elsewhere.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              model(m -> shareUpToOne(m.book().sideSold12(), m.book().committed12()))),
          new Metric(
              "retention",
              "1 - leavers in the last 12 months / members 12 months ago.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              withHouseholds(
                  count(MEMBERS).monthsAgo(12),
                  (m, membersBefore) ->
                      membersBefore > 0
                          ? Math.max(0, 1 - m.book().leaves12() / membersBefore)
                          : Double.NaN)),
          new Metric(
              "cohesion",
              "Member-weighted mean over cooperatives of delivery share x " + "retention.",
              "index 0-1",
              T12,
              Bounds.UNIT,
              model(Metrics::cohesion)),
          new Metric(
              "joins",
              "Producers who joined a cooperative in the last 12 months.",
              "producers",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().joins12())),
          new Metric(
              "leaves",
              "Members who left or were expelled in the last 12 months (not "
                  + "counting dissolutions).",
              "producers",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().leaves12())),
          new Metric(
              "active_cooperatives",
              "Cooperatives (and seasonal groups) in operation.",
              "cooperatives",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> Agents.count(m.cooperatives(), Cooperative::isActive))),
          new Metric(
              "cooperatives_dissolved",
              "Cooperatives dissolved since the start.",
              "cooperatives",
              "since step 0",
              Bounds.NON_NEGATIVE,
              model(m -> m.book().cooperativesDissolved())),
          new Metric(
              "cooperatives_formed",
              "Cooperatives formed since the start (not counting " + "seasonal re-formation).",
              "cooperatives",
              "since step 0",
              Bounds.NON_NEGATIVE,
              model(m -> m.book().cooperativesFormed())),
          new Metric(
              "cooperatives_dissolved_this_month",
              "Cooperatives dissolved this month "
                  + "(the monthly increments of cooperatives_dissolved).",
              "cooperatives",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().dissolved().lastMonth())),
          new Metric(
              "cooperatives_formed_this_month",
              "Cooperatives formed this month (the "
                  + "monthly increments of cooperatives_formed).",
              "cooperatives",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().formed().lastMonth())),
          new Metric(
              "mean_reserve",
              "Mean reserve fund of active cooperatives.",
              "USD",
              NOW,
              Bounds.NONE,
              model(
                  m -> Agents.mean(m.cooperatives(), Cooperative::isActive, Cooperative::reserve))),
          new Metric(
              "min_reserve",
              "Smallest reserve fund among active cooperatives (negative: "
                  + "drawing on its credit line).",
              "USD",
              NOW,
              Bounds.NONE,
              model(
                  m -> Agents.min(m.cooperatives(), Cooperative::isActive, Cooperative::reserve))),
          new Metric(
              "mean_trust",
              "Mean trust of members in their cooperative.",
              "score 0-1",
              NOW,
              Bounds.UNIT,
              memberMean(TRUST)),
          new Metric(
              "income_mean",
              "Mean household net income (sales received including "
                  + "remainders, minus input and interest costs, plus off-farm income), active "
                  + "producers.",
              "USD/year",
              T12,
              Bounds.NONE,
              mean(INCOME, ACTIVE)),
          new Metric(
              "income_median",
              "Median household net income, active producers.",
              "USD/year",
              T12,
              Bounds.NONE,
              median(INCOME, ACTIVE)),
          new Metric(
              "income_p10",
              "10th percentile of household net income.",
              "USD/year",
              T12,
              Bounds.NONE,
              quantile(INCOME, ACTIVE, 0.1)),
          new Metric(
              "income_p25",
              "25th percentile of household net income.",
              "USD/year",
              T12,
              Bounds.NONE,
              quantile(INCOME, ACTIVE, 0.25)),
          new Metric(
              "income_p75",
              "75th percentile of household net income.",
              "USD/year",
              T12,
              Bounds.NONE,
              quantile(INCOME, ACTIVE, 0.75)),
          new Metric(
              "income_p90",
              "90th percentile of household net income.",
              "USD/year",
              T12,
              Bounds.NONE,
              quantile(INCOME, ACTIVE, 0.9)),
          new Metric(
              "gini",
              "Gini coefficient of household net income (negative incomes " + "counted as zero).",
              "index 0-1",
              T12,
              Bounds.UNIT,
              gini(INCOME, ACTIVE)),
          new Metric(
              "poverty_rate",
              "Share of active producers whose net income is below the " + "poverty line.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              share(POOR, ACTIVE)),
          new Metric(
              "income_members",
              "Mean net income of cooperative members.",
              "USD/year",
              T12,
              Bounds.NONE,
              mean(INCOME, MEMBERS)),
          new Metric(
              "income_contract",
              "Mean net income of contract farmers.",
              "USD/year",
              T12,
              Bounds.NONE,
              mean(INCOME, CONTRACT_FARMERS)),
          new Metric(
              "income_independent",
              "Mean net income of producers with neither cooperative " + "nor contract.",
              "USD/year",
              T12,
              Bounds.NONE,
              mean(INCOME, INDEPENDENT)),
          new Metric(
              "input_cost_members",
              "Mean input cost per ha paid by cooperative members.",
              "USD/ha/year",
              T12,
              Bounds.NONE,
              mean(INPUT_COST_PER_HA, MEMBERS)),
          new Metric(
              "input_cost_others",
              "Mean input cost per ha paid by non-members.",
              "USD/ha/year",
              T12,
              Bounds.NONE,
              mean(INPUT_COST_PER_HA, NON_MEMBERS)),
          new Metric(
              "active_producers",
              "Households farming (not left).",
              "producers",
              NOW,
              Bounds.NON_NEGATIVE,
              count(ACTIVE)),
          new Metric(
              "contracted_producers",
              "Producers under a firm contract.",
              "producers",
              NOW,
              Bounds.NON_NEGATIVE,
              count(CONTRACTED)),
          new Metric(
              "contracted_area_ratio",
              "Mean area of contracted producers / mean area of " + "all active producers.",
              "ratio",
              NOW,
              Bounds.NON_NEGATIVE,
              ratio(mean(AREA, CONTRACTED), mean(AREA, ACTIVE))),
          new Metric(
              "export_access_share",
              "Share of active producers whose output reached an "
                  + "exporter through a contract or a cooperative's export sale.",
              "share 0-1",
              T12,
              Bounds.UNIT,
              shareOrZero(EXPORTING, ACTIVE)),
          new Metric(
              "active_intermediaries",
              "Intermediaries in business.",
              "intermediaries",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> Agents.count(m.intermediaries(), Intermediary::isActive))),
          new Metric(
              "active_firms",
              "Tractor firms in business.",
              "firms",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> Agents.count(m.firms(), TractorFirm::isActive))),
          new Metric(
              "public_spending",
              "Public money spent on policy levers: grants, technical "
                  + "assistance, price-floor payments, tax savings, co-financing, matching grants.",
              "USD/year",
              T12,
              Bounds.NONE,
              model(m -> m.book().publicSpending12())),
          new Metric(
              "mean_debt",
              "Mean debt of active producers.",
              "USD",
              NOW,
              Bounds.NON_NEGATIVE,
              meanOrZero(DEBT, ACTIVE)),
          new Metric(
              "indebted_share",
              "Share of active producers with debt to an intermediary.",
              "share 0-1",
              NOW,
              Bounds.UNIT,
              shareOrZero(INDEBTED, ACTIVE)),
          new Metric(
              "median_cash_months",
              "Median over active producers of cash held / "
                  + "subsistence needs per month: how many months of needs their cash covers.",
              "months",
              NOW,
              Bounds.NONE,
              median(CASH_MONTHS, ACTIVE)),
          new Metric(
              "forward_open",
              "Volume cooperatives have sold forward and not yet delivered " + "or settled.",
              "units",
              NOW,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().forwardOpen())),
          new Metric(
              "contract_shortfall",
              "Volume committed to buyers (forward sales or buyer "
                  + "contracts) that could not be delivered, in the last 12 months.",
              "units",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().shortfall().sum())),
          new Metric(
              "penalties_paid",
              "Money paid to settle shortfalls: penalties and "
                  + "market-price differences, in the last 12 months.",
              "USD",
              T12,
              Bounds.NONE,
              model(m -> m.book().penalties().sum())),
          new Metric(
              "firm_breaches",
              "Diversions of contracted volume detected by firms "
                  + "(warnings, penalties and terminations alike) in the last 12 months.",
              "breaches",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().firmBreaches().sum())),
          new Metric(
              "firm_terminations",
              "Firm contracts terminated for breach in the last 12 " + "months.",
              "contracts",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().firmTerminations().sum())),
          new Metric(
              "blacklisted_producers",
              "Producers blacklisted by a firm for breach, "
                  + "active or not (no firm offers them a contract again).",
              "producers",
              NOW,
              Bounds.NON_NEGATIVE,
              count(BLACKLISTED)),
          new Metric(
              "loan_defaults",
              "Loans that went into default in the last 12 months.",
              "loans",
              T12,
              Bounds.NON_NEGATIVE,
              model(m -> m.book().loanDefaults().sum())),
          new Metric(
              "write_offs",
              "Debt written off by lenders (defaults, dissolved or departed "
                  + "creditors) in the last 12 months.",
              "USD",
              T12,
              Bounds.NONE,
              model(m -> m.book().writeOffs().sum())));

  /** Column index by name, for readers that pick columns by name. */
  private static final Map<String, Integer> INDEX = indexByName();

  private static final List<String> NAMES = ALL.stream().map(Metric::name).toList();

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

  /** Whether there is a metric named {@code name}. */
  public static boolean has(String name) {
    return INDEX.containsKey(name);
  }

  /** Column names in order. */
  public static List<String> names() {
    return NAMES;
  }

  /** {@code part / whole} capped at 1; NaN when {@code whole} is not positive. */
  private static double shareUpToOne(double part, double whole) {
    return whole > 0 ? Math.min(1, part / whole) : Double.NaN;
  }

  /** Volume sold through {@code c} / volume over all channels, trailing 12 months; 0 if none. */
  private static double volumeShare(MarketBook b, Channel c) {
    double total = 0;
    for (Channel each : Channel.ALL) {
      total += b.volume12(each);
    }
    return total > 0 ? b.volume12(c) / total : 0;
  }

  /**
   * Member-weighted mean over active cooperatives of delivery share x retention (both over the
   * trailing 12 months): sum of members x delivery share x retention / sum of members; NaN when
   * active cooperatives have no members.
   */
  private static double cohesion(MingaModel m) {
    int step = m.currentStep();
    double weighted =
        Agents.sum(
            m.cooperatives(),
            Cooperative::isActive,
            c -> c.memberCount() * c.deliveryShare12() * c.retention12(step));
    // Member counts are whole numbers: their sum is exact in a double.
    double weight = Agents.sum(m.cooperatives(), Cooperative::isActive, Cooperative::memberCount);
    return weight > 0 ? weighted / weight : Double.NaN;
  }
}
