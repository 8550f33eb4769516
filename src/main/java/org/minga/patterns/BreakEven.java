package org.minga.patterns;

/**
 * Where a cooperative's yearly reserve change crosses zero as its membership grows: the break-even
 * membership of the viability threshold ([MunozViana-nd, ch. 3 “Asociatividad de los pequeños
 * productores”]).
 */
final class BreakEven {
  private BreakEven() {}

  /**
   * The first crossing from a falling to a non-falling reserve, by linear interpolation between the
   * sizes tried; the smallest size when the reserve never falls; +Infinity when it always falls
   * (break-even beyond the sizes tried).
   *
   * @param members sizes tried, increasing
   * @param changes yearly reserve change at each size
   */
  static double members(int[] members, double[] changes) {
    if (changes[0] >= 0) {
      return members[0];
    }
    for (int i = 1; i < members.length; i++) {
      if (changes[i] >= 0) {
        double f = -changes[i - 1] / (changes[i] - changes[i - 1]);
        return members[i - 1] + f * (members[i] - members[i - 1]);
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
