package org.minga.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.minga.scenario.EventsConfig;
import org.minga.scenario.PolicyConfig;
import org.minga.scenario.Scenario;
import org.minga.scenario.ShockConfig;

/**
 * The events a scenario schedules, for marking on the charts' time axes: price shocks, policy
 * levers switching on and off, yield shocks, channel shutdowns, forced firm exits and changes in
 * the number of intermediaries. Firm entries happen when a firm finds them profitable, so they are
 * read from the run's {@code active_firms} series instead (see {@link MingaCharts}).
 */
public final class ScenarioEvents {
  private ScenarioEvents() {}

  /** Every scheduled event within the scenario's horizon, by step (ties in declaration order). */
  public static List<ChartEvent> of(Scenario s) {
    List<ChartEvent> events = new ArrayList<>();
    for (ShockConfig shock : s.prices().shocks()) {
      events.add(new ChartEvent(shock.at(), priceShock(shock.multiplier(), shock.duration())));
    }
    List<PolicyConfig.Lever> levers = s.policies().levers();
    for (int i = 0; i < levers.size(); i++) {
      PolicyConfig.Lever l = levers.get(i);
      if (!l.enabled()) {
        continue;
      }
      String name = leverName(i);
      events.add(new ChartEvent(l.start(), name + " on"));
      if (l.end() >= 0) {
        events.add(new ChartEvent(l.end(), name + " off"));
      }
    }
    EventsConfig e = s.events();
    for (ShockConfig y : e.yieldShocks()) {
      events.add(
          new ChartEvent(
              y.at(), String.format(Locale.ROOT, "yield shock x%s", number(y.multiplier()))));
    }
    for (EventsConfig.Shutdown d : e.shutdowns()) {
      events.add(
          new ChartEvent(
              d.at(),
              d.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " closed "
                  + d.duration()
                  + " mo"));
    }
    for (EventsConfig.FirmExit x : e.firmExits()) {
      events.add(new ChartEvent(x.at(), "firm " + s.firms().get(x.firm()).name() + " forced out"));
    }
    for (EventsConfig.IntermediaryChange c : e.intermediaryChanges()) {
      events.add(
          new ChartEvent(c.at(), (c.count() > 0 ? "+" : "") + c.count() + " intermediaries"));
    }
    events.removeIf(ev -> ev.step() >= s.steps());
    events.sort(Comparator.comparingInt(ChartEvent::step));
    return events;
  }

  /** "price crash x0.55, 18 mo" or "price boom x1.4, 6 mo". */
  /** Lever {@code index} (in {@link PolicyConfig#LEVER_KEYS} order) in words: "price floor". */
  public static String leverName(int index) {
    return PolicyConfig.LEVER_KEYS.get(index).replace('_', ' ');
  }

  public static String priceShock(double multiplier, int months) {
    return String.format(
        Locale.ROOT,
        "price %s x%s, %d mo",
        multiplier < 1 ? "crash" : "boom",
        number(multiplier),
        months);
  }

  private static String number(double x) {
    return x == Math.rint(x)
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.2f", x).replaceAll("0+$", "");
  }
}
