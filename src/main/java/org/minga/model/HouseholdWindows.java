package org.minga.model;

import org.minga.model.TrailingWindow.Summing;

/**
 * Every household's trailing 12-month net income and input cost, one row per producer id in two
 * dense windows: closing a month writes one contiguous stretch per window instead of small arrays
 * scattered over the heap, and producer objects stay small. The month's values themselves stay on
 * the producer ({@code incomeMonth}, {@code inputCostMonth}): many mechanisms add to them, and
 * metrics read them after the books close, until the credit phase clears them.
 */
final class HouseholdWindows {
  // Running sums: re-summing would read all 12 months of every household at every close, twelve
  // times the memory traffic of the running update at a million households.
  final TrailingWindow income;
  final TrailingWindow inputCost;

  private HouseholdWindows(int households) {
    income = new TrailingWindow(12, households, Summing.RUNNING);
    inputCost = new TrailingWindow(12, households, Summing.RUNNING);
  }

  /** Windows for {@code producers} (indexed by id), each producer reading its rows from them. */
  static HouseholdWindows attach(Producer[] producers) {
    HouseholdWindows w = new HouseholdWindows(producers.length);
    for (Producer p : producers) {
      p.keepWindowsIn(w);
    }
    return w;
  }

  /** Closes the month ending at {@code step} for every household. */
  void close(Producer[] producers, int step) {
    int incomeSlot = income.beginClose(step);
    int inputCostSlot = inputCost.beginClose(step);
    for (int i = 0; i < producers.length; i++) {
      Producer p = producers[i];
      income.closeRow(incomeSlot, i, p.incomeMonth());
      inputCost.closeRow(inputCostSlot, i, p.inputCostMonth());
    }
  }

  /** Net income of household {@code id} over the trailing 12 months. */
  double income12(int id) {
    return income.sum(id);
  }

  /** Input cost paid by household {@code id} over the trailing 12 months. */
  double inputCost12(int id) {
    return inputCost.sum(id);
  }

  /** A household that leaves farming has earned nothing in the last 12 months when it returns. */
  void forgetIncome(int id) {
    income.clearRow(id);
  }
}
