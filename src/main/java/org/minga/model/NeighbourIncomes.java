package org.minga.model;

/**
 * What producers observe of their network neighbours during one round of yearly membership
 * decisions: each producer's income per hectare and whether it is an active member, an active
 * non-member or out of farming, copied once into dense arrays. Producer ids carry no spatial order,
 * so a producer's neighbours are scattered over the whole population, and reading their {@link
 * Producer} objects costs a cache miss each in a large model; these arrays hold 9 bytes per
 * producer instead. Membership changes made during the round are recorded with {@link #setMember}
 * so later producers see them, as they would reading the objects.
 */
final class NeighbourIncomes {
  private static final byte OUT = 0;
  private static final byte NON_MEMBER = 1;
  private static final byte MEMBER = 2;

  private final SocialNetwork network;
  private final double[] perHa;
  private final byte[] status;
  private final double[] memberIncomes;

  /** Working memory of the quantile's selection (see DoubleSelection). */
  private final long[] selectionKeys;

  private int members;
  private double memberMean;
  private double nonMemberMean;

  /** Arrays for the model's producers, filled by {@link #refresh} at each round (reused). */
  NeighbourIncomes(MingaModel m) {
    network = m.network;
    int n = m.producers.length;
    perHa = new double[n];
    status = new byte[n];
    memberIncomes = new double[n];
    selectionKeys = new long[n];
  }

  /** Copies every producer's income per ha and status, at the start of a round. */
  void refresh(MingaModel m) {
    int n = m.producers.length;
    int k = 0;
    for (int i = 0; i < n; i++) {
      Producer p = m.producers[i];
      perHa[i] = p.income12() / p.area();
      if (!p.isActive()) {
        status[i] = OUT;
      } else if (p.isMember()) {
        status[i] = MEMBER;
        memberIncomes[k++] = p.income12();
      } else {
        status[i] = NON_MEMBER;
      }
    }
    members = k;
  }

  /**
   * The income (income12) at quantile q among active members at construction: the element at index
   * min(n - 1, floor(q n)) of their sorted incomes; +infinity when there are none.
   */
  double memberIncomeQuantile(double q) {
    if (members == 0) {
      return Double.POSITIVE_INFINITY;
    }
    int k = Math.min(members - 1, (int) (q * members));
    return DoubleSelection.select(memberIncomes, members, k, selectionKeys);
  }

  /** Records that producer {@code id} (active) joined (true) or left (false) a cooperative. */
  void setMember(int id, boolean member) {
    status[id] = member ? MEMBER : NON_MEMBER;
  }

  /**
   * Reads producer {@code id}'s neighbours once and keeps the mean income per ha of those who are
   * members and of those who are not ({@link #memberMean}, {@link #nonMemberMean}). Each mean sums
   * in neighbour order, exactly as a separate pass per group would.
   */
  void observe(int id) {
    int d = network.degree(id);
    double memberSum = 0;
    double otherSum = 0;
    int memberCount = 0;
    int otherCount = 0;
    for (int j = 0; j < d; j++) {
      int q = network.neighbour(id, j);
      byte s = status[q];
      if (s == MEMBER) {
        memberSum += perHa[q];
        memberCount++;
      } else if (s == NON_MEMBER) {
        otherSum += perHa[q];
        otherCount++;
      }
    }
    memberMean = memberCount == 0 ? Double.NaN : memberSum / memberCount;
    nonMemberMean = otherCount == 0 ? Double.NaN : otherSum / otherCount;
  }

  /** Mean income per ha of the last observed producer's member neighbours; NaN if none. */
  double memberMean() {
    return memberMean;
  }

  /** Mean income per ha of the last observed producer's active non-member neighbours. */
  double nonMemberMean() {
    return nonMemberMean;
  }
}
