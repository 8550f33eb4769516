package org.minga.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads producers for {@code territory.layout: csv}: required columns x_km and y_km (inside the
 * territory), optional area_ha, yield_per_ha, quality, cash, off_farm_income.
 */
final class ProducerTableReader {
  static final String KEY = "territory.file";

  /** Optional columns with their lowest allowed value (inclusive unless noted in check). */
  private static final List<String> OPTIONAL =
      List.of("area_ha", "yield_per_ha", "quality", "cash", "off_farm_income");

  private final List<Problem> problems;

  ProducerTableReader(List<Problem> problems) {
    this.problems = problems;
  }

  /** The table, or null after reporting problems. */
  ProducerTable read(TerritoryConfig territory, Origin namedAt) {
    CsvTable csv = CsvTable.read(BundledScenarios.file(territory.file()), KEY, namedAt, problems);
    if (csv == null) {
      return null;
    }
    boolean ok = true;
    for (String col : List.of("x_km", "y_km")) {
      if (!csv.header.contains(col)) {
        problems.add(
            csv.problem(
                csv.headerLine(),
                KEY,
                "no column `"
                    + col
                    + "`; the file "
                    + "needs x_km and y_km (optional: "
                    + String.join(", ", OPTIONAL)
                    + ")"));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    int n = csv.rows.size();
    if (n == 0) {
      problems.add(csv.problem(csv.headerLine(), KEY, "has no producer rows"));
      return null;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x_km", new double[n]);
    cols.put("y_km", new double[n]);
    for (String c : OPTIONAL) {
      if (csv.header.contains(c)) {
        cols.put(c, new double[n]);
      }
    }
    for (int i = 0; i < n; i++) {
      CSVRecord row = csv.rows.get(i);
      int line = csv.line(row);
      for (Map.Entry<String, double[]> col : cols.entrySet()) {
        String name = col.getKey();
        String text = CsvTable.get(row, name);
        Double v = text == null ? null : parse(text);
        String bad =
            v == null
                ? "`" + (text == null ? "" : text) + "` is not a number"
                : outOfRange(name, v, territory);
        if (bad != null) {
          problems.add(csv.problem(line, KEY, "column " + name + ": " + bad));
          ok = false;
        } else {
          col.getValue()[i] = v;
        }
      }
    }
    if (!ok) {
      return null;
    }
    return new ProducerTable(
        cols.get("x_km"),
        cols.get("y_km"),
        cols.get("area_ha"),
        cols.get("yield_per_ha"),
        cols.get("quality"),
        cols.get("cash"),
        cols.get("off_farm_income"));
  }

  private static String outOfRange(String column, double v, TerritoryConfig t) {
    return switch (column) {
      case "x_km" ->
          v < 0 || v > t.widthKm()
              ? v
                  + " lies outside the territory; allowed 0 to "
                  + t.widthKm()
                  + " (territory.width_km)"
              : null;
      case "y_km" ->
          v < 0 || v > t.heightKm()
              ? v
                  + " lies outside the territory; allowed 0 to "
                  + t.heightKm()
                  + " (territory.height_km)"
              : null;
      case "area_ha" -> v <= 0 ? v + " is not above 0; a farm needs some area" : null;
      case "quality" -> v < 0 || v > 1 ? v + " is outside 0 to 1" : null;
      case "yield_per_ha", "off_farm_income" ->
          v < 0 ? v + " is negative; allowed 0 or more" : null;
      default -> null;
    };
  }

  private static Double parse(String text) {
    try {
      double d = Double.parseDouble(text);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
