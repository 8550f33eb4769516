package org.minga.metrics;

import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * The groups of households a {@link HouseholdStat} runs over (docs/model.md 10). Each group lies
 * inside its parent and adds one test to the parent's; a parent is always declared before its
 * subgroups, so the producer pass can test groups in declaration order, each test once per
 * producer.
 */
public enum HouseholdGroup {
  /** Every household, farming or not. */
  EVERYONE(null),
  /** Households farming (not left). */
  ACTIVE(EVERYONE),
  /** Active cooperative members. */
  MEMBERS(ACTIVE),
  /** Active producers in no cooperative. */
  NON_MEMBERS(ACTIVE),
  /** Active producers under a firm contract. */
  CONTRACTED(ACTIVE),
  /** Contract farmers outside cooperatives (members never hold a contract, but count apart). */
  CONTRACT_FARMERS(NON_MEMBERS),
  /** Active producers with neither cooperative nor contract. */
  INDEPENDENT(NON_MEMBERS),
  /** Active producers whose trailing 12-month net income is below 12 months' poverty line. */
  POOR(ACTIVE),
  /**
   * Active producers whose output reached an exporter (a contract or a cooperative's export sale)
   * in the last 12 months.
   */
  EXPORTING(ACTIVE),
  /** Active producers in debt to an intermediary. */
  INDEBTED(ACTIVE),
  /** Households a firm blacklisted for breach, farming or not. */
  BLACKLISTED(EVERYONE);

  private final HouseholdGroup parent;

  HouseholdGroup(HouseholdGroup parent) {
    this.parent = parent;
  }

  /** The group this one lies in; null for {@link #EVERYONE}. */
  public HouseholdGroup parent() {
    return parent;
  }

  /** Whether household {@code p}, already in the parent group, belongs to this one. */
  public boolean test(Producer p, MingaModel m) {
    return switch (this) {
      case EVERYONE -> true;
      case ACTIVE -> p.isActive();
      case MEMBERS -> p.isMember();
      case NON_MEMBERS -> !p.isMember();
      case CONTRACTED, CONTRACT_FARMERS -> p.isContracted();
      case INDEPENDENT -> !p.isContracted();
      case POOR -> p.income12() < povertyLine(m);
      case EXPORTING -> p.lastExportStep() >= m.currentStep() - 11;
      case INDEBTED -> p.isIndebtedToIntermediary();
      case BLACKLISTED -> p.isBlacklisted();
    };
  }

  /** Whether the group holds household {@code p}: it passes this test and every parent's. */
  public boolean contains(Producer p, MingaModel m) {
    return (parent == null || parent.contains(p, m)) && test(p, m);
  }

  /** Whether this group is {@code other} or lies inside it. */
  public boolean within(HouseholdGroup other) {
    return this == other || parent != null && parent.within(other);
  }

  /** The poverty line over a year: 12 months of the scenario's line per month (USD). */
  static double povertyLine(MingaModel m) {
    return 12 * m.scenario().producers().povertyLinePerMonth();
  }
}
