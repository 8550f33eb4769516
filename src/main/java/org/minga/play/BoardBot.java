package org.minga.play;

import org.minga.model.BoardSituation;
import org.minga.model.Decision;
import org.minga.model.random.RandomStream;

/**
 * A simulated cooperative board. It keeps the scenario's advance rule; it cuts the advance share
 * when the reserve is under three months of fixed costs (more the more cautious it is) and raises
 * it a little above a year's; it sells forward more of the expected volume while the reserve is
 * positive (less when cautious) and half the scenario's share otherwise; and it keeps six to
 * eighteen months of fixed costs in reserve, by caution.
 */
final class BoardBot extends Bot {
  /** From 0 (bold) to 1 (cautious). */
  private final double caution;

  BoardBot(String name, int cooperative, RandomStream draws) {
    super(name, cooperative, draws);
    caution = draws.nextDouble();
  }

  @Override
  public Decision.Role role() {
    return Decision.Role.BOARD;
  }

  @Override
  double choose(Decision d, Screen screen) {
    BoardSituation b = screen.board();
    boolean low = Double.isNaN(b.reserveMonths()) ? b.reserve() < 0 : b.reserveMonths() < 3;
    return switch (d) {
      case ADVANCE_RULE -> b.rule().ordinal();
      case ADVANCE_SHARE ->
          slider(
              b.advanceShare() + (low ? -0.1 * (1 + caution) : b.reserveMonths() > 12 ? 0.05 : 0));
      case FORWARD_SHARE ->
          slider(
              b.reserve() > 0
                  ? b.forwardShare() + 0.2 * (1 - caution) - 0.1
                  : 0.5 * b.forwardShare());
      case RESERVE_MONTHS -> Math.round(6 + 12 * caution);
      default -> throw new IllegalArgumentException("a board does not decide " + d.id());
    };
  }
}
