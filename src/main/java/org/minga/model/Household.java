package org.minga.model;

/**
 * The first layer of a {@link Producer}: the household as the world builder draws it (or reads it
 * from a producer table), its place, farm, means and preferences. Only assistance and certification
 * change any of it (capability, quality); the sharing weight is computed from the area once, at the
 * start.
 *
 * <p>A layer of one object rather than an object of its own, so that a random-order visit to a
 * producer does not chase a pointer: the layers ({@code Household}, {@link HouseholdAccounts},
 * {@link FarmingHousehold}, {@link Producer}) only split the code by what it keeps. Public so that
 * readers outside the model call these methods directly, not through bridges javac would add.
 */
public abstract sealed class Household permits HouseholdAccounts {
  // Fields of one object with the other layers: after adding or reordering any, check that
  // ProducerMemory.touch still reads every cache line (its note says how).
  final int id;
  private final double x;
  private final double y;
  private final double area;
  private final double yieldPerHa;
  private double quality;
  private double capability;
  private final double subsistence;
  private final double offFarmIncome;
  private final double patience;
  private final boolean informed;
  private final boolean innovator;

  /** Fixed draws deciding who a partial-coverage programme reaches (stable over the run). */
  private final float programmeDraw;

  /**
   * Its weight per unit delivered in sharing cooperative remainders ({@link EliteCapture#weight}):
   * a power of its fixed area, computed once at the start rather than at every delivery.
   */
  private double sharingWeight = 1;

  /**
   * What the world builder draws for a household (or reads from a producer table): its place, farm,
   * means, preferences and starting trust. Cash is drawn with them but set by the money code.
   */
  record Attributes(
      double x,
      double y,
      double area,
      double yieldPerHa,
      double quality,
      double capability,
      double subsistence,
      double offFarmIncome,
      double patience,
      double trust,
      boolean informed,
      boolean innovator,
      float programmeDraw) {}

  /** A household with the drawn attributes (its trust is kept by the {@link Producer} layer). */
  Household(int id, Attributes a) {
    this.id = id;
    x = a.x();
    y = a.y();
    area = a.area();
    yieldPerHa = a.yieldPerHa();
    quality = a.quality();
    capability = a.capability();
    subsistence = a.subsistence();
    offFarmIncome = a.offFarmIncome();
    patience = a.patience();
    informed = a.informed();
    innovator = a.innovator();
    programmeDraw = a.programmeDraw();
  }

  public int id() {
    return id;
  }

  public double x() {
    return x;
  }

  public double y() {
    return y;
  }

  public double area() {
    return area;
  }

  /** Consumption needs per month (USD). */
  public double subsistencePerMonth() {
    return subsistence;
  }

  public double quality() {
    return quality;
  }

  public double capability() {
    return capability;
  }

  /** Yield per ha in a year, before shocks and assistance. */
  double yieldPerHa() {
    return yieldPerHa;
  }

  /** Off-farm income per month (USD). */
  double offFarmIncome() {
    return offFarmIncome;
  }

  /** Its monthly discount factor on delayed payments before any cash shortage. */
  double patience() {
    return patience;
  }

  /** Whether it knows the world price (an uninformed seller accepts a wider margin). */
  boolean isInformed() {
    return informed;
  }

  /** Whether it is an innovator (young people and women: quicker to move). */
  boolean isInnovator() {
    return innovator;
  }

  /** Its fixed draw deciding whether a partial-coverage programme reaches it. */
  float programmeDraw() {
    return programmeDraw;
  }

  /** Its weight per unit delivered in sharing cooperative remainders. */
  double sharingWeight() {
    return sharingWeight;
  }

  /** Fixes its weight in sharing remainders (once, at the start: it depends on its area). */
  void fixSharingWeight(double weight) {
    sharingWeight = weight;
  }

  /** Technical assistance closes {@code share} of the gap between its capability and 1. */
  void gainCapability(double share) {
    capability += share * (1 - capability);
  }

  /** Assistance or certification moves its quality {@code rate} of the way toward 1. */
  void improveQuality(double rate) {
    quality += rate * (1 - quality);
  }

  /** Without assistance its quality decays by {@code rate} of itself. */
  void loseQuality(double rate) {
    quality += -rate * quality;
  }

  /** Output expected in a year at current capability, before shocks. */
  double expectedYearlyOutput(double assistanceYieldEffect) {
    return area * yieldPerHa * (1 + assistanceYieldEffect * capability);
  }
}
