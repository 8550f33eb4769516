package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Names;

/** The one wording of "unknown key", shared by files, {@code --set} and {@code describe}. */
final class UnknownKey {
  private static final int LIST_AT_MOST = 12;

  private UnknownKey() {}

  /**
   * "unknown key `coutn` in producers; did you mean `count`?" or, with no close match, the allowed
   * keys (or a pointer to {@code describe} when there are many).
   *
   * @param where words naming the place ("producers", "the top level", "a normal distribution")
   */
  static String message(String typed, List<String> allowed, String where) {
    String head = "unknown key `" + typed + "` in " + where;
    return Names.closest(typed, allowed)
        .map(s -> head + "; did you mean `" + s + "`?")
        .orElseGet(
            () ->
                allowed.size() <= LIST_AT_MOST
                    ? head + "; allowed keys: " + String.join(", ", allowed)
                    : head + "; run `minga describe` to list the allowed keys");
  }
}
