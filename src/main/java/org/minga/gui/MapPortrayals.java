package org.minga.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import org.minga.chart.Palette;
import org.minga.model.Channel;
import org.minga.model.MingaModel;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.portrayal.simple.ShapePortrayal2D;

/**
 * How the map draws agents: producers as discs coloured by their main channel (the charts'
 * channel colours) and sized by farm area; cooperatives as blue squares, intermediaries as
 * vermillion triangles, firms as large green diamonds (hollow once inactive); optionally a line
 * from each producer to its buyer.
 */
final class MapPortrayals {
  /** Producers that have not sold yet or left farming. */
  static final Color NO_CHANNEL = new Color(190, 190, 190);

  private MapPortrayals() {}

  /** The colour of a channel on the map and in the legend. */
  static Color channelColour(Channel c) {
    if (c == null) {
      return NO_CHANNEL;
    }
    return switch (c) {
      case INTERMEDIARY -> Palette.VERMILLION;
      case COOPERATIVE -> Palette.BLUE;
      case CONTRACT -> Palette.GREEN;
      case LOCAL_MARKET -> Palette.YELLOW;
    };
  }

  static ContinuousPortrayal2D producers(Territory t, MingaModel model, MapOptions options) {
    ContinuousPortrayal2D layer = new Layer();
    layer.setField(t.producers);
    double w = model.scenario().territory().widthKm();
    double h = model.scenario().territory().heightKm();
    // Typical spacing between farms: a producer of mean area gets a disc half that wide.
    double spacing = Math.sqrt(w * h / Math.max(1, model.producerCount()));
    double meanArea = 0;
    for (int i = 0; i < model.producerCount(); i++) {
      meanArea += model.producer(i).area();
    }
    meanArea /= Math.max(1, model.producerCount());
    layer.setPortrayalForClass(ProducerView.class, new ProducerPortrayal(0.6 * spacing,
        meanArea, options));
    return layer;
  }

  static ContinuousPortrayal2D buyers(Territory t, MingaModel model) {
    ContinuousPortrayal2D layer = new Layer();
    layer.setField(t.buyers);
    double size = Math.max(model.scenario().territory().widthKm(),
        model.scenario().territory().heightKm()) / 40;
    layer.setPortrayalForClass(BuyerViews.CooperativeView.class, new RectanglePortrayal2D(
        Palette.BLUE, size, true) {
      @Override
      public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        filled = ((BuyerViews.CooperativeView) object).isActive();
        outlined(g, info, () -> super.draw(object, g, info));
      }
    });
    layer.setPortrayalForClass(BuyerViews.IntermediaryView.class, new ShapePortrayal2D(
        ShapePortrayal2D.X_POINTS_TRIANGLE_UP, ShapePortrayal2D.Y_POINTS_TRIANGLE_UP,
        Palette.VERMILLION, size, true) {
      @Override
      public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        filled = ((BuyerViews.IntermediaryView) object).isActive();
        outlined(g, info, () -> super.draw(object, g, info));
      }
    });
    layer.setPortrayalForClass(BuyerViews.FirmView.class, new ShapePortrayal2D(
        ShapePortrayal2D.X_POINTS_DIAMOND, ShapePortrayal2D.Y_POINTS_DIAMOND, Palette.GREEN,
        size * 2, true) {
      @Override
      public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        filled = ((BuyerViews.FirmView) object).isActive();
        outlined(g, info, () -> super.draw(object, g, info));
      }
    });
    return layer;
  }

  /**
   * A layer of agents whose inspector shows the agent's properties only: MASON's "Position"
   * panel would print raw coordinates (26.02218962692876, ...) that mean nothing to a room.
   */
  private static final class Layer extends ContinuousPortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
      return wrapper == null ? null
          : getPortrayalForObject(wrapper.getObject()).getInspector(wrapper, state);
    }
  }

  /** Draws the shape, then a black ring under it so it stands out from the producers. */
  private static void outlined(Graphics2D g, DrawInfo2D info, Runnable draw) {
    var stroke = g.getStroke();
    g.setStroke(new BasicStroke(2f));
    draw.run();
    g.setStroke(stroke);
  }

  /** Live switches of the map, set from the window's View menu. */
  static final class MapOptions {
    volatile boolean links;
    /** The households people in the room play (ringed), or null outside a session. */
    volatile java.util.function.IntPredicate played;
  }

  /** The ring around a played household: room for the disc, then a dark ring. */
  static final Color RING = SessionCharts.ROOM;

  /** A producer: disc coloured by channel, area proportional to farm area; its buyer link. */
  static final class ProducerPortrayal extends OvalPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final double meanDiameter;
    private final double meanArea;
    private final MapOptions options;

    ProducerPortrayal(double meanDiameter, double meanArea, MapOptions options) {
      super(NO_CHANNEL, meanDiameter, true);
      this.meanDiameter = meanDiameter;
      this.meanArea = meanArea;
      this.options = options;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
      ProducerView v = (ProducerView) object;
      var p = v.producer();
      if (options.links) {
        double[] buyer = v.buyerLocation();
        if (buyer != null) {
          g.setPaint(new Color(60, 60, 60, 90));
          g.setStroke(new BasicStroke(1f));
          // info.draw.width is pixels per km: the buyer's offset in km times that.
          double bx = info.draw.x + (buyer[0] - p.x()) * info.draw.width;
          double by = info.draw.y + (buyer[1] - p.y()) * info.draw.height;
          g.drawLine((int) info.draw.x, (int) info.draw.y, (int) bx, (int) by);
        }
      }
      Paint colour = p.isActive() ? channelColour(p.mainChannel()) : NO_CHANNEL;
      paint = colour;
      filled = p.isActive();
      // Disc area proportional to farm area, within 0.4x and 3x the mean diameter.
      scale = meanDiameter * Math.max(0.4, Math.min(3, Math.sqrt(p.area() / meanArea)));
      super.draw(object, g, info);
      var played = options.played;
      if (played != null && played.test(p.id())) {
        // A ring a few pixels outside the disc, whatever the zoom: visible from the back.
        double d = Math.max(scale * info.draw.width, 6) + 12;
        var ring = new java.awt.geom.Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2,
            d, d);
        var stroke = g.getStroke();
        g.setStroke(new BasicStroke(7f)); // a white halo, so the ring reads over any disc
        g.setPaint(Color.WHITE);
        g.draw(ring);
        g.setStroke(new BasicStroke(4f));
        g.setPaint(RING);
        g.draw(ring);
        g.setStroke(stroke);
      }
    }
  }
}
