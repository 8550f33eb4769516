package org.minga.model;

import java.util.Arrays;

/**
 * Per-household records that few passes read, kept in dense arrays by household id instead of in
 * the {@link Producer} object. The passes that visit households in a random order pull every cache
 * line of a producer object into memory (ProducerMemory), so the object is kept to what those
 * passes read, about 240 bytes; records read only by a yearly pass, by borrowers or by contract
 * farmers live here. Each array is written by the one mechanism named at it.
 */
final class HouseholdRecords {
  /** Village cluster: index of the nearest village centre at the start (WorldBuilder). */
  final int[] region;

  /** Trust drawn at the start, where trust outside cooperatives drifts back to (TrustDynamics). */
  final double[] trustAtStart;

  /** Step of the next health shock (HouseholdExpenses: geometric waiting times). */
  final int[] nextHealthShock;

  /** Consecutive months the interest due on the current loan went unpaid in full (LoanDefaults). */
  final int[] monthsInArrears;

  /** Loans defaulted on so far: each tightens the credit limit (LoanDefaults, CreditLimit). */
  final int[] defaults;

  /** Lenders refuse new loans before this step, after a default (LoanDefaults, CreditLimit). */
  final int[] refusedUntil;

  /** Step at which a firm terminated the contract for breach, -1 for never (ContractBreach). */
  final int[] blacklistedAt;

  /** Step of the last detected breach of the current contract, -1 for none (ContractBreach). */
  final int[] lastBreachStep;

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
}
