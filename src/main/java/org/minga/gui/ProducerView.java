package org.minga.gui;

import org.minga.model.Channel;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * A producer as the map and MASON's inspector see it: bean getters that read the live agent. The
 * inspector calls them while the model is paused or between steps (MASON holds the schedule lock
 * when it refreshes inspectors).
 */
public final class ProducerView {
  private final MingaModel model;
  private final Producer p;

  ProducerView(MingaModel model, Producer p) {
    this.model = model;
    this.p = p;
  }

  Producer producer() {
    return p;
  }

  public int getId() {
    return p.id();
  }

  public boolean isActive() {
    return p.isActive();
  }

  /** member, contract farmer, independent or left farming. */
  public String getGroup() {
    if (!p.isActive()) {
      return "left farming";
    }
    return p.isMember()
        ? "cooperative member"
        : p.isContracted() ? "contract farmer" : "independent";
  }

  /** Main channel of its last month with sales. */
  public String getMainChannel() {
    Channel c = p.mainChannel();
    return c == null ? "none yet" : c.label();
  }

  public String getAreaHa() {
    return Shown.hectares(p.area());
  }

  public String getIncomeLast12MonthsUsd() {
    return Shown.usd(p.income12());
  }

  public String getCashUsd() {
    return Shown.usd(p.cash());
  }

  public String getDebtUsd() {
    return Shown.usd(p.debt());
  }

  public boolean isIndebtedToIntermediary() {
    return p.isIndebtedToIntermediary();
  }

  public String getTrust() {
    return Shown.score(p.trust());
  }

  public String getQuality() {
    return Shown.score(p.quality());
  }

  public String getCapability() {
    return Shown.score(p.capability());
  }

  public int getCooperative() {
    return p.cooperative();
  }

  public int getFirm() {
    return p.firm();
  }

  /**
   * Where its buyer is, or null: its cooperative, its firm, or (selling to intermediaries) the
   * nearest intermediary within reach.
   */
  double[] buyerLocation() {
    if (!p.isActive()) {
      return null;
    }
    if (p.isMember()) {
      Cooperative c = model.cooperatives().get(p.cooperative());
      return new double[] {c.x(), c.y()};
    }
    if (p.isContracted()) {
      var f = model.firms().get(p.firm());
      return new double[] {f.x(), f.y()};
    }
    if (p.mainChannel() == Channel.INTERMEDIARY && p.nearestIntermediary() >= 0) {
      var i = model.intermediaries().get(p.nearestIntermediary());
      return new double[] {i.x(), i.y()};
    }
    return null;
  }

  @Override
  public String toString() {
    return "Producer " + p.id();
  }
}
