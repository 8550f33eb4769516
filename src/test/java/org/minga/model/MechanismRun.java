package org.minga.model;

import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;
import org.minga.scenario.CooperativeConfig;

/**
 * A model with its metrics recorder, for the mechanism tests of docs/model.md 7.6-7.10: build,
 * step, read a metric by name, sum a metric over the assembly months. Also stages a cooperative
 * batch by hand for tests of how one remainder is paid and shared.
 */
final class MechanismRun {
  final MingaModel m;
  final MetricsRecorder recorder;

  private MechanismRun(MingaModel m) {
    this.m = m;
    this.recorder = MetricsRecorder.attach(m);
  }

  /** A started model (invariants checked every step) with metrics attached. */
  static MechanismRun of(String yaml, String... overrides) {
    return new MechanismRun(ModelFixture.start(yaml, overrides));
  }

  /** Runs {@code n} more steps. */
  MechanismRun steps(int n) {
    ModelFixture.run(m, n);
    return this;
  }

  /** Runs until {@code completed} steps have been run in all. */
  MechanismRun until(int completed) {
    return steps(completed - m.completedSteps());
  }

  /** The metric's value at the last step run. */
  double get(String name) {
    return recorder.latest()[Metrics.index(name)];
  }

  /**
   * Runs {@code years} more years and sums joins + leaves over them, read at the last month before
   * each assembly (the trailing-12-month counts then cover exactly one assembly).
   */
  double churnOverYears(int years) {
    double churn = 0;
    for (int y = 0; y < years; y++) {
      steps(12);
      churn += get("joins") + get("leaves");
    }
    return churn;
  }

  /** Mean trust over the current members of active cooperatives. */
  static double meanMemberTrust(MingaModel m) {
    double s = 0;
    int n = 0;
    for (Producer p : m.producers) {
      if (p.isActive() && p.isMember()) {
        s += p.trust();
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** A started model without invariant checks, for tests that set money by hand. */
  static MingaModel unchecked(String yaml, String... overrides) {
    MingaModel m = new MingaModel(ModelFixture.inputs(yaml, overrides));
    m.start();
    return m;
  }

  /**
   * Stages, in the slot {@link CooperativeFinances#payRemainderDue} settles next, a batch in which
   * {@code members[k]} delivered {@code volumes[k]}, members were promised {@code promisedPerUnit}
   * and the pool earned {@code surplusPerUnit} above the advances (none were paid) after the
   * commission. The reserve is set to exactly that surplus plus the reserve target, so the payment
   * is the surplus, with no dividend and no shortage of funds.
   */
  static int stageBatch(
      MingaModel m,
      Cooperative c,
      Producer[] members,
      double[] volumes,
      double promisedPerUnit,
      double surplusPerUnit) {
    CooperativeConfig cc = m.sc.cooperatives();
    RemainderBatches batches = c.payments().batches();
    int len = batches.length();
    batches.clearAll();
    for (int k = 0; k < c.memberCount(); k++) {
      m.producers[c.memberAt(k)].forfeitRemainders();
    }
    int slot = batches.dueSlot(m.step);
    double volume = 0;
    for (int k = 0; k < members.length; k++) {
      members[k].recordDelivery(slot, len, volumes[k]);
      volume += volumes[k];
      batches.book(slot, volumes[k], 0, volumes[k] * EliteCapture.weight(m, members[k]), 0);
    }
    batches.book(slot, 0, 0, 0, promisedPerUnit * volume);
    batches.addRevenue(slot, surplusPerUnit * volume / (1 - cc.commission()));
    TestMoney.setBalance(
        m, c, surplusPerUnit * volume + cc.reserveTargetMonths() * cc.fixedCostPerMonth());
    return slot;
  }
}
