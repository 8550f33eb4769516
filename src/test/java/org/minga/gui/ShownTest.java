package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Inspectors show rounded numbers with their units, never raw doubles. */
class ShownTest {
  @Test
  void numbersCarryTheirUnits() {
    assertEquals("1,235 USD", Shown.usd(1234.56));
    assertEquals("-12 USD", Shown.usd(-12.4));
    assertEquals("3.2 ha", Shown.hectares(3.2456));
    assertEquals("0.62 of 1", Shown.score(0.6234));
    assertEquals("45%", Shown.percent(0.4504));
    assertEquals("n/a", Shown.percent(Double.NaN));
  }
}
