package org.minga.play.web;

import java.util.ArrayList;
import java.util.List;
import org.minga.model.Decision;

/**
 * How the phone page asks for one decision: buttons for a choice among options (their names), or a
 * slider from 0 to {@code max} (a share, or months). Read off {@link Decision} itself, so the page
 * offers exactly what the server accepts.
 */
record Control(String id, List<String> options, double max) {

  static Control of(Decision d) {
    if (!d.accepts(0.5)) { // options are whole indices
      List<String> options = new ArrayList<>();
      for (int k = 0; d.accepts(k); k++) {
        options.add(d.format(k));
      }
      return new Control(d.id(), options, options.size() - 1);
    }
    int max = 1;
    while (d.accepts(max + 1)) {
      max++;
    }
    return new Control(d.id(), List.of(), max);
  }

  static List<Control> of(List<Decision> asked) {
    return asked.stream().map(Control::of).toList();
  }
}
