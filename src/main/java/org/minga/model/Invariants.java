package org.minga.model;

/**
 * Laws every step must keep, checked after the books close when asked: volume conservation
 * (produced = delivered + unsold stock + losses); money conservation (the agents' combined money
 * moved by exactly the net of the ledger's named sources and sinks: true by construction of
 * Ledger's transfers, so this confirms no balance changed outside them); membership consistency
 * (each member listed by exactly its cooperative, no member under contract, no inactive affiliate);
 * no NaN, no negative stock, cash or debt.
 */
public final class Invariants {
  private static final double TOLERANCE = 1e-6;
  private final MingaModel m;

  public Invariants(MingaModel m) {
    this.m = m;
  }

  /** Throws {@link InvariantViolation} naming the first broken law. */
  public void check(int step) {
    checkVolume(step);
    checkMoney(step);
    checkMembership(step);
    checkProducers(step);
  }

  private void checkVolume(int step) {
    double stock = 0;
    for (Producer p : m.producers) {
      stock += p.stock();
    }
    MarketBook b = m.book;
    double accounted = b.delivered() + stock + b.lost();
    if (!close(b.produced(), accounted)) {
      throw new InvariantViolation(
          step,
          "volume: produced "
              + b.produced()
              + " but delivered "
              + b.delivered()
              + " + stock "
              + stock
              + " + lost "
              + b.lost()
              + " = "
              + accounted);
    }
  }

  /**
   * Money held inside the model: households, intermediaries, cooperatives, firms, and what is in
   * transit in the ledger's clearing.
   */
  public static double moneyInside(MingaModel m) {
    double s = m.ledger.inClearing();
    for (Producer p : m.producers) {
      s += p.cash();
    }
    for (Intermediary i : m.intermediaries) {
      s += i.capital();
    }
    for (Cooperative c : m.cooperatives) {
      s += c.reserve();
    }
    for (TractorFirm f : m.firms) {
      s += f.cash();
    }
    return s;
  }

  private void checkMoney(int step) {
    double inside = moneyInside(m);
    double flows = m.ledger.total();
    if (!close(inside, flows)) {
      throw new InvariantViolation(
          step,
          "money: agents hold "
              + inside
              + " but sources minus sinks total "
              + flows
              + " (a balance changed outside the "
              + "ledger's transfers); "
              + m.ledger.summary());
    }
  }

  private void checkMembership(int step) {
    int listed = 0;
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive() && c.memberCount() > 0) {
        throw new InvariantViolation(step, "dissolved cooperative " + c.index + " has members");
      }
      for (int k = 0; k < c.memberCount(); k++) {
        Producer p = m.producers[c.memberAt(k)];
        if (p.cooperative() != c.index()) {
          throw new InvariantViolation(
              step,
              "producer "
                  + p.id
                  + " listed by cooperative "
                  + c.index
                  + " but belongs to "
                  + p.cooperative());
        }
        listed++;
      }
    }
    int members = 0;
    for (Producer p : m.producers) {
      if (p.isMember()) {
        members++;
        if (p.isContracted()) {
          throw new InvariantViolation(
              step, "producer " + p.id + " is both member and " + "contracted");
        }
      }
      if (!p.isActive() && (p.isMember() || p.isContracted())) {
        throw new InvariantViolation(step, "inactive producer " + p.id + " is affiliated");
      }
      if (p.isContracted() && !m.firms[p.firm()].isActive()) {
        throw new InvariantViolation(step, "producer " + p.id + " contracted to inactive firm");
      }
    }
    if (members != listed) {
      throw new InvariantViolation(
          step, members + " producers say they are members but " + "cooperatives list " + listed);
    }
  }

  private void checkProducers(int step) {
    for (Producer p : m.producers) {
      if (!(p.cash() >= -TOLERANCE
          && p.stock() >= -TOLERANCE
          && p.debt() >= -TOLERANCE
          && Double.isFinite(p.income12())
          && Double.isFinite(p.trust()))) {
        throw new InvariantViolation(
            step,
            "producer "
                + p.id
                + " has cash "
                + p.cash()
                + ", stock "
                + p.stock()
                + ", debt "
                + p.debt()
                + ", income "
                + p.income12());
      }
    }
    for (Intermediary i : m.intermediaries) {
      if (!Double.isFinite(i.capital()) || !Double.isFinite(i.margin())) {
        throw new InvariantViolation(
            step,
            "intermediary " + i.index() + " has capital " + i.capital() + ", margin " + i.margin());
      }
    }
    for (TractorFirm f : m.firms) {
      if (!Double.isFinite(f.cash())) {
        throw new InvariantViolation(step, "firm " + f.index() + " has cash " + f.cash());
      }
    }
    for (Cooperative c : m.cooperatives) {
      if (!Double.isFinite(c.reserve())) {
        throw new InvariantViolation(step, "cooperative " + c.index + " reserve " + c.reserve());
      }
      if (c.isActive() && c.life().monthsInsolvent() > m.sc.cooperatives().insolvencyMonths()) {
        throw new InvariantViolation(
            step,
            "cooperative "
                + c.index
                + " has been beyond its "
                + "credit line for "
                + c.life().monthsInsolvent()
                + " months and is still active: "
                + c.reserve());
      }
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
