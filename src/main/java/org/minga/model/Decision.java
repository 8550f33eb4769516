package org.minga.model;

import java.util.Arrays;
import java.util.Locale;
import org.minga.scenario.CooperativeConfig;

/**
 * The decisions a person can take in a participatory session, each replacing one rule of the model
 * for the household or cooperative board played (docs/model.md, "Played households and the board").
 * A choice is a number: a share, a number of months, or the index of one of the decision's options;
 * NaN lets the model's rule decide.
 */
public enum Decision {
  /** Share of the month's marketed crop delivered to the cooperative (ChannelChoice). */
  DELIVERY("delivery", Role.HOUSEHOLD, 0, 1),
  /** Whom to borrow from, or not to borrow (Credit); options are the creditor kinds. */
  LENDER("lender", Role.HOUSEHOLD, "none", "intermediary", "cooperative", "public"),
  /** At the assembly: stay as one is, leave one's cooperative or join the nearest (Membership). */
  MEMBERSHIP("membership", Role.HOUSEHOLD, "stay", "leave", "join"),
  /** The rule the advance follows (AdvanceRule); options as `cooperatives.advance_rule`. */
  ADVANCE_RULE("advance_rule", Role.BOARD, names(CooperativeConfig.AdvanceRule.values())),
  /** Share of the rule's price paid as advance (AdvanceRule). */
  ADVANCE_SHARE("advance_share", Role.BOARD, 0, 1),
  /** Share of members' expected output committed, and sold forward, to the buyer. */
  FORWARD_SHARE("forward_share", Role.BOARD, 0, 1),
  /** Reserve kept, in months of fixed cost, before the rest is paid out as a dividend. */
  RESERVE_MONTHS("reserve_months", Role.BOARD, 0, 120);

  /** Who takes a decision: a played household or a cooperative's played board. */
  public enum Role {
    HOUSEHOLD,
    BOARD;

    /** The role as decisions.csv writes it. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Options of {@link #MEMBERSHIP}. */
  public static final double STAY = 0;

  public static final double LEAVE = 1;
  public static final double JOIN = 2;

  private final String id;
  private final Role role;
  private final double min;
  private final double max;

  /** The options' names for a choice among options (the value is the index), else null. */
  private final String[] options;

  Decision(String id, Role role, double min, double max) {
    this.id = id;
    this.role = role;
    this.min = min;
    this.max = max;
    this.options = null;
  }

  Decision(String id, Role role, String... options) {
    this.id = id;
    this.role = role;
    this.min = 0;
    this.max = options.length - 1;
    this.options = options;
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  /** The decision's name in decisions.csv. */
  public String id() {
    return id;
  }

  public Role role() {
    return role;
  }

  /** The decision named {@code id}, or null. */
  public static Decision byId(String id) {
    for (Decision d : values()) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    return null;
  }

  /** Whether {@code value} is a choice of this decision (an option's index, or in range). */
  public boolean accepts(double value) {
    return value >= min && value <= max && (options == null || value == Math.rint(value));
  }

  /**
   * The choice written as {@code text}: an option's name, or a number in range.
   *
   * @throws IllegalArgumentException naming what was expected
   */
  public double parse(String text) {
    if (options != null) {
      int k = Arrays.asList(options).indexOf(text);
      if (k < 0) {
        throw new IllegalArgumentException(
            id + " is one of " + String.join(", ", options) + ", not '" + text + "'");
      }
      return k;
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!accepts(v)) {
      throw new IllegalArgumentException(
          id + " is a number from " + format(min) + " to " + format(max) + ", not '" + text + "'");
    }
    return v;
  }

  /** The choice as text that {@link #parse} reads back to the same value. */
  public String format(double value) {
    if (options != null) {
      return options[(int) value];
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
