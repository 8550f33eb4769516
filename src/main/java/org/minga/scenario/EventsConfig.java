package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/**
 * Scheduled events (docs/model.md 3, the PRICES_AND_EVENTS phase), besides price shocks and policy
 * timing.
 */
public record EventsConfig(
    @Param(
            doc = "Yield shocks (climate, disease), optionally limited to a circular region.",
            def = "[]")
        List<ShockConfig> yieldShocks,
    @Param(doc = "Channel shutdowns (sanitary or disease shocks close a channel).", def = "[]")
        List<Shutdown> shutdowns,
    @Param(
            doc = "Forced firm exits: firm `firm` (index in `firms`) leaves at step `at`.",
            def = "[]")
        List<FirmExit> firmExits,
    @Param(
            doc = "Intermediaries entering (count > 0) or leaving (count < 0) at a step.",
            def = "[]")
        List<IntermediaryChange> intermediaryChanges,
    @Param(
            doc =
                "Policy levers switched on or off at a step, or given back their scenario "
                    + "timing, as the workshop window does (a saved session lists the window's switches "
                    + "here).",
            def = "[]")
        List<LeverChange> leverChanges)
    implements Checked {

  public EventsConfig {
    yieldShocks = List.copyOf(yieldShocks);
    shutdowns = List.copyOf(shutdowns);
    firmExits = List.copyOf(firmExits);
    intermediaryChanges = List.copyOf(intermediaryChanges);
    leverChanges = List.copyOf(leverChanges);
  }

  /** The policy levers, as named in scenarios, in the order of {@code policies}' sections. */
  public enum LeverName {
    TECHNICAL_ASSISTANCE,
    PUBLIC_CREDIT,
    PROMOTION,
    TAX_DEDUCTION,
    COFINANCING,
    MATCHING_GRANTS,
    PRICE_FLOOR,
    INFRASTRUCTURE,
    LIBERALISATION,
    CERTIFICATION_SUPPORT
  }

  /** What a lever change does: in force, not in force, or back to the scenario's timing. */
  public enum LeverState {
    ON,
    OFF,
    SCENARIO
  }

  /** A lever switched at a step; it stays so until another change. */
  public record LeverChange(
      @Param(doc = "Step from which the change applies.", unit = "step", min = 0) int at,
      @Param(doc = "The lever.") LeverName lever,
      @Param(doc = "on, off, or scenario (its timing in `policies`).") LeverState state) {}

  /** Marketing channels, as named in scenarios and outputs. */
  public enum Channel {
    INTERMEDIARY,
    COOPERATIVE,
    CONTRACT,
    LOCAL_MARKET
  }

  /** A channel closed from {@code at} for {@code duration} months. */
  public record Shutdown(
      @Param(doc = "Channel closed.") Channel channel,
      @Param(doc = "Step it closes.", unit = "step", min = 0) int at,
      @Param(doc = "Months it stays closed.", unit = "months", def = "6", min = 1) int duration) {
    public boolean closedAt(int step) {
      return step >= at && step < at + duration;
    }
  }

  /** A forced exit of a firm. */
  public record FirmExit(
      @Param(doc = "Index of the firm in `firms` (from 0).", min = 0) int firm,
      @Param(doc = "Step it leaves.", unit = "step", min = 0) int at) {}

  /** A change in the number of intermediaries. */
  public record IntermediaryChange(
      @Param(doc = "Step of the change.", unit = "step", min = 0) int at,
      @Param(doc = "Intermediaries entering (positive) or leaving (negative).") int count) {}

  @Override
  public void check(Problems p) {
    for (int i = 0; i < yieldShocks.size(); i++) {
      yieldShocks.get(i).checkWithin(p, "yield_shocks[" + i + "]");
    }
    for (int i = 0; i < shutdowns.size(); i++) {
      if (shutdowns.get(i).at() >= p.horizonSteps()) {
        p.add("shutdowns[" + i + "].at", "after the horizon (" + p.horizonSteps() + " steps)");
      }
    }
    for (int i = 0; i < firmExits.size(); i++) {
      if (firmExits.get(i).at() >= p.horizonSteps()) {
        p.add("firm_exits[" + i + "].at", "after the horizon (" + p.horizonSteps() + " steps)");
      }
    }
    for (int i = 0; i < intermediaryChanges.size(); i++) {
      if (intermediaryChanges.get(i).at() >= p.horizonSteps()) {
        p.add(
            "intermediary_changes[" + i + "].at",
            "after the horizon (" + p.horizonSteps() + " steps)");
      }
    }
    for (int i = 0; i < leverChanges.size(); i++) {
      if (leverChanges.get(i).at() >= p.horizonSteps()) {
        p.add("lever_changes[" + i + "].at", "after the horizon (" + p.horizonSteps() + " steps)");
      }
    }
  }
}
