package org.minga.model;

import java.util.ArrayList;
import java.util.List;
import org.minga.model.price.WorldPrice;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import sim.engine.SimState;

/**
 * The state of the world the mechanisms act on: the producers, intermediaries, cooperatives and
 * tractor firms (placed by WorldBuilder), this month's prices and market conditions, the step and
 * the books. {@link World} adds the calendar and read access for the metrics, the window and tests.
 */
abstract class WorldState extends SimState {
  private static final long serialVersionUID = 1L;

  final ModelInputs inputs;
  final Scenario sc;
  final Ledger ledger = new Ledger();
  final MarketBook book = new MarketBook();
  final Policies policies;

  /** The run's named random streams (docs/model.md, "Randomness"). */
  final RandomStreams streams;

  /** This month's prices and the world price's path so far. */
  final Prices prices;

  /** Multiplier on transport costs (infrastructure). */
  private double transportMultiplier = 1;

  private final boolean[] channelOpen = new boolean[Channel.COUNT];

  Producer[] producers = new Producer[0];

  /** Per-household records kept out of the producer objects (see HouseholdRecords). */
  HouseholdRecords records = new HouseholdRecords(0);

  final List<Intermediary> intermediaries = new ArrayList<>();
  final List<Cooperative> cooperatives = new ArrayList<>();
  TractorFirm[] firms = new TractorFirm[0];
  SocialNetwork network;
  SpatialIndex producerIndex;
  double[] xs = new double[0];
  double[] ys = new double[0];

  /** Mean farm area at the start (elite-capture weights are relative to it). */
  double meanArea = 1;

  /** Mean expected yearly output per producer at the start (firms size demand on it). */
  double meanOutput;

  /** Scheduled expenses by calendar month, and those due in the months ahead (see there). */
  final HouseholdExpenses expenses;

  /** Who of the participants plays what, as flags the mechanisms check (see Players). */
  final Players players = new Players();

  /** This calendar year's sales by household, or null when nobody asked for the panel. */
  HouseholdPanel householdPanel;

  /** The step being run, or the last one run. */
  int step;

  /** Steps completed so far (0 before the first step). */
  int completed;

  WorldState(ModelInputs inputs) {
    super(inputs.scenario().seed());
    this.inputs = inputs;
    this.sc = inputs.scenario();
    this.policies = new Policies(sc.policies());
    this.prices = new Prices(WorldPrice.from(sc.prices(), inputs.replayPrices(), sc.steps()));
    this.streams = new RandomStreams(sc.seed());
    this.expenses = new HouseholdExpenses(sc.producers().expenses());
  }

  /** Keyed draw in [0, 1) for one agent this step: see {@link RandomStreams#uniform}. */
  double uniform(StreamName stream, int agent, int k) {
    return streams.uniform(stream, step, agent, k);
  }

  /** True with probability {@code p}, keyed on (stream, this step, agent, k). */
  boolean chance(StreamName stream, int agent, int k, double p) {
    return streams.uniform(stream, step, agent, k) < p;
  }

  // ---- the world as WorldBuilder makes it, and the month's conditions ----------------------

  /** The households, their records and where they live (WorldBuilder fills the arrays). */
  void settle(Producer[] producers, HouseholdRecords records, double[] xs, double[] ys) {
    this.producers = producers;
    this.records = records;
    this.xs = xs;
    this.ys = ys;
  }

  /** How to find households near a point, and who neighbours whom. */
  void connect(SpatialIndex producerIndex, SocialNetwork network) {
    this.producerIndex = producerIndex;
    this.network = network;
  }

  /** Mean farm area and expected yearly output per household at the start. */
  void recordStartingMeans(double meanArea, double meanOutput) {
    this.meanArea = meanArea;
    this.meanOutput = meanOutput;
  }

  /** The scenario's tractor firms, not yet entered (WorldBuilder fills the array). */
  void listFirms(TractorFirm[] firms) {
    this.firms = firms;
  }

  /** Whether channel {@code c} is open this month. */
  public final boolean channelOpen(Channel c) {
    return channelOpen[c.ordinal()];
  }

  /** Opens or closes a channel this month (shutdowns, the local fair's season). */
  void setChannelOpen(Channel c, boolean open) {
    channelOpen[c.ordinal()] = open;
  }

  /** Multiplier on transport costs this month (infrastructure). */
  double transportMultiplier() {
    return transportMultiplier;
  }

  void setTransportMultiplier(double multiplier) {
    transportMultiplier = multiplier;
  }
}
