package org.minga.scenario;

import java.util.Arrays;

/**
 * Producers read from {@code territory.file} (layout {@code csv}): one entry per CSV row, in file
 * order. Positions are required; each optional column is null when the file lacks it (the model
 * then draws that attribute from the scenario's distribution). Arrays are copied in and out, so a
 * table can be shared between runs safely; read them once, not per step.
 */
public record ProducerTable(
    double[] xKm,
    double[] yKm,
    double[] areaHa,
    double[] yieldPerHa,
    double[] quality,
    double[] cash,
    double[] offFarmIncome) {

  public ProducerTable {
    if (xKm == null || yKm == null || xKm.length != yKm.length) {
      throw new IllegalArgumentException("x_km and y_km are required and of equal length");
    }
    xKm = xKm.clone();
    yKm = yKm.clone();
    areaHa = copy(areaHa);
    yieldPerHa = copy(yieldPerHa);
    quality = copy(quality);
    cash = copy(cash);
    offFarmIncome = copy(offFarmIncome);
  }

  /** Number of producers (CSV rows). */
  public int size() {
    return xKm.length;
  }

  private static double[] copy(double[] a) {
    return a == null ? null : a.clone();
  }

  @Override
  public double[] xKm() {
    return xKm.clone();
  }

  @Override
  public double[] yKm() {
    return yKm.clone();
  }

  @Override
  public double[] areaHa() {
    return copy(areaHa);
  }

  @Override
  public double[] yieldPerHa() {
    return copy(yieldPerHa);
  }

  @Override
  public double[] quality() {
    return copy(quality);
  }

  @Override
  public double[] cash() {
    return copy(cash);
  }

  @Override
  public double[] offFarmIncome() {
    return copy(offFarmIncome);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProducerTable t
        && Arrays.equals(xKm, t.xKm)
        && Arrays.equals(yKm, t.yKm)
        && Arrays.equals(areaHa, t.areaHa)
        && Arrays.equals(yieldPerHa, t.yieldPerHa)
        && Arrays.equals(quality, t.quality)
        && Arrays.equals(cash, t.cash)
        && Arrays.equals(offFarmIncome, t.offFarmIncome);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xKm) * 31 + Arrays.hashCode(yKm);
  }

  @Override
  public String toString() {
    return "ProducerTable[" + size() + " producers]";
  }
}
