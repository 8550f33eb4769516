package org.minga.gui;

import org.minga.model.MingaModel;
import org.minga.model.Producer;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The territory as MASON fields for the map: producers in one field, cooperatives, intermediaries
 * and firms in another (drawn on top). Built here, in the window's layer; the model keeps its own
 * arrays and knows nothing of these fields. Producers never move, so only newly formed cooperatives
 * and newly arrived intermediaries are added after the start.
 */
final class Territory {
  final Continuous2D producers;
  final Continuous2D buyers;
  private final MingaModel model;
  private int cooperativesShown;
  private int intermediariesShown;

  Territory(MingaModel model) {
    this.model = model;
    double w = model.scenario().territory().widthKm();
    double h = model.scenario().territory().heightKm();
    // About 20 x 20 buckets: quick hit tests when the facilitator clicks an agent.
    double bucket = Math.max(w, h) / 20;
    producers = new Continuous2D(bucket, w, h);
    buyers = new Continuous2D(bucket, w, h);
    for (int i = 0; i < model.producerCount(); i++) {
      Producer p = model.producer(i);
      producers.setObjectLocation(new ProducerView(model, p), new Double2D(p.x(), p.y()));
    }
    for (var f : model.firms()) {
      buyers.setObjectLocation(new BuyerViews.FirmView(f), new Double2D(f.x(), f.y()));
    }
    sync();
  }

  /** Adds the cooperatives and intermediaries that appeared since the last call. */
  void sync() {
    var coops = model.cooperatives();
    for (; cooperativesShown < coops.size(); cooperativesShown++) {
      var c = coops.get(cooperativesShown);
      buyers.setObjectLocation(new BuyerViews.CooperativeView(c), new Double2D(c.x(), c.y()));
    }
    var traders = model.intermediaries();
    for (; intermediariesShown < traders.size(); intermediariesShown++) {
      var t = traders.get(intermediariesShown);
      buyers.setObjectLocation(new BuyerViews.IntermediaryView(t), new Double2D(t.x(), t.y()));
    }
  }
}
