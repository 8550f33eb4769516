package org.minga.gui;

import org.minga.model.Intervention;
import org.minga.model.MingaModel;
import org.minga.model.Policies;
import org.minga.scenario.PolicyConfig;

/**
 * What a policy lever is doing, in words for the control column: on or off in the month just run,
 * what it will be next month if that differs (a switch made while paused), and why (its scenario
 * timing, or a switch made in the window).
 *
 * @param onNow in force in the last month run
 * @param onNext in force next month
 * @param detail e.g. "scenario: months 24-59", "switched on at month 30"
 */
record LeverStatus(boolean onNow, boolean onNext, String detail) {

  static LeverStatus of(MingaModel m, Policies.Lever lever) {
    Policies p = m.policies();
    PolicyConfig.Lever cfg = p.config().levers().get(lever.ordinal());
    int next = m.completedSteps();
    boolean onNext =
        switch (p.overrideOf(lever)) {
          case ON -> true;
          case OFF -> false;
          case SCENARIO -> cfg.inForce(next);
        };
    boolean onNow = next == 0 ? onNext : p.inForce(lever);
    String detail =
        p.overrideOf(lever) == Policies.Override.SCENARIO
            ? scenarioTiming(cfg)
            : switchedAt(m, lever);
    return new LeverStatus(onNow, onNext, detail);
  }

  /** "scenario: months 24-59", "scenario: from month 24", "scenario: not used". */
  static String scenarioTiming(PolicyConfig.Lever cfg) {
    if (!cfg.enabled()) {
      return "scenario: not used";
    }
    return cfg.end() < 0
        ? "scenario: from month " + cfg.start()
        : "scenario: months " + cfg.start() + "-" + (cfg.end() - 1);
  }

  private static String switchedAt(MingaModel m, Policies.Lever lever) {
    Intervention last = null;
    for (Intervention i : m.interventions()) {
      if (lever == i.lever()) {
        last = i;
      }
    }
    if (last == null) {
      return "switched in the window";
    }
    return "switched "
        + (last.state() == Policies.Override.ON ? "on" : "off")
        + " from month "
        + last.step();
  }

  /** "ON", "off", or "off → ON next month". */
  String state() {
    String now = onNow ? "ON" : "off";
    return onNext == onNow ? now : now + " \u2192 " + (onNext ? "ON" : "off") + " next month";
  }
}
