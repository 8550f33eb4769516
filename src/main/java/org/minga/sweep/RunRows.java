package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;
import org.minga.output.CsvNumbers;

/**
 * The columns and rows of runs.csv: run, point, replicate, seed, each varied parameter (by key
 * path), each summary. Values are numbers in Minga's CSV format or plain words (enum levels), which
 * never need quoting; so a row is a plain comma-joined line.
 */
final class RunRows {
  static final int FIXED_COLUMNS = 4;

  private RunRows() {}

  static List<String> columns(SweepSpec spec) {
    List<String> c = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
    spec.parameters().forEach(p -> c.add(p.key()));
    spec.metrics().forEach(m -> c.add(m.column()));
    return c;
  }

  static String header(SweepSpec spec) {
    return String.join(",", columns(spec));
  }

  static String row(SweepPlan plan, long run, double[] summaries) {
    StringBuilder sb = new StringBuilder(prefix(plan, run));
    for (double x : summaries) {
      sb.append(',').append(CsvNumbers.format(x));
    }
    return sb.toString();
  }

  /** The cells of a row that the plan alone decides: run, point, replicate, seed, parameters. */
  static String prefix(SweepPlan plan, long run) {
    StringBuilder sb = new StringBuilder();
    sb.append(run)
        .append(',')
        .append(plan.pointOf(run))
        .append(',')
        .append(plan.replicateOf(run))
        .append(',')
        .append(plan.seedOf(run));
    for (String v : plan.valuesAt(plan.pointOf(run))) {
      sb.append(',').append(quote(v));
    }
    return sb.toString();
  }

  /** A row's cells as written (quoted text levels keep their quotes). */
  static List<String> cells(String row) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        quoted = !quoted; // a doubled quote toggles twice
      } else if (c == ',' && !quoted) {
        out.add(row.substring(start, i));
        start = i + 1;
      }
    }
    out.add(row.substring(start));
    return out;
  }

  /** Quotes a text level only if it holds a comma, quote or line break. */
  static String quote(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /** The run id at the start of a row. */
  static long runOf(String row) {
    return Long.parseLong(row.substring(0, row.indexOf(',')));
  }

  /** The summary values at the end of a row (NA read as NaN). */
  static double[] summariesOf(String row, int metrics) {
    double[] out = new double[metrics];
    int end = row.length();
    for (int i = metrics - 1; i >= 0; i--) {
      int start = row.lastIndexOf(',', end - 1);
      String cell = row.substring(start + 1, end);
      out[i] = parse(cell);
      end = start;
    }
    return out;
  }

  static double parse(String cell) {
    return switch (cell) {
      case "NA" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(cell);
    };
  }
}
