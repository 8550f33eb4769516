package org.minga.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import org.minga.model.price.WorldPrice;
import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation: a MASON {@link SimState} holding the producers, intermediaries, cooperatives
 * and tractor firms, stepped one month at a time through the phases of {@link Phase}. It runs
 * headless and knows nothing of windows, files or the command line. All randomness comes from
 * named streams ({@link RandomStreams}) derived from the scenario's seed, one per source; MASON's
 * own {@code random} is left to the window and never read by the model.
 */
public final class MingaModel extends SimState {
  private static final long serialVersionUID = 1L;

  final ModelInputs inputs;
  final Scenario sc;
  final Ledger ledger = new Ledger();
  final MarketBook book = new MarketBook();
  final Policies policies;
  final WorldPrice worldPrice;
  /** The run's named random streams (docs/model.md, "Randomness"). */
  final RandomStreams streams;
  /** The world price's own stream: nothing else draws from it. */
  private RandomStream worldPriceStream;
  private final RandomStream visitOrder;

  Producer[] producers = new Producer[0];
  /** Per-household records kept out of the producer objects (see HouseholdRecords). */
  HouseholdRecords records = new HouseholdRecords(0);
  /** Scratch for random-order passes: the ids a pass visits, shuffled in place (ProducerMemory). */
  int[] order = new int[0];
  final List<Intermediary> intermediaries = new ArrayList<>();
  final List<Cooperative> cooperatives = new ArrayList<>();
  TractorFirm[] firms = new TractorFirm[0];
  SocialNetwork network;
  SpatialIndex producerIndex;
  double[] xs = new double[0];
  double[] ys = new double[0];

  /** World price this step and the domestic price intermediaries and fairs pay on. */
  double worldPriceNow;
  double domesticPrice;
  /** Premium over the world price exporters pay intermediaries when supply is scarce. */
  double scarcityPremium;
  /** World price of every step so far, for lagged cooperative reference prices. */
  double[] priceHistory = new double[0];
  double localVolumeLastMonth;
  double localVolumeMonth;
  final boolean[] channelOpen = new boolean[Channel.COUNT];
  /** Multiplier on transport costs (infrastructure). */
  double transportMultiplier = 1;
  int step;
  /** Mean farm area at the start (elite-capture weights are relative to it). */
  double meanArea = 1;
  /** Mean expected yearly output per producer at the start (firms size demand on it). */
  double meanOutput;
  /** This calendar year's sales by household, or null when nobody asked for the panel. */
  HouseholdPanel householdPanel;
  private boolean householdPanelWanted;
  /** Scratch tally reused by channel choice. */
  final Sales sales = new Sales();
  /**
   * Every producer's main channel by id (-1 for none), mirroring {@code Producer.mainChannel}:
   * the social term reads it for every neighbour, and a dense byte array stays in cache where
   * producer objects spread over the heap do not. Written only through {@link #setMainChannel}.
   */
  byte[] mainChannels = new byte[0];
  /** Every producer's trailing 12-month net income and input cost (dense, by id). */
  HouseholdWindows householdWindows = HouseholdWindows.attach(new Producer[0]);
  /** Sum of early reads (see ProducerMemory); never read by the model. */
  double prefetchSink;
  /** Scratch: the next producers of a random-order pass (see ProducerMemory). */
  final int[] batch = new int[ProducerMemory.BATCH];
  /** Scratch for yearly membership: neighbours' incomes (see NeighbourIncomes). */
  NeighbourIncomes neighbourIncomes;
  /** Scratch for yearly passes: who left a cooperative in this pass (see MemberListPruning). */
  boolean[] leftThisPass = new boolean[0];
  /** Scratch: the shuffle's swap positions drawn ahead (see ProducerMemory.shuffle). */
  final int[] swapDraws = new int[ProducerMemory.BATCH];
  /** Per-producer scratch (by id) reused by phases that pre-compute in id order. */
  boolean[] scratchFlags = new boolean[0];
  double[] scratchAmounts = new double[0];
  /** Lumpy expenses each producer owes this month, by id, drawn in CREDIT (HouseholdExpenses). */
  double[] expenseDue = new double[0];
  /**
   * This month's input bill of each producer, by id, computed once in CREDIT's id-order pass and
   * read by channel choice and settlement: nothing it depends on (membership, delivery record,
   * maturity) changes between the two.
   */
  double[] inputCostDue = new double[0];
  /** Scheduled expenses by calendar month, and those due in the months ahead (see there). */
  final HouseholdExpenses expenses;
  /** Who holds stock to sell at this month's channel choice, by id (see ChannelChoice.run). */
  boolean[] holdsStock = new boolean[0];
  /**
   * Active producers still holding stock after the last settlement (all of them before the
   * first): only the harvest adds stock, so with none and no harvest, no one sells this month.
   */
  int stockHoldersAfterSettlement;
  /** Whose neighbours' channel counts {@link #socialCounts} holds (-1: none); see social. */
  int socialCountsOf = -1;
  /** Those counts, packed as {@link SocialNetwork#channelCounts} returns them. */
  long socialCounts;
  private int completed;
  private final double[] harvestShareByMonth = new double[13];
  private boolean checkInvariants;
  private Invariants invariants;
  /** Told the ordering of each phase as it ends (a profiler's hook); null when nobody listens. */
  private IntConsumer phaseListener;
  /** The people playing households and boards in a participatory session (nobody by default). */
  private Participants participants = Participants.NOBODY;
  /** Who of them plays what, as flags the mechanisms check (see Players). */
  final Players players = new Players();

  public MingaModel(ModelInputs inputs) {
    super(inputs.scenario().seed());
    this.inputs = inputs;
    this.sc = inputs.scenario();
    this.policies = new Policies(sc.policies());
    this.worldPrice = WorldPrice.from(sc.prices(), inputs.replayPrices(), sc.steps());
    this.streams = new RandomStreams(sc.seed());
    this.visitOrder = streams.sequence(StreamName.VISIT_ORDER);
    for (int month = 1; month <= 12; month++) {
      harvestShareByMonth[month] = sc.commodity().harvestShare(month);
    }
    this.expenses = new HouseholdExpenses(sc.producers().expenses());
  }

  @Override
  public void start() {
    super.start();
    step = 0;
    completed = 0;
    priceHistory = new double[totalSteps()];
    worldPriceStream = streams.sequence(StreamName.WORLD_PRICE);
    WorldBuilder.build(this);
    householdWindows = HouseholdWindows.attach(producers);
    scratchFlags = new boolean[producers.length];
    scratchAmounts = new double[producers.length];
    expenseDue = new double[producers.length];
    inputCostDue = new double[producers.length];
    holdsStock = new boolean[producers.length];
    leftThisPass = new boolean[producers.length];
    neighbourIncomes = new NeighbourIncomes(this);
    mainChannels = new byte[producers.length];
    for (Producer p : producers) {
      mainChannels[p.id] = p.mainChannel;
      p.sharingWeight = EliteCapture.weight(this, p);
      HouseholdExpenses.startClock(this, p);
    }
    socialCountsOf = -1;
    stockHoldersAfterSettlement = producers.length;
    invariants = checkInvariants ? new Invariants(this) : null;
    householdPanel = householdPanelWanted ? new HouseholdPanel(this) : null;
    players.set(participants, producers.length, cooperatives.size());
    schedulePhase(Phase.PRICES_AND_EVENTS, s -> {
      if (month() == 1) {
        startCalendarYear();
      }
      PricesAndEvents.run(this);
    });
    schedulePhase(Phase.CREDIT, s -> Credit.run(this));
    schedulePhase(Phase.HARVEST, s -> Production.harvest(this));
    schedulePhase(Phase.OFFERS, s -> Offers.update(this));
    schedulePhase(Phase.CHANNEL_CHOICE, s -> ChannelChoice.run(this));
    schedulePhase(Phase.SELL_ON, s -> SellOn.run(this));
    schedulePhase(Phase.SETTLEMENT, s -> Settlement.run(this));
    schedulePhase(Phase.YEARLY, s -> YearlyDecisions.runIfAssembly(this));
    schedulePhase(Phase.CLOSE_BOOKS, s -> closeBooks());
  }

  private void schedulePhase(int ordering, Steppable phase) {
    schedule.scheduleRepeating(0.0, ordering, s -> {
      phase.step(s);
      if (phaseListener != null) {
        phaseListener.accept(ordering);
      }
    }, 1.0);
  }

  /**
   * Tells {@code listener} the ordering ({@link Phase}) of each of the model's phases as it ends,
   * e.g. to time them; null to stop. Listening cannot change a run.
   */
  public void setPhaseListener(IntConsumer listener) {
    phaseListener = listener;
  }

  /** Yearly bookkeeping at the start of each January: clears the per-year household records. */
  private void startCalendarYear() {
    for (Producer p : producers) {
      p.defaultedThisYear = false;
    }
    if (householdPanel != null) {
      householdPanel.startYear();
    }
  }

  private void closeBooks() {
    householdWindows.close(producers, step);
    for (Intermediary i : intermediaries) {
      i.closeMonth(step);
    }
    for (Cooperative c : cooperatives) {
      c.closeMonth(step);
    }
    book.close(step);
    localVolumeLastMonth = localVolumeMonth;
    localVolumeMonth = 0;
    if (invariants != null) {
      invariants.check(step);
    }
    completed = step + 1;
  }

  /** Mean world price over steps {@code from} (inclusive) to {@code to} (exclusive). */
  double meanWorldPrice(int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += priceHistory[k];
    }
    return s / (to - from);
  }

  /** Moves the world price to this step (phase 1); only the price's own stream is drawn. */
  double advanceWorldPrice() {
    return worldPrice.advance(step, worldPriceStream);
  }

  /**
   * The visit-order stream of one random-order pass this month (one reused object, moved to the
   * sub-stream of (step, pass)).
   */
  RandomStream visitOrderDraws(int pass) {
    return streams.moveTo(visitOrder, StreamName.VISIT_ORDER, 2L * step + pass);
  }

  /** Keyed draw in [0, 1) for one agent this step: see {@link RandomStreams#uniform}. */
  double uniform(StreamName stream, int agent, int k) {
    return streams.uniform(stream, step, agent, k);
  }

  /** True with probability {@code p}, keyed on (stream, this step, agent, k). */
  boolean chance(StreamName stream, int agent, int k, double p) {
    return streams.uniform(stream, step, agent, k) < p;
  }

  /** Sets a producer's main channel (-1 for none), keeping the dense mirror in step. */
  void setMainChannel(Producer p, byte channel) {
    p.mainChannel = channel;
    mainChannels[p.id] = channel;
    socialCountsOf = -1; // a neighbour's channel changed: counted shares are stale
  }

  /** Runs one whole monthly step; returns false once the horizon has been reached. */
  public boolean stepOnce() {
    if (completed >= totalSteps()) {
      return false;
    }
    step = completed;
    schedule.step(this);
    return true;
  }

  /**
   * Keeps each household's sales of the calendar year ({@link #householdPanel()}) from now on;
   * call before the first step (before or after start). Changes nothing else in the run.
   */
  public HouseholdPanel recordHouseholdPanel() {
    if (completed > 0) {
      throw new IllegalStateException("ask for the household panel before the first step");
    }
    householdPanelWanted = true;
    if (householdPanel == null && producers.length > 0) {
      householdPanel = new HouseholdPanel(this);
    }
    return householdPanel;
  }

  /** This calendar year's sales by household, or null unless {@link #recordHouseholdPanel}. */
  public HouseholdPanel householdPanel() {
    return householdPanel;
  }

  /**
   * Lets {@code p} play households and cooperative boards (docs/model.md, "Played households
   * and the board"): their choices replace the model's rules for those agents from the next
   * step. Call between steps; the roster is read now (and again at the start), so a cooperative
   * formed later is played only once this is called again.
   */
  public void setParticipants(Participants p) {
    participants = p;
    players.set(p, producers.length, cooperatives.size());
  }

  /** Check volume, money and membership invariants after every step; call before start. */
  public void setCheckInvariants(boolean on) {
    checkInvariants = on;
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
    return Collections.unmodifiableList(java.util.Arrays.asList(producers));
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
    return worldPriceNow;
  }

  public double domesticPrice() {
    return domesticPrice;
  }

  public double basePrice() {
    return worldPrice.base();
  }

  public double scarcityPremium() {
    return scarcityPremium;
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

  /** Interventions made while the run goes (the window's thread adds, others read). */
  private final java.util.List<Intervention> interventions =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  // ---- interventions (workshop window) ----------------------------------------------------

  /** Injects a world-price shock from the next step: a crash (multiplier < 1) or a boom. */
  public void injectPriceShock(int durationMonths, double multiplier) {
    injectPriceShockAt(completed, durationMonths, multiplier);
  }

  /**
   * Injects a world-price shock from step {@code fromStep} (the next step or later, e.g. {@link
   * #nextHarvestStart}).
   */
  public void injectPriceShockAt(int fromStep, int durationMonths, double multiplier) {
    if (fromStep < completed) {
      throw new IllegalArgumentException("a shock cannot start at step " + fromStep
          + ", which has already run (next step: " + completed + ")");
    }
    worldPrice.inject(fromStep, durationMonths, multiplier);
    interventions.add(Intervention.shock(fromStep, durationMonths, multiplier));
  }

  /**
   * The first step, from the next one on, that starts a harvest season (a harvest month after a
   * month without harvest); the next step itself when every month has a harvest (milk) or the
   * season has no start within a year.
   */
  public int nextHarvestStart() {
    for (int s = completed; s < completed + 12; s++) {
      if (Production.seasonStartsIn(this, monthOf(s))) {
        return s;
      }
    }
    return completed;
  }

  /** Whether calendar month {@code month} (1-12) has a harvest. */
  public boolean isHarvestMonth(int month) {
    return harvestShare(month) > 0;
  }

  /**
   * Switches a policy lever from the next step (on, off, or back to the scenario's timing), as
   * a scheduled lever change at that step would.
   */
  public void switchLever(Policies.Lever lever, Policies.Override state) {
    policies.override(lever, state);
    interventions.add(Intervention.lever(completed, lever, state));
  }

  /** Every shock injected and lever switched during the run, in the order they were made. */
  public java.util.List<Intervention> interventions() {
    synchronized (interventions) {
      return java.util.List.copyOf(interventions);
    }
  }

  /**
   * Readies the calendar for one step run by calling {@code schedule.step} directly, as MASON's
   * GUIState does (headless runs call {@link #stepOnce}, which does the same itself). Changes
   * nothing else.
   *
   * @return false once the horizon has been reached: do not step the schedule then
   */
  public boolean beginScheduledStep() {
    if (completed >= totalSteps()) {
      return false;
    }
    step = completed;
    return true;
  }
}
