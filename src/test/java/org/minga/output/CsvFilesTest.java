package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.TrackedSample;

class CsvFilesTest {
  @Test
  void timeseriesHasTheMetricHeaderAndOneRowPerStep() throws Exception {
    StringWriter out = new StringWriter();
    TimeseriesCsv csv = new TimeseriesCsv(out);
    TrackedSample none = Samples.tracked(0);
    csv.onStep(0, Samples.values(0), none);
    csv.onStep(13, Samples.values(13), none);
    csv.onFinish();

    List<String> lines = out.toString().lines().toList();
    assertEquals(3, lines.size());
    assertEquals(String.join(",", Metrics.names()), lines.get(0));
    String[] row = lines.get(2).split(",", -1);
    assertEquals(Metrics.ALL.size(), row.length);
    assertEquals("13", row[Metrics.index("step")]);
    assertEquals("2001", row[Metrics.index("year")]);
    assertEquals("2", row[Metrics.index("month")]);
    assertEquals("13.5", row[Metrics.index("world_price")]);
    assertEquals("NA", row[Metrics.index("price_contract")]);
    assertEquals(-1, out.toString().indexOf('\r'), "lines end with \\n only");
  }

  @Test
  void timeseriesRejectsRowsOfTheWrongWidth() throws Exception {
    TimeseriesCsv csv = new TimeseriesCsv(new StringWriter());
    assertThrows(
        IllegalArgumentException.class, () -> csv.onStep(0, new double[3], Samples.tracked(0)));
  }

  @Test
  void trackedIsLongFormatWithStepYearAndMonth() throws Exception {
    StringWriter out = new StringWriter();
    TrackedCsv csv = new TrackedCsv(out);
    TrackedSample three = Samples.tracked(3);
    csv.onStep(0, Samples.values(0), three);
    csv.onStep(14, Samples.values(14), three);
    csv.onFinish();

    List<String> lines = out.toString().lines().toList();
    assertEquals("step,year,month," + String.join(",", TrackedSample.COLUMNS), lines.get(0));
    assertEquals(1 + 2 * 3, lines.size());
    assertEquals("0,2000,1,0,NA,cooperative,true,2.5,-12.25,0.333333,300,NA,0.7", lines.get(1));
    assertEquals(
        "14,2001,3,20,member,cooperative,true,2.5,-12.25,0.333333,300,NA,0.7", lines.get(6));
    assertEquals(
        "14,2001,3,10,member,cooperative,false,2.5,-12.25,0.333333,300,NA,0.7", lines.get(5));
  }
}
