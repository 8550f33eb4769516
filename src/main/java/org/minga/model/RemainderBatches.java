package org.minga.model;

/**
 * A cooperative's monthly batches awaiting their remainder (docs/model.md 7.6). A month's
 * deliveries form one batch: their volume, the advances paid on them, what the month's pooled sale
 * brought net of per-unit costs, the volume weighted by members' sharing weights ({@link
 * EliteCapture}) and the remainder members were promised. A batch sits in slot {@code step %
 * length} from its month until it falls due the payment delay later, when it is settled and its
 * slot emptied: delay + 1 slots hold every batch not yet due and the one due now.
 *
 * <p>Invariant: a slot holds a batch while its volume is positive; an empty slot is all zeros (a
 * batch starts with a delivery, and settling it or dissolving the cooperative empties it). The
 * model changes it only through its cooperative's {@link MemberPayments}.
 */
final class RemainderBatches {
  private final double[] volume;
  private final double[] advances;
  private final double[] revenue;
  private final double[] weight;
  private final double[] promised;

  /** Batches for a cooperative that pays remainders {@code delay} months after delivery. */
  RemainderBatches(int delay) {
    int ring = delay + 1;
    volume = new double[ring];
    advances = new double[ring];
    revenue = new double[ring];
    weight = new double[ring];
    promised = new double[ring];
  }

  /** Number of slots: the payment delay + 1 (members' delivery records have as many). */
  int length() {
    return volume.length;
  }

  /** The slot of the batch delivered at {@code step}. */
  int slotOf(int step) {
    return step % volume.length;
  }

  /** The slot of the batch that falls due at {@code step}: the one delivered delay months ago. */
  int dueSlot(int step) {
    return (step + 1) % volume.length;
  }

  /**
   * Adds a delivery of {@code q} to the batch in {@code slot}: the advance paid on it, its volume
   * weighted by the member's sharing weight and the remainder the member was promised.
   */
  void book(int slot, double q, double advanced, double weightedVolume, double promisedRemainder) {
    volume[slot] += q;
    advances[slot] += advanced;
    weight[slot] += weightedVolume;
    promised[slot] += promisedRemainder;
  }

  /** Adds what the month's pooled sale brought, net of per-unit costs, to the batch in slot. */
  void addRevenue(int slot, double net) {
    revenue[slot] += net;
  }

  /** Empties a slot (its batch settled, or it held none). */
  void clear(int slot) {
    volume[slot] = 0;
    advances[slot] = 0;
    revenue[slot] = 0;
    weight[slot] = 0;
    promised[slot] = 0;
  }

  /** Empties every slot: the batches are never settled (the cooperative dissolved). */
  void clearAll() {
    for (int k = 0; k < volume.length; k++) {
      clear(k);
    }
  }

  /** Whether any batch still awaits its remainder. */
  boolean anyPending() {
    for (double v : volume) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }

  /** Volume delivered in the batch. */
  double volume(int slot) {
    return volume[slot];
  }

  /** Advances paid on the batch. */
  double advances(int slot) {
    return advances[slot];
  }

  /** What the batch's sale brought, net of per-unit costs. */
  double revenue(int slot) {
    return revenue[slot];
  }

  /** The batch's volume weighted by its deliverers' sharing weights. */
  double weight(int slot) {
    return weight[slot];
  }

  /** The remainder promised on the batch at delivery (volume x expected remainder). */
  double promised(int slot) {
    return promised[slot];
  }
}
