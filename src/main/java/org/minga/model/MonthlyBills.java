package org.minga.model;

/**
 * What each household owes this month and what it lacks, by id, found once in CREDIT's pass in id
 * order: the input bill (read again by channel choice and settlement: nothing it depends on,
 * membership, delivery record or maturity, changes in between), the lumpy expenses due
 * (HouseholdExpenses, paid in settlement) and the shortfall the household borrows for. A
 * household's shortfall depends only on its own state (and its cooperative's maturity), which no
 * other household's borrowing changes; so it is found in id order (sequential memory) and the
 * shuffled pass, where lenders' limited funds make order matter, visits only those who borrow: the
 * same loans in the same order as one shuffled loop. One per model, made at the start; each month's
 * pass writes every entry.
 */
final class MonthlyBills {
  private final double[] inputCost;
  private final double[] expenses;
  private final double[] shortfall;
  private final boolean[] borrows;

  MonthlyBills(int households) {
    inputCost = new double[households];
    expenses = new double[households];
    shortfall = new double[households];
    borrows = new boolean[households];
  }

  /** Records household {@code id}'s bills this month and what it lacks to pay them. */
  void set(int id, double inputBill, double expensesDue, double lacking) {
    inputCost[id] = inputBill;
    expenses[id] = expensesDue;
    shortfall[id] = lacking;
    borrows[id] = lacking > 0;
  }

  /** This month's input bill of household {@code id}. */
  double inputCost(int id) {
    return inputCost[id];
  }

  /** The lumpy expenses household {@code id} owes this month. */
  double expenses(int id) {
    return expenses[id];
  }

  /** What household {@code id} lacks this month to pay its needs. */
  double shortfall(int id) {
    return shortfall[id];
  }

  /** Who lacks cash this month (shortfall above zero), by id: the borrowers. */
  boolean[] borrowers() {
    return borrows;
  }
}
