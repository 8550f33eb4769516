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
    // HotSpot lays out a superclass's fields before its subclass's (Household, HouseholdAccounts,
    // FarmingHousehold, then Producer: one object), a subclass's small fields filling gaps left
    // above; within a class by size (doubles, then ints, then bytes, then references), in
    // declaration order within a size; objects start on 8-byte boundaries. Reads less than 64
    // bytes apart, from the first field to the last, put one on every cache line of the object
    // (checked with Unsafe.objectFieldOffset on JDK 17 for the 20 doubles, 9 ints, a float, 7
    // bytes and 2 references of this version: 232 bytes, four or five lines; offsets: x 16,
    // offFarmIncome 72, incomeMonth 120, stock 144, mainChannel 173, deliveryRecord 184,
    // cooperative 216, deliveryRing 224).
    return p.x()
        + p.offFarmIncome()
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
    return m.bills.inputCost(id) + m.bills.expenses(id) + m.records.refusedUntil(id);
  }
}
