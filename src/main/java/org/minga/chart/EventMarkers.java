package org.minga.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The events of a set of charts: one numbered marker per step with events on every time axis, and a
 * key ("E1 (month 24): +2 intermediaries; E2 ..."): numbers keep the plots readable when several
 * events share a month. Only events up to the last step charted are shown, so a run cut short (or a
 * live run) does not announce what is still to come; the exception is a pending event, made by the
 * facilitator while paused for a step not yet charted, which the room must see at once: it is drawn
 * ahead, dotted, labelled "pending", with the time axis stretched to reach it until the run gets
 * there.
 */
final class EventMarkers {
  private final ChartStyle style;
  private final List<ChartEvent> events = new ArrayList<>();
  private final Set<ChartEvent> pending = new HashSet<>();
  private final Map<TimeChart, TextTitle> keys = new IdentityHashMap<>();
  private boolean keyOnCharts = true;
  private String key = "";

  /** Whether the time axes are stretched to a pending event (and left auto-ranging otherwise). */
  private boolean stretched;

  EventMarkers(ChartStyle style) {
    this.style = style;
  }

  /** Adds events; {@code announced}: drawn even before their step is charted (pending). */
  void add(List<ChartEvent> more, boolean announced) {
    events.addAll(more);
    events.sort(Comparator.comparingInt(ChartEvent::step));
    if (announced) {
      pending.addAll(more);
    }
  }

  List<ChartEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The events added as pending (charted since or not), in step order. */
  List<ChartEvent> pending() {
    return events.stream().filter(pending::contains).distinct().toList();
  }

  /** The events added as ordinary ones, in step order. */
  List<ChartEvent> ordinary() {
    return events.stream().filter(e -> !pending.contains(e)).toList();
  }

  boolean contains(ChartEvent e) {
    return events.contains(e);
  }

  String key() {
    return key;
  }

  boolean keyOnCharts() {
    return keyOnCharts;
  }

  void setKeyOnCharts(boolean on) {
    keyOnCharts = on;
  }

  /** Redraws the markers and keys of {@code charts}, whose data run from firstStep to lastStep. */
  void redraw(List<TimeChart> charts, int firstStep, int lastStep) {
    TreeMap<Integer, List<String>> byStep = new TreeMap<>();
    for (ChartEvent e : events) {
      if (e.step() <= lastStep || pending.contains(e)) {
        byStep.computeIfAbsent(e.step(), k -> new ArrayList<>()).add(e.label());
      }
    }
    int lastShown = byStep.isEmpty() ? lastStep : Math.max(lastStep, byStep.lastKey());
    for (TimeChart c : charts) {
      for (XYPlot p : c.plots()) {
        p.clearDomainMarkers();
      }
    }
    StringBuilder text = new StringBuilder();
    int n = 0;
    // Labels of events close in time go one line lower each, so they never print over each
    // other ("E7E8E9"): a label takes up to about 1/12 of the axis width (a chart a third of
    // a 1280-pixel screen wide, or presentation type).
    double minGap = Math.max(1, (lastShown + 1) / 12.0);
    List<Integer> rowEnds = new ArrayList<>(); // step of the last label in each row
    for (Map.Entry<Integer, List<String>> e : byStep.entrySet()) {
      n++;
      boolean ahead = e.getKey() > lastStep;
      String tag = "E" + n;
      int row = labelRow(rowEnds, e.getKey(), minGap);
      text.append(text.length() == 0 ? "Events: " : ";  ")
          .append(tag)
          .append(" (month ")
          .append(e.getKey())
          .append("): ")
          .append(String.join(", ", e.getValue()))
          .append(ahead ? " (pending)" : "");
      for (TimeChart c : charts) {
        List<XYPlot> plots = c.plots();
        for (int i = 0; i < plots.size(); i++) {
          String label = i > 0 ? null : ahead ? tag + " pending" : tag;
          plots.get(i).addDomainMarker(marker(e.getKey(), label, row, ahead), Layer.FOREGROUND);
        }
      }
    }
    key = text.toString();
    for (TimeChart c : charts) {
      TextTitle old = keys.remove(c);
      if (old != null) {
        c.chart().removeSubtitle(old);
      }
      if (keyOnCharts && !key.isEmpty()) {
        TextTitle t = c.note(key);
        c.chart().addSubtitle(t);
        keys.put(c, t);
      }
    }
    stretchTimeAxes(charts, firstStep, lastStep, lastShown);
  }

  /**
   * While a pending event lies beyond the data, every time axis runs from the first step to a
   * little past it (room for its label); once the data reach it, back to auto range. Axes are left
   * alone otherwise, so a user's zoom in the window survives new steps.
   */
  private void stretchTimeAxes(List<TimeChart> charts, int firstStep, int lastStep, int lastShown) {
    boolean stretch = lastShown > lastStep;
    if (!stretch && !stretched) {
      return;
    }
    for (TimeChart c : charts) {
      ValueAxis time = c.chart().getXYPlot().getDomainAxis();
      if (stretch) {
        time.setRange(firstStep, lastShown + Math.max(3, (lastShown - firstStep) / 8.0));
      } else {
        time.setAutoRange(true);
      }
    }
    stretched = stretch;
  }

  /** The first row whose last label is at least {@code minGap} steps before {@code step}. */
  static int labelRow(List<Integer> rowEnds, int step, double minGap) {
    for (int r = 0; r < rowEnds.size(); r++) {
      if (step - rowEnds.get(r) >= minGap) {
        rowEnds.set(r, step);
        return r;
      }
    }
    rowEnds.add(step);
    return rowEnds.size() - 1;
  }

  /** A dashed grey line at {@code step}; dotted when the event is pending. */
  private ValueMarker marker(int step, String label, int row, boolean pendingAhead) {
    float[] dash = pendingAhead ? new float[] {1.5f, 3f} : new float[] {4f, 4f};
    ValueMarker m =
        new ValueMarker(
            step,
            Palette.GREY,
            new BasicStroke(
                Math.max(1f, style.lineWidth() / 2),
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER,
                10f,
                dash,
                0f));
    if (label != null) {
      m.setLabel(label);
      m.setLabelFont(style.note());
      m.setLabelPaint(Palette.BLACK);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(3 + row * 1.2 * style.note().getSize2D(), 3, 3, 3));
    }
    return m;
  }
}
