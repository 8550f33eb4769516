package org.minga.model;

import org.minga.scenario.EventsConfig;

/** Marketing channels, with their output names. Ordinals index per-channel arrays. */
public enum Channel {
  INTERMEDIARY("intermediary"),
  COOPERATIVE("cooperative"),
  CONTRACT("contract"),
  LOCAL_MARKET("local_market");

  /** Cached because {@code values()} allocates a new array on every call. */
  public static final Channel[] ALL = values();

  public static final int COUNT = ALL.length;

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The model channel a scenario's channel name stands for. */
  public static Channel of(EventsConfig.Channel c) {
    return ALL[c.ordinal()];
  }
}
