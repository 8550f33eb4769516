package org.minga.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * Generates {@code docs/scenario-reference.md} from the schema, so the reference can never disagree
 * with the code ({@code ScenarioReferenceDocTest} fails when the checked-in file is stale). Run:
 * {@code java -cp target/minga.jar org.minga.scenario.ReferenceDoc docs/scenario-reference.md}.
 */
public final class ReferenceDoc {
  /** The command that regenerates the checked-in reference. */
  public static final String REGENERATE =
      "java -cp target/minga.jar org.minga.scenario.ReferenceDoc docs/scenario-reference.md";

  private ReferenceDoc() {}

  /** Writes the reference to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReferenceDoc <output.md>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, generate());
  }

  /** The Markdown text of the reference. */
  public static String generate() {
    ScenarioSchema schema = ScenarioSchema.of(Scenario.class);
    StringBuilder body = new StringBuilder();
    body.append(RECIPES_HEADING).append("\n\n");
    for (Recipes.Recipe r : Recipes.ALL) {
      body.append("**")
          .append(r.title())
          .append(".** ")
          .append(r.note())
          .append("\n\n```yaml\n")
          .append(r.yaml())
          .append("```\n\n");
    }
    body.append(GUIDE);
    for (RecordSchema r : schema.records()) {
      section(body, schema, r);
    }
    return INTRO + contents(body.toString()) + body;
  }

  /** A list of links to every second-level heading of {@code body}. */
  static String contents(String body) {
    StringBuilder toc = new StringBuilder("## Contents\n\n");
    for (String line : body.split("\n")) {
      if (line.startsWith("## ")) {
        String title = line.substring(3);
        toc.append("- [").append(title).append("](#").append(anchor(title)).append(")\n");
      }
    }
    return toc.append('\n').toString();
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes. */
  static String anchor(String heading) {
    return heading
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static void section(StringBuilder sb, ScenarioSchema schema, RecordSchema r) {
    String path = r.path();
    if (path.isEmpty()) {
      sb.append("## Top level\n\n");
    } else {
      KeySpec owner =
          schema.find(path.endsWith("[]") ? path.substring(0, path.length() - 2) : path);
      sb.append("## `").append(path).append("`\n\n");
      sb.append(owner.doc());
      if (owner.kind() == KeyKind.RECORD_LIST) {
        sb.append(" A list; each element is a map with the keys below (default `")
            .append(owner.defaultYaml())
            .append("`).");
      }
      sb.append("\n\n");
    }
    sb.append("| Key | Type | Default | Unit | Range | Plausible | Meaning | Source |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (KeySpec k : r.keys()) {
      String def =
          switch (k.kind()) {
            case SECTION -> "(section)";
            default -> k.isRequired() ? "**required**" : "`" + k.defaultYaml() + "`";
          };
      String type =
          k.kind() == KeyKind.SECTION
              ? "section, see `" + k.path() + "`"
              : k.kind() == KeyKind.RECORD_LIST
                  ? "list of maps, see `" + k.path() + "[]`"
                  : k.typeWords();
      sb.append("| `")
          .append(k.key())
          .append("` | ")
          .append(cell(type))
          .append(" | ")
          .append(cell(def))
          .append(" | ")
          .append(cell(k.unit()))
          .append(" | ")
          .append(cell(Describe.eachWords(k, k.rangeWords())))
          .append(" | ")
          .append(cell(Describe.eachWords(k, k.plausibleWords())))
          .append(" | ")
          .append(cell(k.doc()))
          .append(" | ")
          .append(cell(k.source()))
          .append(" |\n");
      if (k.kind() == KeyKind.RECORD_LIST) {
        sb.append("| `")
            .append(k.key())
            .append(ListAdditions.SUFFIX)
            .append("` | ")
            .append(cell(type))
            .append(" |  |  |  |  | ")
            .append(cell(ListAdditions.meaning(k)))
            .append(" |  |\n");
      }
    }
    sb.append('\n');
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static final String INTRO =
      """
      # Scenario reference

      <!-- Generated from the @Param annotations of org.minga.scenario by
           org.minga.scenario.ReferenceDoc; do not edit by hand. Regenerate with:
           %s -->

      A scenario is a YAML file. Every key below has a default unless marked **required**
      (only keys inside list elements are), so a scenario only writes what differs from the
      defaults; a missing or empty section means "all defaults". Keys are in
      snake_case and nest as shown by their path: `producers.area_ha` is written

      ```yaml
      producers:
        area_ha: {dist: lognormal, mean: 3.5, sd: 1.8, min: 0.3, max: 30}
      ```

      Unknown keys, wrong types and out-of-range values are errors, all reported at once as
      `file:line:column: key.path: what is wrong, what is allowed`. Ranges are inclusive; for a
      list of numbers the range applies to each element. A choice is written in lower case
      (`process: mean_reverting`).

      A value inside its range but outside the *plausible* range is accepted with a warning
      (`run` prints it on stderr, `validate` lists it; the exit status stays 0), with a guess at
      what was meant, because it is more likely a slip than an intent:

      ```
      my-edit.yaml:7:19: prices.shocks[0].multiplier: warning: 55 is valid but outside the plausible range 0.05 to 3; 55 multiplies by 55; for a 55%% fall write 0.45, for a 55%% rise write 1.55
      ```

      A plausible range written `0 to 2 x prices.base` scales with that key's value.

      """
          .formatted(REGENERATE);

  private static final String RECIPES_HEADING =
      """
      ## Recipes

      Each recipe is a whole scenario file: save it next to `baseline.yaml` in `scenarios/`
      (for example as `my-edit.yaml`) and run `minga run scenarios/my-edit.yaml`. Anywhere
      else, write `extends: bundled:baseline.yaml`, or start from the file `minga new my-edit
      --from baseline` writes and add the recipe's keys to it.""";

  private static final String GUIDE =
      """
      ## Distributions

      A key of type *distribution* is either a plain number (every producer gets that value)
      or a map naming a family:

      | Form | Parameters |
      |---|---|
      | `{dist: constant, value: 3}` | same as writing `3` |
      | `{dist: uniform, min: 1, max: 5}` | min <= max |
      | `{dist: normal, mean: 3, sd: 1, min: 0.5, max: 10}` | sd >= 0; min and max optional, truncate draws |
      | `{dist: lognormal, mean: 3, sd: 2, min: 0, max: 30}` | mean and sd of the attribute itself; mean > 0, sd >= 0; min and max optional |
      | `{dist: beta, alpha: 2, beta: 5, min: 0, max: 10}` | alpha, beta > 0; on 0-1, stretched to min-max when both are given |
      | `{dist: empirical, values: [1, 2, 5], weights: [0.5, 0.3, 0.2]}` | weights optional (equal), one per value, >= 0 |

      ## Lists

      Lists of numbers are written `[5, 6, 7]`. Lists of maps (`firms`, `prices.shocks`, ...)
      are written one element per dash; each element's keys default individually, except
      those marked **required**:

      ```yaml
      prices:
        shocks:
          - at: 24
            multiplier: 0.6
      ```

      Every list of maps `K` also has a key `K_add` that appends its entries to the list
      instead of replacing it: to the list of the scenario this one `extends`, or to `K`'s
      default. A variant of the baseline that writes `shocks_add:` keeps the baseline's crash
      and adds its own; one that writes `shocks:` replaces it. Replacing a timeline (a list
      whose entries happen `at` a step: `prices.shocks`, the `events` lists) by one without
      some of the base's steps gets a warning saying so; an entry edited at its own step, an
      empty list (`shocks: []`) and other lists (`firms`, `producers.expenses.scheduled`) do
      not. Added entries are checked like any other, at their own line.

      ## `extends` and `--set`

      `extends: base.yaml` (a path relative to the extending file) loads the base scenario
      first; the extending file then overrides it key by key: maps merge deeply, lists and
      plain values are replaced whole, `K_add` lists are appended to `K` (see Lists). A base
      may itself extend another file; cycles are errors. `extends: bundled:baseline.yaml`
      names a scenario bundled in the program (`minga scenarios` lists them), wherever the
      extending file is.

      On the command line, `--set key.path=value` overrides one key after the file is read;
      the value is YAML (`--set prices.process=gbm`, `--set commodity.harvest_months=[4,5]`,
      `--set producers.area_ha={dist: uniform, min: 1, max: 4}`). List elements are addressed
      by index: `--set prices.shocks[0].multiplier=0.5`, and appended to with `_add`:
      `--set 'prices.shocks_add=[{at: 48, multiplier: 0.6}]'`.

      ## Data files

      Paths in `prices.replay.file` and `territory.file` are relative to the YAML file that
      wrote them (relative to the working directory for `--set`). The resolved scenario saved
      with each run writes them as absolute paths, or as `bundled:data/...` for the data of a
      bundled scenario. They name CSV files (the name ends in
      `.csv`) of at most 64 MB; a replayed series spans at most 12,000 months, and its prices
      times `prices.replay.scale` must stay finite.

      ## Limits

      A scenario file, and each file it extends, holds at most 5 MB, also once every key is
      written out as the run's `scenario.resolved.yaml` (which must load again to repeat the
      run): a list of tens of thousands of shocks is refused by `validate` and before `run`
      simulates anything. `extends` takes only files whose name ends in `.yaml` or `.yml`.

      """;
}
