package org.minga.metrics;

import org.minga.model.Channel;
import org.minga.model.HouseholdPanel;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * One calendar year of the households panel: row {@code k} is the k-th chosen household, read
 * straight from the model and its {@link HouseholdPanel} (nothing is copied, so a million
 * households cost no memory here). Valid only during {@link HouseholdYearObserver#onYear}.
 */
public final class HouseholdYear {
  /** Column names of households.csv, in order. */
  public static final String[] COLUMNS = {
    "year", "household", "area_ha", "region", "cooperative", "volume_intermediary",
    "volume_cooperative", "volume_contract", "volume_local", "side_sold", "cash", "debt",
    "income", "defaulted", "active"
  };

  private final MingaModel m;
  private final HouseholdPanel panel;
  private final int[] ids;

  HouseholdYear(MingaModel m, HouseholdPanel panel, int[] ids) {
    this.m = m;
    this.panel = panel;
    this.ids = ids;
  }

  /** The calendar year the rows cover. */
  public int year() {
    return m.year();
  }

  /** Number of rows (chosen households). */
  public int size() {
    return ids.length;
  }

  public int household(int k) {
    return ids[k];
  }

  public double areaHa(int k) {
    return producer(k).area();
  }

  /** Index of the nearest village centre (village cluster). */
  public int region(int k) {
    return m.regionOf(ids[k]);
  }

  /** Index of its cooperative at year end, or -1 for none. */
  public int cooperative(int k) {
    return producer(k).cooperative();
  }

  /** Units sold during the year to intermediaries. */
  public double volumeIntermediary(int k) {
    return panel.volume(ids[k], Channel.INTERMEDIARY);
  }

  /** Units delivered during the year to its cooperative. */
  public double volumeCooperative(int k) {
    return panel.volume(ids[k], Channel.COOPERATIVE);
  }

  /** Units delivered during the year to a firm under contract. */
  public double volumeContract(int k) {
    return panel.volume(ids[k], Channel.CONTRACT);
  }

  /** Units sold during the year at the local market. */
  public double volumeLocal(int k) {
    return panel.volume(ids[k], Channel.LOCAL_MARKET);
  }

  /** Units of its committed cooperative volume sold elsewhere during the year. */
  public double sideSold(int k) {
    return panel.sideSold(ids[k]);
  }

  public double cash(int k) {
    return producer(k).cash();
  }

  public double debt(int k) {
    return producer(k).debt();
  }

  /** Net income of the calendar year (of its months run so far, for a partial last year). */
  public double income(int k) {
    return panel.income(ids[k]);
  }

  public boolean defaulted(int k) {
    return producer(k).defaultedThisYear();
  }

  public boolean active(int k) {
    return producer(k).isActive();
  }

  private Producer producer(int k) {
    return m.producer(ids[k]);
  }
}
