package org.minga.model;

import org.minga.scenario.EventsConfig;
import org.minga.scenario.PolicyConfig;

/**
 * Which policy levers (docs/model.md 7.10) are in force this step. Follows the scenario's timing
 * unless the workshop window switched a lever on or off; the switch lives here, in the model's
 * state, never in the immutable scenario.
 */
public final class Policies {
  /** The levers, in {@link PolicyConfig#LEVER_KEYS} order. */
  public enum Lever {
    TECHNICAL_ASSISTANCE,
    PUBLIC_CREDIT,
    PROMOTION,
    TAX_DEDUCTION,
    COFINANCING,
    MATCHING_GRANTS,
    PRICE_FLOOR,
    INFRASTRUCTURE,
    LIBERALISATION,
    CERTIFICATION_SUPPORT;

    static final Lever[] ALL = values();

    /** The lever a scenario names (the two enums list the levers in the same order). */
    public static Lever of(EventsConfig.LeverName name) {
      return ALL[name.ordinal()];
    }

    /** Its name in scenarios. */
    public EventsConfig.LeverName scenarioName() {
      return EventsConfig.LeverName.values()[ordinal()];
    }
  }

  /** A lever's run-time override. */
  public enum Override {
    SCENARIO,
    ON,
    OFF;

    static Override of(EventsConfig.LeverState state) {
      return switch (state) {
        case ON -> ON;
        case OFF -> OFF;
        case SCENARIO -> SCENARIO;
      };
    }

    /** Its name in scenarios. */
    public EventsConfig.LeverState scenarioState() {
      return EventsConfig.LeverState.valueOf(name());
    }
  }

  private final PolicyConfig config;
  private final java.util.List<PolicyConfig.Lever> levers;
  private final Override[] overrides = new Override[Lever.ALL.length];
  private final boolean[] inForce = new boolean[Lever.ALL.length];
  private final boolean[] wasInForce = new boolean[Lever.ALL.length];

  /** Step at which each lever last came into force (for phase-outs and ramps). */
  private final int[] since = new int[Lever.ALL.length];

  Policies(PolicyConfig config) {
    this.config = config;
    this.levers = config.levers();
    java.util.Arrays.fill(overrides, Override.SCENARIO);
  }

  /** Recomputes which levers are in force at {@code step}. */
  void update(int step) {
    for (int i = 0; i < inForce.length; i++) {
      wasInForce[i] = inForce[i];
      inForce[i] =
          switch (overrides[i]) {
            case SCENARIO -> levers.get(i).inForce(step);
            case ON -> true;
            case OFF -> false;
          };
      if (inForce[i] && !wasInForce[i]) {
        since[i] = step;
      }
    }
  }

  public boolean inForce(Lever l) {
    return inForce[l.ordinal()];
  }

  /** Whether the lever stopped being in force at the last update. */
  boolean justEnded(Lever l) {
    return wasInForce[l.ordinal()] && !inForce[l.ordinal()];
  }

  boolean justStarted(Lever l) {
    return inForce[l.ordinal()] && !wasInForce[l.ordinal()];
  }

  /** Months since the lever came into force (0 when not in force). */
  int monthsInForce(Lever l, int step) {
    return inForce(l) ? step - since[l.ordinal()] : 0;
  }

  /** Switches a lever at run time (the workshop window); SCENARIO restores its timing. */
  public void override(Lever l, Override o) {
    overrides[l.ordinal()] = o;
  }

  public Override overrideOf(Lever l) {
    return overrides[l.ordinal()];
  }

  public PolicyConfig config() {
    return config;
  }
}
