package org.minga.model;

/**
 * A cooperative's life (docs/model.md 7.8): founded at a step, maturing year by year, watched for
 * the runs of insolvent months and thin years that dissolve it (CooperativeDissolution), dissolved
 * at a step and, for a seasonal group, replaced by next season's group (SeasonalGroups).
 */
final class Lifecycle {
  private final int createdAt;
  private boolean active = true;
  private int dissolvedAt = -1;

  /** Seasonal group already replaced by next season's group. */
  private boolean reformed;

  private double maturity;

  private int yearsBelowMinimum;

  /** Consecutive months its reserve has been beyond the credit line. */
  private int monthsInsolvent;

  /** The life of a cooperative founded at step {@code createdAt}. */
  Lifecycle(int createdAt) {
    this.createdAt = createdAt;
  }

  /** Step at which it was founded. */
  int createdAt() {
    return createdAt;
  }

  /** Whether it is still active (not dissolved). */
  boolean isActive() {
    return active;
  }

  /** Step at which it dissolved, or -1 while active. */
  int dissolvedAt() {
    return dissolvedAt;
  }

  /** It dissolves at {@code step}. */
  void end(int step) {
    active = false;
    dissolvedAt = step;
  }

  /** Whether this seasonal group has already been replaced by next season's group. */
  boolean isReformed() {
    return reformed;
  }

  /** Next season's group has replaced this one. */
  void markReformed() {
    reformed = true;
  }

  /** Its maturity, from its initial share to 1 over the maturity years (Maturity). */
  double maturity() {
    return maturity;
  }

  /** Sets its maturity: at founding, for the cooperatives of the start (mature), in tests. */
  void setMaturity(double maturity) {
    this.maturity = maturity;
  }

  /** A year of maturing: maturity rises by {@code perYear}, up to 1. */
  void mature(double perYear) {
    maturity = Math.min(1, maturity + perYear);
  }

  /** A month ends beyond its credit line (the run of such months lengthens) or within it (ends). */
  void countMonthInsolvent(boolean beyondCreditLine) {
    monthsInsolvent = beyondCreditLine ? monthsInsolvent + 1 : 0;
  }

  /** Consecutive months its reserve has been beyond the credit line. */
  int monthsInsolvent() {
    return monthsInsolvent;
  }

  /** A year ends below the minimum membership (the run of such years lengthens) or not (ends). */
  void countYearBelowMinimum(boolean below) {
    yearsBelowMinimum = below ? yearsBelowMinimum + 1 : 0;
  }

  /** Consecutive years its membership has been below the minimum. */
  int yearsBelowMinimum() {
    return yearsBelowMinimum;
  }
}
