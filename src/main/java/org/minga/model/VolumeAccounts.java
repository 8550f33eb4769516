package org.minga.model;

/**
 * The market's volume accounts, kept since the start of the run rather than over a trailing year:
 * the volume produced, delivered (sold through any channel) and lost, for the volume-conservation
 * invariant (produced = delivered + stock + lost), and the volume sold forward and still open.
 */
final class VolumeAccounts {
  /** Volume sold forward and not yet delivered or settled (a stock, not a flow). */
  private double forwardOpen;

  private double produced;
  private double delivered;
  private double lost;

  /** Output harvested this month (volume conservation: produced = delivered + stock + lost). */
  void harvested(double units) {
    produced += units;
  }

  /** Output sold through a channel. */
  void sold(double units) {
    delivered += units;
  }

  /** Stock lost: spoiled in storage, or abandoned by a household leaving farming. */
  void lose(double units) {
    lost += units;
  }

  /** A cooperative sells {@code units} forward for later delivery. */
  void forwardSale(double units) {
    forwardOpen += units;
  }

  /** Forward-sold units delivered or settled (no longer open). */
  void forwardClosed(double units) {
    forwardOpen = Math.max(0, forwardOpen - units);
  }

  /** Volume produced since the start. */
  double produced() {
    return produced;
  }

  /** Volume sold through any channel since the start. */
  double delivered() {
    return delivered;
  }

  /** Volume lost since the start. */
  double lost() {
    return lost;
  }

  /** Forward-sold volume open (sold, not yet delivered or settled). */
  double forwardOpen() {
    return forwardOpen;
  }
}
