package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.MetricsRecorder;

/**
 * Not a benchmark: a model of 200,000 producers (with the default cooperatives, intermediaries and
 * network) builds and runs its first steps, invariants checked, within the test JVM's 2 GB heap
 * (pom.xml surefire argLine). Catches accidental quadratic structures or per-producer allocations
 * that would make large scenarios unusable.
 */
class LargeModelTest {

  @Test
  void twoHundredThousandProducersBuildAndStepWithinTheTestHeap() {
    MingaModel m =
        ModelFixture.start(
            "years: 1\n",
            "producers.count=200000",
            "firms=[{entry_rule: always}]",
            "commodity.harvest_months=[1, 2]");
    MetricsRecorder r = MetricsRecorder.attach(m);
    ModelFixture.run(m, 2); // January and February: both harvest months, so everyone sells
    assertEquals(2, m.completedSteps());
    assertEquals(200_000, r.latest()[org.minga.metrics.Metrics.index("active_producers")], 0.0);
    assertTrue(m.book.delivered() > 0, "output was marketed");
  }
}
