package org.minga.model;

import java.util.Arrays;

/**
 * Per-household records that few passes read, kept in dense arrays by household id instead of in
 * the {@link Producer} object. The passes that visit households in a random order pull every cache
 * line of a producer object into memory (ProducerMemory), so the object is kept to what those
 * passes read, 232 bytes; records read only by a yearly pass, by borrowers or by contract farmers
 * live here. The arrays change only through the methods below, each used by the one mechanism named
 * at its array.
 */
final class HouseholdRecords {
  /** Village cluster: index of the nearest village centre at the start (WorldBuilder). */
  private final int[] region;

  /** Trust drawn at the start, where trust outside cooperatives drifts back to (TrustDynamics). */
  private final double[] trustAtStart;

  /** Step of the next health shock (HouseholdExpenses: geometric waiting times). */
  private final int[] nextHealthShock;

  /** Consecutive months the interest due on the current loan went unpaid in full (LoanDefaults). */
  private final int[] monthsInArrears;

  /** Loans defaulted on so far: each tightens the credit limit (LoanDefaults, CreditLimit). */
  private final int[] defaults;

  /** Lenders refuse new loans before this step, after a default (LoanDefaults, CreditLimit). */
  private final int[] refusedUntil;

  /** Step at which a firm terminated the contract for breach, -1 for never (ContractBreach). */
  private final int[] blacklistedAt;

  /** Step of the last detected breach of the current contract, -1 for none (ContractBreach). */
  private final int[] lastBreachStep;

  HouseholdRecords(int households) {
    region = new int[households];
    trustAtStart = new double[households];
    nextHealthShock = new int[households];
    monthsInArrears = new int[households];
    defaults = new int[households];
    refusedUntil = new int[households];
    blacklistedAt = new int[households];
    lastBreachStep = new int[households];
    Arrays.fill(blacklistedAt, -1);
    Arrays.fill(lastBreachStep, -1);
  }

  int region(int id) {
    return region[id];
  }

  double trustAtStart(int id) {
    return trustAtStart[id];
  }

  int nextHealthShock(int id) {
    return nextHealthShock[id];
  }

  int monthsInArrears(int id) {
    return monthsInArrears[id];
  }

  int defaults(int id) {
    return defaults[id];
  }

  int refusedUntil(int id) {
    return refusedUntil[id];
  }

  int blacklistedAt(int id) {
    return blacklistedAt[id];
  }

  int lastBreachStep(int id) {
    return lastBreachStep[id];
  }

  void placeInRegion(int id, int village) {
    region[id] = village;
  }

  void rememberStartingTrust(int id, double trust) {
    trustAtStart[id] = trust;
  }

  void scheduleHealthShock(int id, int step) {
    nextHealthShock[id] = step;
  }

  /** A new loan, or the interest paid in full: no months in arrears. */
  void clearArrears(int id) {
    monthsInArrears[id] = 0;
  }

  void addMonthInArrears(int id) {
    monthsInArrears[id]++;
  }

  /** A default: one more on its record, and lenders refuse it before {@code refusedUntil}. */
  void recordDefault(int id, int refusedUntil) {
    defaults[id]++;
    this.refusedUntil[id] = refusedUntil;
  }

  /** A firm terminated its contract for breach at {@code step}; its breach count starts over. */
  void blacklist(int id, int step) {
    blacklistedAt[id] = step;
    lastBreachStep[id] = -1;
  }

  void recordBreach(int id, int step) {
    lastBreachStep[id] = step;
  }

  /** A new contract: no breach detected under it yet. */
  void forgetBreaches(int id) {
    lastBreachStep[id] = -1;
  }
}
