package org.minga.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.minga.model.price.WorldPrice;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import sim.engine.SimState;

/**
 * The world the mechanisms act on: the producers, intermediaries, cooperatives and tractor firms
 * (placed by WorldBuilder), this month's prices and market conditions, the calendar and the books;
 * and read access to them for the metrics, the window and tests. {@link MingaModel} runs it one
 * month at a time.
 */
abstract class World extends SimState {
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

  final boolean[] channelOpen = new boolean[Channel.COUNT];

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

  private final double[] harvestShareByMonth = new double[13];

  World(ModelInputs inputs) {
    super(inputs.scenario().seed());
    this.inputs = inputs;
    this.sc = inputs.scenario();
    this.policies = new Policies(sc.policies());
    this.prices = new Prices(WorldPrice.from(sc.prices(), inputs.replayPrices(), sc.steps()));
    this.streams = new RandomStreams(sc.seed());
    for (int month = 1; month <= 12; month++) {
      harvestShareByMonth[month] = sc.commodity().harvestShare(month);
    }
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

  // ---- calendar -------------------------------------------------------------------------

  /** Calendar month (1-12) of a step; step 0 is January of the start year. */
  public static int monthOf(int step) {
    return step % 12 + 1;
  }

  /** Whether the yearly assembly (YearlyDecisions) meets at {@code step}. */
  public boolean isAssembly(int step) {
    return monthOf(step) == sc.assemblyMonth() && step >= 12;
  }

  /** Share of yearly output arriving in a calendar month, precomputed (read every step). */
  double harvestShare(int month) {
    return harvestShareByMonth[month];
  }

  /** Whether calendar month {@code month} (1-12) has a harvest. */
  public boolean isHarvestMonth(int month) {
    return harvestShare(month) > 0;
  }

  public int month() {
    return monthOf(step);
  }

  public int year() {
    return sc.startYear() + step / 12;
  }

  /** Steps completed so far (0 before the first step). */
  public int completedSteps() {
    return completed;
  }

  /** The step being run, or the last one run. */
  public int currentStep() {
    return step;
  }

  public int totalSteps() {
    return sc.steps();
  }

  // ---- read access for metrics, the window and tests -------------------------------------

  public Scenario scenario() {
    return sc;
  }

  public List<Producer> producers() {
    return Collections.unmodifiableList(Arrays.asList(producers));
  }

  /** Village cluster of a household: index of the village centre nearest to it at the start. */
  public int regionOf(int producer) {
    return records.region[producer];
  }

  public Producer producer(int i) {
    return producers[i];
  }

  public int producerCount() {
    return producers.length;
  }

  public List<Intermediary> intermediaries() {
    return Collections.unmodifiableList(intermediaries);
  }

  public List<Cooperative> cooperatives() {
    return Collections.unmodifiableList(cooperatives);
  }

  public List<TractorFirm> firms() {
    return List.of(firms);
  }

  public double worldPrice() {
    return prices.world;
  }

  public double domesticPrice() {
    return prices.domestic;
  }

  public double basePrice() {
    return prices.base();
  }

  public double scarcityPremium() {
    return prices.scarcityPremium;
  }

  public boolean channelOpen(Channel c) {
    return channelOpen[c.ordinal()];
  }

  public MarketBook book() {
    return book;
  }

  public Ledger ledger() {
    return ledger;
  }

  public Policies policies() {
    return policies;
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

  /** Multiplier on transport costs this month (infrastructure). */
  double transportMultiplier() {
    return transportMultiplier;
  }

  void setTransportMultiplier(double multiplier) {
    transportMultiplier = multiplier;
  }

  /** This calendar year's sales by household, or null unless MingaModel.recordHouseholdPanel. */
  public HouseholdPanel householdPanel() {
    return householdPanel;
  }
}
