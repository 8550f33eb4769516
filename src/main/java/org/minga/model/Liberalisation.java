package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.scenario.PolicyConfig;

/**
 * Trade liberalisation (docs/model.md 7.10; [MunozViana-nd, ch. 6, “Impactos del contexto y de las
 * políticas globales…”], [AIRCajamarca-nd, part II “Los retos de la AIR frente a la
 * globalización”]): over the phase-out cheaper imports lower the domestic price, a quality standard
 * rises, output meeting it earns an export gain and output below it a penalty. Creates winners and
 * losers.
 */
final class Liberalisation {
  private Liberalisation() {}

  /** How far the phase-out has gone, 0 (not started) to 1 (complete). */
  static double progress(MingaModel m) {
    if (!m.policies.inForce(Lever.LIBERALISATION)) {
      return 0;
    }
    PolicyConfig.Liberalisation l = m.sc.policies().liberalisation();
    return Math.min(
        1.0, (m.policies.monthsInForce(Lever.LIBERALISATION, m.step) + 1.0) / l.phaseOutMonths());
  }

  /** Factor on the world price for domestic buyers (intermediaries, fairs). */
  static double domesticFactor(MingaModel m) {
    return 1 - m.sc.policies().liberalisation().importPriceCut() * progress(m);
  }

  /** Factor on export prices for output of a given quality. */
  static double exportFactor(MingaModel m, double quality) {
    double prog = progress(m);
    if (prog == 0) {
      return 1;
    }
    PolicyConfig.Liberalisation l = m.sc.policies().liberalisation();
    return quality >= l.qualityStandard() * prog
        ? 1 + l.exportGain() * prog
        : 1 - l.penalty() * prog;
  }
}
