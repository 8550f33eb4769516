package org.minga.model.price;

import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig;

/**
 * The world (reference) price of a run (docs/model.md 7.1): the scenario's price process times the
 * seasonal multiplier of the calendar month times every price shock in force, scheduled or
 * injected. The model calls {@link #advance} once per step, in order, and reads {@link #current}
 * everywhere else in the step.
 *
 * <p>Reproducible: the price path is a function of the configuration and the random stream only,
 * and shocks and seasonality draw nothing, so adding a shock leaves the underlying path (and every
 * later draw of the model) unchanged. Allocates nothing after {@link #from}.
 */
public final class WorldPrice {
  private final double base;
  private final int horizonSteps;
  private final PriceProcess process;
  private final SeasonalMultiplier seasonal;
  private final PriceShocks shocks;
  private int nextStep;
  private double underlying;
  private double current;

  private WorldPrice(
      double base,
      int horizonSteps,
      PriceProcess process,
      SeasonalMultiplier seasonal,
      PriceShocks shocks) {
    this.base = base;
    this.horizonSteps = horizonSteps;
    this.process = process;
    this.seasonal = seasonal;
    this.shocks = shocks;
    this.underlying = base;
    this.current = base;
  }

  /**
   * The world price of a run.
   *
   * @param cfg the scenario's price configuration
   * @param replayPrices for the replay process, the prepared monthly series, index 0 for step 0
   *     (the loader has already applied the file's scale, start offset and interpolation; this
   *     class does not apply them again). Null for every other process, and ignored if given. Past
   *     its end the last value is held. Copied, never mutated.
   * @param horizonSteps number of steps of the run; {@link #advance} refuses steps beyond it
   * @throws IllegalArgumentException if the configuration cannot make a price (for example replay
   *     without a series)
   */
  public static WorldPrice from(PriceConfig cfg, double[] replayPrices, int horizonSteps) {
    if (!(cfg.base() > 0) || Double.isInfinite(cfg.base())) {
      throw new IllegalArgumentException(
          "prices.base is " + cfg.base() + "; use a finite price above 0");
    }
    if (horizonSteps < 0) {
      throw new IllegalArgumentException("horizon of " + horizonSteps + " steps; use 0 or more");
    }
    return new WorldPrice(
        cfg.base(),
        horizonSteps,
        processOf(cfg, replayPrices),
        new SeasonalMultiplier(cfg.seasonal()),
        new PriceShocks(cfg.shocks()));
  }

  private static PriceProcess processOf(PriceConfig cfg, double[] replayPrices) {
    // A switch expression over the enum: a new process that is not wired here fails to compile.
    return switch (cfg.process()) {
      case CONSTANT -> new ConstantProcess(cfg.base());
      case MEAN_REVERTING -> new MeanRevertingProcess(cfg.base(), cfg.phi(), cfg.sigma());
      case GBM -> new GbmProcess(cfg.base(), cfg.drift(), cfg.sigma());
      case REGIME_SWITCHING ->
          new RegimeSwitchingProcess(
              cfg.base(),
              cfg.boomMultiplier(),
              cfg.bustMultiplier(),
              cfg.boomExit(),
              cfg.bustExit(),
              cfg.phi(),
              cfg.sigma());
      case REPLAY -> {
        if (replayPrices == null) {
          throw new IllegalArgumentException(
              "prices.process is replay but no replayed series "
                  + "was loaded; the loader must read prices.replay.file into ModelInputs");
        }
        yield new ReplayProcess(replayPrices);
      }
    };
  }

  /**
   * Moves the price to {@code step} and returns it, seasonal multiplier and shocks included. Call
   * once per step in order 0, 1, 2, ...; step 0 gives the base price (the first value of the series
   * for replay) times January's multiplier and any shock at step 0.
   *
   * @throws IllegalStateException if a step is skipped, repeated or beyond the horizon, since that
   *     would silently desynchronise the price from the model's calendar
   */
  public double advance(int step, RandomStream rng) {
    if (step != nextStep) {
      throw new IllegalStateException(
          "world price advanced to step "
              + step
              + " but step "
              + nextStep
              + " was expected; call advance once per step in order");
    }
    if (step >= horizonSteps) {
      throw new IllegalStateException(
          "world price advanced to step "
              + step
              + ", beyond the horizon of "
              + horizonSteps
              + " steps");
    }
    nextStep++;
    underlying = process.next(rng);
    current = underlying * seasonal.at(step) * shocks.factorAt(step);
    return current;
  }

  /** The world price at the last step advanced to (the base before the first advance). */
  public double current() {
    return current;
  }

  /**
   * The process value at the last step advanced to, before seasonal multipliers and shocks: what
   * the price would be in a world without them, for charts and diagnostics.
   */
  public double underlying() {
    return underlying;
  }

  /** The configured base price ({@code prices.base}): the long-run or starting level. */
  public double base() {
    return base;
  }

  /**
   * Adds a shock at run time (workshop window): the price is multiplied by {@code multiplier} from
   * {@code fromStep} for {@code duration} months, together with any other shock in force. It shows
   * from the next {@link #advance}. Up to 64 injected shocks are kept; beyond that the oldest is
   * dropped. Safe to call from another thread, but for a reproducible run inject between steps.
   *
   * @throws IllegalArgumentException if {@code fromStep} is negative, {@code duration} below 1 or
   *     {@code multiplier} negative or not finite
   */
  public void inject(int fromStep, int duration, double multiplier) {
    shocks.inject(fromStep, duration, multiplier);
  }

  /** The process behind the price, for tests that set its state. */
  PriceProcess process() {
    return process;
  }
}
