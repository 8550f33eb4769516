package org.minga.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;

/**
 * The world the mechanisms act on ({@link WorldState}), with its calendar and read access to it for
 * the metrics, the window and tests. {@link MingaModel} runs it one month at a time.
 */
abstract class World extends WorldState {
  private static final long serialVersionUID = 1L;

  private final double[] harvestShareByMonth = new double[13];

  World(ModelInputs inputs) {
    super(inputs);
    for (int month = 1; month <= 12; month++) {
      harvestShareByMonth[month] = sc.commodity().harvestShare(month);
    }
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
    return records.region(producer);
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

  public MarketBook book() {
    return book;
  }

  public Ledger ledger() {
    return ledger;
  }

  public Policies policies() {
    return policies;
  }

  /** This calendar year's sales by household, or null unless MingaModel.recordHouseholdPanel. */
  public HouseholdPanel householdPanel() {
    return householdPanel;
  }
}
