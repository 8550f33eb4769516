package org.minga.model;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.minga.scenario.ModelInputs;

/**
 * The simulation: a MASON {@link sim.engine.SimState} that runs the {@link World} (producers,
 * intermediaries, cooperatives and tractor firms) one month at a time through the phases of {@link
 * Phase}. It runs headless and knows nothing of windows, files or the command line. All randomness
 * comes from named streams ({@link org.minga.model.random.RandomStreams}) derived from the
 * scenario's seed, one per source; MASON's own {@code random} is left to the window and never read
 * by the model.
 */
public final class MingaModel extends World {
  private static final long serialVersionUID = 1L;

  /** Every producer's trailing 12-month net income and input cost (dense, by id). */
  HouseholdWindows householdWindows = HouseholdWindows.attach(new Producer[0]);

  // The mechanisms' working memory, made at the start (each class says what it holds, and when).
  /** The random order of the credit and channel-choice passes. */
  VisitOrder visitOrder;

  /** Early reads of the producers a pass is about to visit. */
  ReadAhead readAhead;

  /** Each household's bills and shortfall this month, found in CREDIT. */
  MonthlyBills bills;

  /** Who holds stock to sell at this month's channel choice. */
  StockHolders stockHolders;

  /** Every producer's main channel, and one producer's neighbours counted by channel. */
  MainChannels mainChannels;

  /** Neighbours' incomes, copied for a round of yearly membership decisions. */
  NeighbourIncomes neighbourIncomes;

  /** The leavers of a yearly pass, taken off the member lists at its end. */
  MemberListPruning pruning;

  /** One producer's sales this month while it chooses, and its intermediary's offer. */
  final Sales sales = new Sales();

  private boolean householdPanelWanted;
  private boolean checkInvariants;
  private Invariants invariants;

  /** Told the ordering of each phase as it ends (a profiler's hook); null when nobody listens. */
  private IntConsumer phaseListener;

  /** The people playing households and boards in a participatory session (nobody by default). */
  private Participants participants = Participants.NOBODY;

  /** Price shocks injected and levers switched while the run goes. */
  private final Interventions interventions = new Interventions();

  public MingaModel(ModelInputs inputs) {
    super(inputs);
  }

  @Override
  public void start() {
    super.start();
    step = 0;
    completed = 0;
    prices.start(totalSteps(), streams);
    WorldBuilder.build(this);
    householdWindows = HouseholdWindows.attach(producers);
    makeWorkingMemory();
    for (Producer p : producers) {
      p.fixSharingWeight(EliteCapture.weight(this, p));
      HouseholdExpenses.startClock(this, p);
    }
    invariants = checkInvariants ? new Invariants(this) : null;
    householdPanel = householdPanelWanted ? new HouseholdPanel(this) : null;
    players.set(participants, producers.length, cooperatives.size());
    schedulePhases();
  }

  /** The mechanisms' working memory, sized to the population: nothing is allocated per step. */
  private void makeWorkingMemory() {
    readAhead = new ReadAhead(this);
    visitOrder = new VisitOrder(this);
    bills = new MonthlyBills(producers.length);
    stockHolders = new StockHolders(producers.length);
    mainChannels = new MainChannels(network, producers);
    neighbourIncomes = new NeighbourIncomes(this);
    pruning = new MemberListPruning(producers.length);
  }

  /** The phases of every month, in order (docs/model.md 3). */
  private void schedulePhases() {
    phase(Phase.PRICES_AND_EVENTS, PricesAndEvents::run);
    phase(Phase.CREDIT, Credit::run);
    phase(Phase.HARVEST, Production::harvest);
    phase(Phase.OFFERS, Offers::update);
    phase(Phase.CHANNEL_CHOICE, ChannelChoice::run);
    phase(Phase.SELL_ON, SellOn::run);
    phase(Phase.SETTLEMENT, Settlement::run);
    phase(Phase.YEARLY, YearlyDecisions::runIfAssembly);
    phase(Phase.CLOSE_BOOKS, MingaModel::closeBooks);
  }

  private void phase(int ordering, Consumer<MingaModel> body) {
    schedule.scheduleRepeating(
        0.0,
        ordering,
        s -> {
          body.accept(this);
          if (phaseListener != null) {
            phaseListener.accept(ordering);
          }
        },
        1.0);
  }

  /**
   * Tells {@code listener} the ordering ({@link Phase}) of each of the model's phases as it ends,
   * e.g. to time them; null to stop. Listening cannot change a run.
   */
  public void setPhaseListener(IntConsumer listener) {
    phaseListener = listener;
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
    prices.closeMonth();
    if (invariants != null) {
      invariants.check(step);
    }
    completed = step + 1;
  }

  /** Runs one whole monthly step; returns false once the horizon has been reached. */
  public boolean stepOnce() {
    if (!beginScheduledStep()) {
      return false;
    }
    schedule.step(this);
    return true;
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

  /**
   * Keeps each household's sales of the calendar year ({@link #householdPanel()}) from now on; call
   * before the first step (before or after start). Changes nothing else in the run.
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

  /**
   * Lets {@code p} play households and cooperative boards (docs/model.md, "Played households and
   * the board"): their choices replace the model's rules for those agents from the next step. Call
   * between steps; the roster is read now (and again at the start), so a cooperative formed later
   * is played only once this is called again.
   */
  public void setParticipants(Participants p) {
    participants = p;
    players.set(p, producers.length, cooperatives.size());
  }

  /** Check volume, money and membership invariants after every step; call before start. */
  public void setCheckInvariants(boolean on) {
    checkInvariants = on;
  }

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
    interventions.shock(prices, completed, fromStep, durationMonths, multiplier);
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

  /**
   * Switches a policy lever from the next step (on, off, or back to the scenario's timing), as a
   * scheduled lever change at that step would.
   */
  public void switchLever(Policies.Lever lever, Policies.Override state) {
    interventions.lever(policies, completed, lever, state);
  }

  /** Every shock injected and lever switched during the run, in the order they were made. */
  public List<Intervention> interventions() {
    return interventions.list();
  }
}
