package org.minga.scenario;

import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/** The 2-D territory producers live on, and their social network. */
public record TerritoryConfig(
    @Param(
            doc = "East-west extent of the territory.",
            unit = "km",
            def = "60",
            min = 0.1,
            source = "assumption: a province-sized coffee or dairy zone")
        double widthKm,
    @Param(
            doc = "North-south extent of the territory.",
            unit = "km",
            def = "60",
            min = 0.1,
            source = "assumption: a province-sized zone")
        double heightKm,
    @Param(
            doc =
                "How producers are placed: uniform, clustered (villages), or csv (read from "
                    + "the file given in `file`).",
            def = "clustered")
        Layout layout,
    @Param(doc = "Number of villages when layout is clustered.", def = "20", min = 1) int clusters,
    @Param(
            doc = "Spread of producers around their village centre (normal sd).",
            unit = "km",
            def = "2.5",
            min = 0)
        double clusterSpreadKm,
    @Param(
            doc =
                "CSV of producers (columns x_km, y_km and optionally area_ha, yield_per_ha, "
                    + "quality, cash, off_farm_income); path relative to the scenario file.",
            def = "\"\"")
        String file,
    @Param(
            doc = "Social network: number of nearest neighbours each producer observes.",
            def = "6",
            min = 0,
            max = 50)
        int neighbours,
    @Param(doc = "Neighbours farther than this are not observed.", unit = "km", def = "10", min = 0)
        double neighbourRadiusKm,
    @Param(
            doc = "Share of each producer's links rewired to a random producer (small world).",
            unit = "share 0-1",
            def = "0.05",
            min = 0,
            max = 1)
        double rewire)
    implements Checked {

  /** Producer placement rule. */
  public enum Layout {
    UNIFORM,
    CLUSTERED,
    CSV
  }

  @Override
  public void check(Problems p) {
    if (layout == Layout.CSV && file.isBlank()) {
      p.add("file", "layout is csv but no file is given; name a CSV with x_km and y_km columns");
    }
  }
}
