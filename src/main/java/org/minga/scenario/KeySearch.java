package org.minga.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * Finds scenario keys by the words a student would use ({@code minga describe --search crash}):
 * names, meanings, units and sources are searched, each word also by its stem ("crashes" finds
 * "crash") and by the model's own word for it ("crash" and "boom" are price shocks, "trader" an
 * intermediary, "loan" credit).
 */
public final class KeySearch {
  /** Everyday words and the model's words for them. */
  private static final Map<String, String> MODEL_WORD =
      Map.ofEntries(
          Map.entry("crash", "shock"),
          Map.entry("boom", "shock"),
          Map.entry("slump", "shock"),
          Map.entry("drought", "yield"),
          Map.entry("harvest", "harvest"),
          Map.entry("trader", "intermediar"),
          Map.entry("middleman", "intermediar"),
          Map.entry("acopiador", "intermediar"),
          Map.entry("loan", "credit"),
          Map.entry("debt", "debt"),
          Map.entry("coop", "cooperative"),
          Map.entry("company", "firm"),
          Map.entry("exporter", "firm"),
          Map.entry("subsidy", "polic"),
          Map.entry("farmer", "producer"),
          Map.entry("household", "producer"),
          Map.entry("random", "seed"));

  private KeySearch() {}

  /**
   * The keys that mention every word of {@code query} (as written or as the model says it), best
   * first: a word in the key's name counts more than in its meaning, the word as written more than
   * the model's word for it.
   */
  public static List<KeySpec> find(String query) {
    List<String[]> words = new ArrayList<>(); // {as written, the model's word}
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_.]+")) {
      if (!w.isBlank()) {
        String own = stem(w);
        words.add(new String[] {own, stem(MODEL_WORD.getOrDefault(own, own))});
      }
    }
    List<KeySpec> found = new ArrayList<>();
    Map<KeySpec, Integer> score = new java.util.HashMap<>();
    for (KeySpec k : ScenarioSchema.of(Scenario.class).allKeys()) {
      String name = k.path().toLowerCase(Locale.ROOT);
      String text = (k.doc() + " " + k.unit() + " " + k.source()).toLowerCase(Locale.ROOT);
      int total = 0;
      for (String[] w : words) {
        int best =
            name.contains(w[0])
                ? 4
                : name.contains(w[1]) ? 3 : text.contains(w[0]) ? 2 : text.contains(w[1]) ? 1 : 0;
        if (best == 0) {
          total = 0;
          break;
        }
        total += best;
      }
      if (total > 0) {
        found.add(k);
        score.put(k, total);
      }
    }
    found.sort(java.util.Comparator.comparingInt(k -> -score.get(k))); // stable: schema order
    return found;
  }

  /** The text of {@code describe --search}: one line per key, its path and meaning. */
  public static String render(String query) {
    List<KeySpec> found = find(query);
    if (found.isEmpty()) {
      return "No scenario key mentions `" + query + "`; `minga describe` lists them all.\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(found.size())
        .append(found.size() == 1 ? " key mentions `" : " keys mention `")
        .append(query)
        .append("` (minga describe KEY for the whole entry):\n\n");
    for (KeySpec k : found) {
      sb.append("  ").append(k.path()).append("\n      ").append(k.doc()).append('\n');
    }
    return sb.toString();
  }

  /** "crashes" → "crash", "prices" → "price", "selling" → "sell"; short words stay. */
  static String stem(String w) {
    for (String end : new String[] {"ing", "es", "s"}) {
      if (w.length() > end.length() + 3 && w.endsWith(end)) {
        return w.substring(0, w.length() - end.length());
      }
    }
    return w;
  }
}
