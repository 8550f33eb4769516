package org.minga.scenario;

import java.util.List;

/**
 * Short, complete variants of the baseline for the common edits, shown in the reference's Recipes
 * section; a test loads each one, so a recipe can never go stale.
 *
 * @see ReferenceDoc
 */
public final class Recipes {
  /** One edit: its title, what to know, and a scenario file that does it. */
  public record Recipe(String title, String note, String yaml) {}

  private Recipes() {}

  public static final List<Recipe> ALL =
      List.of(
          new Recipe(
              "Add a crash",
              "`shocks_add` adds to the base's shocks and keeps them (the baseline's crash in year "
                  + "8); `shocks` would replace them. Every list of maps has its `_add` key.",
              """
          extends: baseline.yaml
          prices:
            shocks_add:
              - {at: 48, duration: 12, multiplier: 0.6}    # the price falls by 40% in year 5
          """),
          new Recipe(
              "Add a cooperative",
              "Cooperatives are placed in the territory at the start; `count` sets how many.",
              """
          extends: baseline.yaml
          cooperatives:
            count: 5            # the baseline has 4
          """),
          new Recipe(
              "Switch a policy on in year 5",
              "Months count from 0: year 5 starts at month 48. `end: -1` keeps it on.",
              """
          extends: baseline.yaml
          policies:
            price_floor: {enabled: true, start: 48, end: -1, floor: 90}
          """),
          new Recipe(
              "Replay your own price series",
              "A CSV with a `date` column (YYYY-MM) and a `price` column, next to the scenario; "
                  + "`scale` converts its unit.",
              """
          extends: baseline.yaml
          prices:
            process: replay
            replay:
              file: data/coffee-price-1986-2012-stylised.csv   # your file here
              scale: 50         # e.g. USD/lb to USD/qq
          """),
          new Recipe(
              "Remove the firm",
              "An empty list: no tractor firm ever enters.",
              """
          extends: baseline.yaml
          firms: []
          """));
}
