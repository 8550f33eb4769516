package org.minga.model;

/**
 * Money that enters or leaves the simulated economy, by named source and sink. Transfers between
 * agents are not recorded: the money-conservation invariant checks that the agents' combined
 * balances moved by exactly the net of these flows, so a payment that is nobody's receipt shows.
 */
public final class Ledger {
  /** Named external sources and sinks. Positive flows enter the model. */
  public enum Account {
    WORLD_BUYERS, LOCAL_BUYERS, OFF_FARM_INCOME, GRANTS, PRICE_FLOOR_PAYMENTS,
    PUBLIC_CREDIT, CONSUMPTION, INPUT_SUPPLIERS, OPERATING_COSTS, CONTRACT_PENALTIES,
    ENTRY_CAPITAL, EXIT_WITHDRAWALS, WRITE_OFFS, MISMANAGEMENT
  }

  private final double[] flows = new double[Account.values().length];

  /** Money entering from an external source (negative to reverse). */
  void in(Account a, double amount) {
    flows[a.ordinal()] += amount;
  }

  /** Money leaving to an external sink. */
  void out(Account a, double amount) {
    flows[a.ordinal()] -= amount;
  }

  /** Cumulative net flow of one account since the start. */
  public double net(Account a) {
    return flows[a.ordinal()];
  }

  /** Cumulative net inflow over every account. */
  public double total() {
    double s = 0;
    for (double f : flows) {
      s += f;
    }
    return s;
  }
}
