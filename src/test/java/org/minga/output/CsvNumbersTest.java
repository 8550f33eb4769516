package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {
  @Test
  void wholeNumbersHaveNoDecimals() {
    assertEquals("0", CsvNumbers.format(0.0));
    assertEquals("2000", CsvNumbers.format(2000.0));
    assertEquals("12", CsvNumbers.format(12));
    assertEquals("1234567", CsvNumbers.format(1234567.0));
    assertEquals("5000000", CsvNumbers.format(5_000_000));
  }

  @Test
  void negativeNumbers() {
    assertEquals("-3", CsvNumbers.format(-3.0));
    assertEquals("-0.05", CsvNumbers.format(-0.05));
    assertEquals("-123.457", CsvNumbers.format(-123.4567));
    assertEquals("0", CsvNumbers.format(-0.0));
  }

  @Test
  void nanIsNaAndInfinitiesAreInf() {
    assertEquals("NA", CsvNumbers.format(Double.NaN));
    assertEquals("Inf", CsvNumbers.format(Double.POSITIVE_INFINITY));
    assertEquals("-Inf", CsvNumbers.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void roundsToSixSignificantDigitsHalfUp() {
    assertEquals("0.333333", CsvNumbers.format(1.0 / 3));
    assertEquals("0.666667", CsvNumbers.format(2.0 / 3));
    assertEquals("3.14159", CsvNumbers.format(Math.PI));
    assertEquals("1234570", CsvNumbers.format(1234567.5));
    assertEquals("0.123457", CsvNumbers.format(0.1234565));
    assertEquals("2.5", CsvNumbers.format(2.5));
    assertEquals("0.1", CsvNumbers.format(0.1));
  }

  @Test
  void writesNoExponentDownToAMillionth() {
    assertEquals("0.0000012", CsvNumbers.format(1.2e-6));
    assertEquals("0.000001", CsvNumbers.format(1e-6));
    assertEquals("123457000000000000000", CsvNumbers.format(1.23456789e20));
    assertEquals("1000000000000000", CsvNumbers.format(1e15));
  }

  @Test
  void tinyResiduesUseAnExponentInsteadOfManyZeros() {
    assertEquals("5.25803e-18", CsvNumbers.format(5.258031e-18));
    assertEquals("-1.23457e-10", CsvNumbers.format(-1.23456789e-10));
    assertEquals("1e-7", CsvNumbers.format(1e-7));
  }

  @Test
  void ignoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // decimal comma
      assertEquals("1.5", CsvNumbers.format(1.5));
      assertEquals("1234.5", CsvNumbers.format(1234.5));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void decimalsForJsonFollowTheSameRule() {
    assertEquals(new BigDecimal("2000"), CsvNumbers.toDecimal(2000.0));
    assertEquals(new BigDecimal("0.333333"), CsvNumbers.toDecimal(1.0 / 3));
    assertNull(CsvNumbers.toDecimal(Double.NaN));
    assertNull(CsvNumbers.toDecimal(Double.POSITIVE_INFINITY));
  }
}
