package org.minga.model;

/**
 * A cooperative's members, in joining order, and those it had when it dissolved; with the trailing
 * 12-month record of its members' output, deliveries and departures that cohesion and retention are
 * read from. Membership changes only through the methods below.
 */
final class Roster {
  private final IntList members = new IntList(64);

  /** Members at dissolution (a seasonal group re-forms from them). */
  private final IntList formerMembers = new IntList(16);

  /*
   * Member-month accounting for cohesion and retention: members' output, what they delivered and
   * how many left, month by month over the trailing 12 months. Re-summed (one row each): a running
   * sum could be left a rounding error off zero after a year without output, which the delivery
   * share would then divide by.
   */
  private final TrailingWindow memberOutput =
      new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);
  private final TrailingWindow delivered = new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);
  private final TrailingWindow leavers = new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);

  /** Members at the end of each of the last 13 months (13: the window's start is kept too). */
  // Only read months back; its sum is kept all the same, re-summed as the windows above.
  private final TrailingWindow memberCounts =
      new TrailingWindow(13, TrailingWindow.Summing.RESUMMED);

  /** Number of members. */
  int size() {
    return members.size();
  }

  /** The k-th member's producer index (0 <= k < size()), in joining order; no copy. */
  int at(int k) {
    return members.get(k);
  }

  /** Member indices, in joining order (a copy). */
  int[] toArray() {
    return members.toArray();
  }

  /**
   * The member list itself (no copy), for passes over the members that read ahead ({@link
   * ReadAhead#member}); membership changes only through the methods below.
   */
  IntList list() {
    return members;
  }

  /** A producer joins: it goes to the end of the member list (sums over members follow it). */
  void admit(int producer) {
    members.add(producer);
  }

  /** A member leaves (or is expelled): it is taken off the list, the others keeping their order. */
  void release(int producer) {
    members.remove(producer);
  }

  /** Members flagged in {@code left} leave together, the others keeping their order. */
  void releaseFlagged(boolean[] left) {
    members.removeFlagged(left);
  }

  /** The cooperative dissolves: its members become its former members and the list empties. */
  void disband() {
    formerMembers.clear();
    for (int k = 0; k < members.size(); k++) {
      formerMembers.add(members.get(k));
    }
    members.clear();
  }

  /** Members at dissolution (none while active). */
  int formerCount() {
    return formerMembers.size();
  }

  /** The k-th former member's producer index, in joining order. */
  int formerAt(int k) {
    return formerMembers.get(k);
  }

  /** Former members' indices, in joining order (a copy). */
  int[] formerToArray() {
    return formerMembers.toArray();
  }

  /** Delivered / members' output over the trailing 12 months (1 when members produced none). */
  double deliveryShare12() {
    double out = memberOutput.sum();
    double del = delivered.sum();
    return out <= 0 ? 1 : Math.min(1, del / out);
  }

  /** Members' output this month (what they held to sell: the base of the delivery share). */
  void membersProduced(double volume) {
    memberOutput.add(volume);
  }

  /** Delivered by members this month. */
  void membersDelivered(double volume) {
    delivered.add(volume);
  }

  /** Delivered by members so far this month (the pool the cooperative sells). */
  double deliveredThisMonth() {
    return delivered.month();
  }

  /** A member left this month. */
  void memberLeft() {
    leavers.add(1);
  }

  /** 1 - leavers in the last 12 months / members 12 months ago. */
  double retention12(int step) {
    double left = leavers.sum();
    // Read after the books of step close: 12 months back, or step 0's count in the first year.
    double before = memberCounts.monthsBack(Math.min(step, 12));
    if (before <= 0) {
      before = members.size() + left;
    }
    return before <= 0 ? 1 : Math.max(0, 1 - left / before);
  }

  /** The month's record closes: the windows move on and the month's head count is kept. */
  void closeMonth(int step) {
    memberOutput.close(step);
    delivered.close(step);
    leavers.close(step);
    memberCounts.close(step, members.size());
  }
}
