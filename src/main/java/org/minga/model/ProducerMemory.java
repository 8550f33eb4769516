package org.minga.model;

/**
 * What an early read of a producer's memory reads ({@link ReadAhead} says when). In a large model
 * each visit in a random order misses the cache several times (the producer object spans four to
 * five cache lines, plus its delivery ring, its network links and its entries in the dense
 * per-household arrays); reading one field on each of those lines first lets the misses overlap.
 */
final class ProducerMemory {
  private ProducerMemory() {}

  /** Reads a field on each cache line of the producer object, and its delivery ring. */
  static double touch(Producer p) {
    // HotSpot lays out fields by size (doubles, then ints, then bytes, then references), in
    // declaration order within a size; objects start on 8-byte boundaries. Fields less than 64
    // bytes apart from the first to the last put a read on every cache line of the object
    // (checked for the 23 doubles, 16 ints and a float, and 7 bytes of this version: about 280
    // bytes, five lines).
    return p.x()
        + p.capability()
        + p.stock()
        + p.deliveryRecord()
        + p.incomeMonth()
        + p.inputCostMonth()
        + p.cooperative()
        + p.mainChannelCode()
        + p.deliveredInSlot(0);
  }

  /**
   * Reads the producer's entries in the dense per-household arrays that random-order passes use
   * (this month's bills; credit refusals), which miss the cache as the object does.
   */
  static double touchBills(MingaModel m, int id) {
    return m.bills.inputCost(id) + m.bills.expenses(id) + m.records.refusedUntil[id];
  }
}
