package org.minga.play;

import org.minga.model.Decision;
import org.minga.model.Situation;
import org.minga.model.random.RandomStream;

/**
 * A simulated household player. It delivers its whole crop to the cooperative unless the trader
 * pays more than its tolerance above the cooperative's advance and expected remainder, and then
 * delivers only a part; it borrows from its cooperative first (as a non-member, from the public
 * programme), falling back on the model's lender, and a cautious one does not borrow more while in
 * debt; at the assembly it stays as it is unless its yearly income fell by a tenth since the last
 * one, when a member leaves and an outsider joins.
 */
final class HouseholdBot extends Bot {
  private static final double NONE = Decision.LENDER.parse("none");
  private static final double COOPERATIVE = Decision.LENDER.parse("cooperative");
  private static final double PUBLIC = Decision.LENDER.parse("public");

  /** How much more than the cooperative the trader must pay to draw its crop away. */
  private final double tolerance;

  /** Share still delivered when the trader pays more. */
  private final double partial;

  private final boolean cautious;

  /** Its income over the year before the last assembly it saw (NaN before the first). */
  private double incomeAtAssembly = Double.NaN;

  HouseholdBot(String name, int household, RandomStream draws) {
    super(name, household, draws);
    tolerance = 0.05 + 0.25 * draws.nextDouble();
    partial = slider(0.5 * draws.nextDouble());
    cautious = draws.chance(0.3);
  }

  @Override
  public Decision.Role role() {
    return Decision.Role.HOUSEHOLD;
  }

  @Override
  double choose(Decision d, Screen screen) {
    Situation s = screen.household();
    return switch (d) {
      case DELIVERY ->
          s.traderPrice() > (1 + tolerance) * (s.advance() + s.remainder()) ? partial : 1;
      case LENDER -> cautious && s.debt() > 0 ? NONE : s.member() ? COOPERATIVE : PUBLIC;
      case MEMBERSHIP -> {
        boolean fell = s.income12() < 0.9 * incomeAtAssembly; // false before the first
        incomeAtAssembly = s.income12();
        yield !fell ? Decision.STAY : s.member() ? Decision.LEAVE : Decision.JOIN;
      }
      default -> throw new IllegalArgumentException("a household does not decide " + d.id());
    };
  }
}
