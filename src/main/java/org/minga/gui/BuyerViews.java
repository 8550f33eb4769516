package org.minga.gui;

import org.minga.model.Cooperative;
import org.minga.model.Intermediary;
import org.minga.model.TractorFirm;

/** Cooperatives, intermediaries and firms as the map and MASON's inspector see them. */
public final class BuyerViews {
  private BuyerViews() {}

  /** A cooperative on the map. */
  public static final class CooperativeView {
    private final Cooperative c;

    CooperativeView(Cooperative c) {
      this.c = c;
    }

    public int getIndex() {
      return c.index();
    }

    public boolean isActive() {
      return c.isActive();
    }

    public boolean isSeasonalGroup() {
      return c.isSeasonal();
    }

    public int getMembers() {
      return c.memberCount();
    }

    public String getReserveUsd() {
      return Shown.usd(c.reserve());
    }

    public String getMaturity() {
      return Shown.score(c.maturity());
    }

    public String getGovernance() {
      return Shown.score(c.governance());
    }

    public boolean isCertified() {
      return c.isCertified();
    }

    public boolean isBuyerContract() {
      return c.hasBuyerContract();
    }

    public String getDeliveryShare12Months() {
      return Shown.percent(c.deliveryShare12());
    }

    @Override
    public String toString() {
      return "Cooperative " + c.index();
    }
  }

  /** An intermediary on the map. */
  public static final class IntermediaryView {
    private final Intermediary i;

    IntermediaryView(Intermediary i) {
      this.i = i;
    }

    public int getIndex() {
      return i.index();
    }

    public boolean isActive() {
      return i.isActive();
    }

    public String getMargin() {
      return Shown.percent(i.margin());
    }

    public String getCapitalUsd() {
      return Shown.usd(i.capital());
    }

    public String getProfit12MonthsUsd() {
      return Shown.usd(i.profit12());
    }

    @Override
    public String toString() {
      return "Intermediary " + i.index();
    }
  }

  /** A tractor firm on the map. */
  public static final class FirmView {
    private final TractorFirm f;

    FirmView(TractorFirm f) {
      this.f = f;
    }

    public String getName() {
      return f.name();
    }

    public boolean isActive() {
      return f.isActive();
    }

    public int getContractedProducers() {
      return f.contractedCount();
    }

    public String getLastYearProfitUsd() {
      return Shown.usd(f.lastYearProfit());
    }

    @Override
    public String toString() {
      return "Firm " + f.name();
    }
  }
}
