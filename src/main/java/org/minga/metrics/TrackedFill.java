package org.minga.metrics;

import org.minga.model.Channel;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/** Copies the tracked households' state into the reusable {@link TrackedSample}. */
final class TrackedFill {
  private TrackedFill() {}

  static void fill(MingaModel m, int[] ids, TrackedSample t) {
    for (int i = 0; i < ids.length; i++) {
      Producer p = m.producer(ids[i]);
      t.household[i] = p.id();
      t.group[i] = group(p);
      Channel c = p.mainChannel();
      t.channel[i] = !p.isActive() || c == null ? "none" : c.label();
      t.active[i] = p.isActive();
      t.areaHa[i] = p.area();
      t.incomeMonth[i] = p.incomeMonth();
      t.income12m[i] = p.income12();
      t.cash[i] = p.cash();
      t.debt[i] = p.debt();
      t.trust[i] = p.trust();
    }
  }

  /** member, contract, independent or inactive. */
  static String group(Producer p) {
    if (!p.isActive()) {
      return "inactive";
    }
    if (p.isMember()) {
      return "member";
    }
    return p.isContracted() ? "contract" : "independent";
  }
}
