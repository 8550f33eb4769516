package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * The CHANNEL_CHOICE phase and docs/model.md 7.4: contract obligations first, then cooperative
 * commitments, then the rest to the best offer by a logit choice on the value of each channel per
 * unit ({@link ChannelValues}). Members may side-sell, contract farmers may breach, and an indebted
 * producer sells to its creditor intermediary the volume worth its debt (a member: its free volume
 * first, then committed volume). A played member's share delivered to its cooperative replaces the
 * rule's (docs/model.md 7.12).
 */
final class ChannelChoice {
  private ChannelChoice() {}

  /** Producers holding stock choose and sell, in a random order. */
  static void run(MingaModel m) {
    boolean[] sellers = m.stockHolders.sellers(m);
    m.visitOrder.inRandomOrder(sellers, VisitOrder.CHOICE_PASS, ChannelChoice::market);
  }

  private static void market(MingaModel m, Producer p) {
    Sales sales = m.sales;
    sales.reset();
    double stock = p.stock();
    Intermediary inter = intermediaryFor(m, p);
    double interValue =
        inter == null
            ? 0
            : sales.intermediaryPrice(m, p, inter)
                + ChannelValues.social(m, p, Channel.INTERMEDIARY);
    boolean localOpen = m.channelOpen(Channel.LOCAL_MARKET);
    double localValue =
        localOpen
            ? LocalMarket.price(m)
                - ChannelValues.tripCostPerUnit(m, stock)
                + ChannelValues.social(m, p, Channel.LOCAL_MARKET)
            : 0;
    boolean tied = p.isIndebtedToIntermediary() && inter != null;
    double altValue = tied ? interValue : Math.max(interValue, localValue);
    Channel alt = tied || interValue >= localValue ? Channel.INTERMEDIARY : Channel.LOCAL_MARKET;
    if (inter == null && !localOpen) {
      alt = null;
    }

    TractorFirm firm = p.isContracted() ? m.firms[p.firm()] : null;
    if (firm != null && firm.isActive() && m.channelOpen(Channel.CONTRACT)) {
      double contractValue =
          ContractOffer.price(m, firm, p) + ChannelValues.social(m, p, Channel.CONTRACT);
      double diverted =
          alt == null ? 0 : ContractBreach.divertedShare(m, p, firm, contractValue, altValue);
      Delivery.contract(m, p, firm, stock * (1 - diverted), sales);
      if (diverted > 0) {
        Delivery.sell(m, p, alt, inter, stock * diverted, sales);
      }
      ContractBreach.maybeDetect(m, p, firm, diverted, stock * diverted);
    } else if (p.isMember()) {
      memberChoice(m, p, stock, inter, alt, altValue, interValue, localValue, sales);
    } else if (tied) {
      Delivery.sell(m, p, Channel.INTERMEDIARY, inter, stock, sales);
    } else if (alt != null) {
      double interShare =
          inter == null ? 0 : !localOpen ? 1 : logistic(m, p, interValue - localValue);
      Delivery.sell(m, p, Channel.INTERMEDIARY, inter, stock * interShare, sales);
      Delivery.sell(m, p, Channel.LOCAL_MARKET, inter, stock * (1 - interShare), sales);
    }
    // Whatever is left (no intermediary in reach, or the chosen channel closed) goes to the
    // local market if it is open; otherwise it stays in stock.
    if (p.stock() > 1e-9 && alt != null) {
      Delivery.sell(m, p, Channel.LOCAL_MARKET, inter, p.stock(), sales);
    }
    byte main = sales.main();
    if (main >= 0) {
      m.mainChannels.set(p, main);
    }
  }

  private static void memberChoice(
      MingaModel m,
      Producer p,
      double stock,
      Intermediary inter,
      Channel alt,
      double altValue,
      double interValue,
      double localValue,
      Sales sales) {
    CooperativeConfig cc = m.sc.cooperatives();
    Cooperative c = m.cooperatives.get(p.cooperative());
    double committed = stock * cc.commitmentShare();
    p.commitToCooperative(committed);
    c.roster().membersProduced(stock);
    m.book.memberOutput.add(stock);
    m.book.committed.add(committed);
    boolean coopOpen = c.isActive() && m.channelOpen(Channel.COOPERATIVE);
    if (!coopOpen) {
      if (alt != null) {
        Delivery.sell(m, p, alt, inter, stock, sales);
      }
      return;
    }
    double coopValue = ChannelValues.coopValue(m, p, c) - ChannelValues.tripCostPerUnit(m, stock);
    double side = alt == null ? 0 : SideSelling.share(m, p, c, coopValue, altValue);
    double free = stock - committed;
    // Volume worth the debt to a creditor intermediary, which takes it (free volume first).
    double owed = 0;
    if (inter != null && p.isIndebtedToIntermediary() && committed > 0) {
      owed = owedVolume(m, p, inter, committed + free, sales);
      side = Math.max(side, Math.min(1, Math.max(0, owed - free) / committed));
    }
    double freeToCoop =
        alt == null ? 1 : p.isIndebtedToIntermediary() ? 0 : logistic(m, p, coopValue - altValue);
    double toCoop = committed * (1 - side) + free * freeToCoop;
    if (m.players.plays(p.id)) {
      double chosen = playedDelivery(m, p, stock, toCoop, owed);
      if (chosen != toCoop) {
        toCoop = chosen;
        side = committed > 0 ? Math.max(0, committed - toCoop) / committed : 0;
      }
    }
    double delivered = Delivery.cooperative(m, p, c, toCoop, sales);
    // Intended diversion of committed volume, or the shortfall if the cooperative could not
    // take it all; free volume delivered does not hide side-selling.
    double sideSold = Math.max(committed * side, committed - delivered);
    m.book.sideSold.add(sideSold);
    if (m.householdPanel != null) {
      m.householdPanel.sideSold(p.id, sideSold);
    }
    if (alt != null && p.stock() > 1e-9) {
      if (alt == Channel.INTERMEDIARY || inter == null) {
        Delivery.sell(m, p, alt, inter, p.stock(), sales);
      } else {
        double interShare = logistic(m, p, interValue - localValue);
        Delivery.sell(m, p, Channel.INTERMEDIARY, inter, p.stock() * interShare, sales);
        Delivery.sell(m, p, Channel.LOCAL_MARKET, inter, p.stock(), sales);
      }
    }
  }

  /**
   * The volume a played household delivers: its share of the crop replaces the rule's ({@code
   * toCoop}, kept to the last bit when the share is the rule's own); its creditor intermediary
   * still takes the volume worth the debt ({@code owed}) first, as under the rule.
   */
  private static double playedDelivery(
      MingaModel m, Producer p, double stock, double toCoop, double owed) {
    double rule = toCoop / stock;
    double share = m.players.choose(m.step, Decision.DELIVERY, p.id, rule);
    return share == rule ? toCoop : Math.min(share * stock, Math.max(0, stock - owed));
  }

  /**
   * Debts tie (docs/model.md 7.5): a member indebted to an intermediary sells to it until the debt
   * is repaid, so the creditor takes the volume worth the debt, its free volume first and then,
   * diverted, its committed volume. The volume worth the debt ({@code stock} when the creditor pays
   * nothing).
   */
  private static double owedVolume(
      MingaModel m, Producer p, Intermediary creditor, double stock, Sales sales) {
    double price = sales.intermediaryPrice(m, p, creditor);
    return price > 1e-9 ? p.debt() / price : stock;
  }

  /**
   * Logit share of the first of two options given the value gap (per unit), with utilities measured
   * in shares of the world price so rationality does not depend on the currency.
   */
  static double logistic(MingaModel m, Producer p, double gap) {
    double z = m.sc.producers().rationality() * gap / Math.max(1e-9, m.prices.world);
    if (z > 40) {
      return 1;
    }
    if (z < -40) {
      return 0;
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The intermediary this producer sells to: its creditor if tied, else the nearest. */
  static Intermediary intermediaryFor(MingaModel m, Producer p) {
    if (!m.channelOpen(Channel.INTERMEDIARY)) {
      return null;
    }
    int idx = p.isIndebtedToIntermediary() ? p.creditor() : p.nearestIntermediary();
    if (idx < 0) {
      return null;
    }
    Intermediary i = m.intermediaries.get(idx);
    return i.isActive() ? i : null;
  }
}
