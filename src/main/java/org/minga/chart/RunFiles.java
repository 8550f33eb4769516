package org.minga.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minga.metrics.Metrics;

/**
 * Reads a run's timeseries.csv and tracked.csv back into {@link StepRow}s, so that charts can be
 * re-rendered without re-running the model. Columns are matched by name; a metric missing from the
 * file (an older run) reads as NaN and its line is simply absent.
 */
public final class RunFiles {
  public static final String TIMESERIES = "timeseries.csv";
  public static final String TRACKED = "tracked.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

  private RunFiles() {}

  /**
   * The rows of {@code directory}'s timeseries.csv, with tracked incomes from tracked.csv when it
   * is there.
   *
   * @throws IOException when timeseries.csv is missing or unreadable
   * @throws IllegalArgumentException when a cell is not a number (message names file and line)
   */
  public static List<StepRow> read(Path directory) throws IOException {
    Map<Integer, double[]> values = readTimeseries(directory.resolve(TIMESERIES));
    Map<Integer, Map<Integer, Double>> tracked =
        Files.exists(directory.resolve(TRACKED))
            ? readTracked(directory.resolve(TRACKED))
            : Map.of();
    List<StepRow> rows = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : values.entrySet()) {
      Map<Integer, Double> incomes = tracked.getOrDefault(e.getKey(), Map.of());
      int[] ids = new int[incomes.size()];
      double[] income = new double[incomes.size()];
      int i = 0;
      for (Map.Entry<Integer, Double> h : incomes.entrySet()) {
        ids[i] = h.getKey();
        income[i++] = h.getValue();
      }
      rows.add(new StepRow(e.getKey(), e.getValue(), ids, income));
    }
    return rows;
  }

  private static Map<Integer, double[]> readTimeseries(Path file) throws IOException {
    Map<Integer, double[]> rows = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = FORMAT.parse(r)) {
      int stepColumn = column(p, "step", file);
      List<String> names = Metrics.names();
      for (CSVRecord rec : p) {
        double[] v = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
          v[k] = rec.isMapped(names.get(k)) ? number(rec.get(names.get(k)), file, rec) : Double.NaN;
        }
        rows.put((int) number(rec.get(stepColumn), file, rec), v);
      }
    }
    return rows;
  }

  /** step -> (household -> income_12m), households in file order; inactive ones are NaN. */
  private static Map<Integer, Map<Integer, Double>> readTracked(Path file) throws IOException {
    Map<Integer, Map<Integer, Double>> byStep = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = FORMAT.parse(r)) {
      column(p, "income_12m", file);
      for (CSVRecord rec : p) {
        int step = (int) number(rec.get("step"), file, rec);
        int household = (int) number(rec.get("household"), file, rec);
        boolean active =
            !"false".equalsIgnoreCase(rec.get("active")) && !"0".equals(rec.get("active"));
        double y = active ? number(rec.get("income_12m"), file, rec) : Double.NaN;
        byStep.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(household, y);
      }
    }
    return byStep;
  }

  private static int column(CSVParser p, String name, Path file) {
    Integer i = p.getHeaderMap().get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          file + ": no column `" + name + "`; is this a Minga " + "run's output?");
    }
    return i;
  }

  private static double number(String text, Path file, CSVRecord rec) {
    return CsvCells.number(text, file, rec.getRecordNumber() + 1);
  }
}
