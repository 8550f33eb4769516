package org.minga.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minga.model.Channel;
import org.minga.model.Decision;
import org.minga.output.DecisionRow;
import org.minga.play.web.LiveSession;

/**
 * What the debrief says, from the session's record: a row per household seat (its farm, its income
 * beside the same household under the model's rules and beside comparable model households, where
 * its crop went, its decisions) and a few sentences with numbers on whether the room side-sold more
 * or less than comparable model households, and than the model's rule would have in its place.
 */
final class Debrief {
  /**
   * One household seat.
   *
   * @param income its income over the last 12 months (USD)
   * @param rulesIncome the same household's in the run with the model's rules (NaN: not yet)
   * @param comparableIncome the mean of its comparable model households'
   * @param toCooperative share of what it marketed in the players' months that went to a
   *     cooperative (NaN: nothing marketed)
   */
  record Row(
      String seat,
      String players,
      int household,
      double areaHa,
      double startCash,
      double income,
      double rulesIncome,
      double comparableIncome,
      double toCooperative,
      double toTraders,
      int decisions,
      int timedOut) {}

  private Debrief() {}

  static List<Row> rows(Participation p) {
    SessionHistory live = p.live();
    SessionHistory rules = p.rules();
    int step = live.steps() - 1;
    List<DecisionRow> decided = p.decisions();
    List<Row> out = new ArrayList<>();
    for (LiveSession.SeatState s : p.session().seatStates()) {
      if (s.seat().role() != Decision.Role.HOUSEHOLD) {
        continue;
      }
      int h = s.seat().agent();
      int[] one = {h};
      double marketed = live.marketed(one);
      int n = 0;
      int late = 0;
      for (DecisionRow r : decided) {
        if (r.role() == Decision.Role.HOUSEHOLD && r.agent() == h) {
          n++;
          late += r.timedOut() ? 1 : 0;
        }
      }
      out.add(
          new Row(
              s.seat().name(),
              s.players().isEmpty()
                  ? (s.seat().bot() ? "bot" : "free")
                  : String.join(", ", s.players()),
              h,
              live.area(h),
              live.startCash(h),
              step < 0 ? Double.NaN : live.income(step, h),
              step < 0 || rules.steps() <= step ? Double.NaN : rules.income(step, h),
              step < 0 ? Double.NaN : live.meanIncome(step, p.comparables(s.seat().name())),
              marketed > 0 ? live.sold(one, Channel.COOPERATIVE) / marketed : Double.NaN,
              marketed > 0 ? live.sold(one, Channel.INTERMEDIARY) / marketed : Double.NaN,
              n,
              late));
    }
    return out;
  }

  /** The debrief's sentences: where the crop went, the room against the model's households. */
  static String summary(Participation p) {
    SessionHistory live = p.live();
    int[] room = p.households();
    int[] near = p.allComparables();
    int played = Math.min(live.steps(), p.session().setup().months());
    StringBuilder b = new StringBuilder();
    double marketed = live.marketed(room);
    double nearMarketed = live.marketed(near);
    if (room.length == 0) {
      b.append("Nobody in the room plays a household.");
    } else if (marketed <= 0 || nearMarketed <= 0) {
      b.append("Nothing has been marketed yet in the months the room played.");
    } else {
      double traders = live.sold(room, Channel.INTERMEDIARY) / marketed;
      double coop = live.sold(room, Channel.COOPERATIVE) / marketed;
      double side = live.sideSold(room) / marketed;
      double nearTraders = live.sold(near, Channel.INTERMEDIARY) / nearMarketed;
      double nearCoop = live.sold(near, Channel.COOPERATIVE) / nearMarketed;
      double nearSide = live.sideSold(near) / nearMarketed;
      b.append(
          String.format(
              Locale.ROOT,
              "Over the %d months the room played, its %d "
                  + "households sold %s of what they marketed to traders and delivered %s to "
                  + "cooperatives; %s was side-sold (committed to their cooperative, sold elsewhere). "
                  + "The %d most similar model households (%d nearest each by farm size and starting "
                  + "cash) sold %s to traders, delivered %s and side-sold %s. ",
              played,
              room.length,
              Shown.percent(traders),
              Shown.percent(coop),
              Shown.percent(side),
              near.length,
              SessionHistory.COMPARABLE,
              Shown.percent(nearTraders),
              Shown.percent(nearCoop),
              Shown.percent(nearSide)));
      boolean bySide = side > 0 || nearSide > 0;
      double a = bySide ? side : traders;
      double c = bySide ? nearSide : nearTraders;
      String what = bySide ? "side-sold" : "sold to traders";
      b.append(
          Math.abs(a - c) < 0.005
              ? "The room " + what + " about as much as comparable " + "model households."
              : String.format(
                  Locale.ROOT,
                  "The room %s %s than comparable model households (%s " + "against %s).",
                  what,
                  a > c ? "more" : "less",
                  Shown.percent(a),
                  Shown.percent(c)));
    }
    double chosen = 0;
    double rule = 0;
    int n = 0;
    for (DecisionRow r : p.decisions()) {
      if (r.decision() == Decision.DELIVERY && !r.timedOut() && !Double.isNaN(r.rule())) {
        chosen += r.choice();
        rule += r.rule();
        n++;
      }
    }
    if (n > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              " In its %d delivery decisions the room delivered "
                  + "%s of the crop to the cooperative on average; the model's rule, in the same "
                  + "households' place, would have delivered %s.",
              n,
              Shown.percent(chosen / n),
              Shown.percent(rule / n)));
    }
    return b.toString();
  }
}
