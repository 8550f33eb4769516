package org.minga.scenario;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything a run needs, read and validated by the loader: the scenario, plus external data the
 * model must not read itself. Arrays are copied in and out (call the accessors once, not per step).
 *
 * @param scenario the validated scenario
 * @param replayPrices the monthly world price series from {@code prices.replay.file}, step 0 first;
 *     null unless {@code prices.process} is {@code replay}
 * @param producerTable producers from {@code territory.file}; null unless {@code territory.layout}
 *     is {@code csv}
 */
public record ModelInputs(Scenario scenario, double[] replayPrices, ProducerTable producerTable) {

  public ModelInputs {
    Objects.requireNonNull(scenario, "scenario");
    replayPrices = replayPrices == null ? null : replayPrices.clone();
  }

  @Override
  public double[] replayPrices() {
    return replayPrices == null ? null : replayPrices.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelInputs m
        && m.scenario.equals(scenario)
        && Arrays.equals(m.replayPrices, replayPrices)
        && Objects.equals(m.producerTable, producerTable);
  }

  @Override
  public int hashCode() {
    return scenario.hashCode() * 31 + Arrays.hashCode(replayPrices);
  }

  @Override
  public String toString() {
    return "ModelInputs["
        + scenario.name()
        + ", replay "
        + (replayPrices == null ? "none" : replayPrices.length + " months")
        + ", producers "
        + (producerTable == null ? "drawn" : producerTable.size() + " from CSV")
        + "]";
  }
}
