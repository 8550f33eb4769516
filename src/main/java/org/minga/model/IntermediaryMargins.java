package org.minga.model;

import org.minga.scenario.IntermediaryConfig;

/**
 * docs/model.md 7.9: an intermediary's margin moves each month toward a competitive target, base
 * margin / (1 + k (n - 1)) with n the intermediaries competing in its area: more competitors, lower
 * margins (stylised fact 6).
 */
final class IntermediaryMargins {
  private IntermediaryMargins() {}

  static void adjust(MingaModel m) {
    IntermediaryConfig ic = m.sc.intermediaries();
    for (Intermediary i : m.intermediaries) {
      if (!i.isActive()) {
        continue;
      }
      double target = target(ic, i.competitors());
      i.setMargin(i.margin() + ic.adjustSpeed() * (target - i.margin()));
    }
  }

  static double target(IntermediaryConfig ic, double competitors) {
    double t = ic.baseMargin() / (1 + ic.competitionEffect() * (competitors - 1));
    return Math.max(ic.minMargin(), t);
  }
}
