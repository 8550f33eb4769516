package org.minga.gui;

import org.minga.model.MingaModel;
import org.minga.model.Policies;

/**
 * What MASON's model inspector (the Console's "Model" tab) shows and edits live: the run's state at
 * a glance and every policy lever, each switchable between the scenario's timing, on and off. The
 * scenario's numbers are immutable records the model was built from; to change them, edit the YAML
 * and reload (the window's File menu).
 *
 * <p>Property methods follow MASON's conventions: {@code getX}/{@code setX} pairs, and {@code domX}
 * returning the choices of a pop-up list.
 */
public final class LiveControls {
  private static final String[] CHOICES = {"scenario timing", "on", "off"};
  private final MingaGui gui;

  LiveControls(MingaGui gui) {
    this.gui = gui;
  }

  private MingaModel model() {
    return gui.model();
  }

  public int getMonth() {
    return model().completedSteps();
  }

  public String getWorldPriceUsdPerUnit() {
    return String.format(java.util.Locale.ROOT, "%,.2f USD", model().worldPrice());
  }

  public int getProducers() {
    return model().producerCount();
  }

  public long getSeed() {
    return model().seed();
  }

  /**
   * The levers in force this month, each with why: switched on in the window, or its scenario
   * timing (months from start to end); "none" when none is. The menus below say what each lever
   * follows; this says what is true now.
   */
  public String getLeversInForceNow() {
    java.util.List<String> on = new java.util.ArrayList<>();
    for (Policies.Lever l : Policies.Lever.values()) {
      if (model().policies().inForce(l)) {
        on.add(
            org.minga.chart.ScenarioEvents.leverName(l.ordinal())
                + " ("
                + LeverStatus.of(model(), l).detail()
                + ")");
      }
    }
    return on.isEmpty() ? "none" : String.join(", ", on);
  }

  private int get(Policies.Lever l) {
    return model().policies().overrideOf(l).ordinal();
  }

  private void set(Policies.Lever l, int choice) {
    if (choice >= 0 && choice < CHOICES.length) {
      gui.setLever(l, Policies.Override.values()[choice]);
    }
  }

  public int getTechnicalAssistance() {
    return get(Policies.Lever.TECHNICAL_ASSISTANCE);
  }

  public void setTechnicalAssistance(int v) {
    set(Policies.Lever.TECHNICAL_ASSISTANCE, v);
  }

  public Object domTechnicalAssistance() {
    return CHOICES;
  }

  public int getPublicCredit() {
    return get(Policies.Lever.PUBLIC_CREDIT);
  }

  public void setPublicCredit(int v) {
    set(Policies.Lever.PUBLIC_CREDIT, v);
  }

  public Object domPublicCredit() {
    return CHOICES;
  }

  public int getPromotion() {
    return get(Policies.Lever.PROMOTION);
  }

  public void setPromotion(int v) {
    set(Policies.Lever.PROMOTION, v);
  }

  public Object domPromotion() {
    return CHOICES;
  }

  public int getTaxDeduction() {
    return get(Policies.Lever.TAX_DEDUCTION);
  }

  public void setTaxDeduction(int v) {
    set(Policies.Lever.TAX_DEDUCTION, v);
  }

  public Object domTaxDeduction() {
    return CHOICES;
  }

  public int getCofinancing() {
    return get(Policies.Lever.COFINANCING);
  }

  public void setCofinancing(int v) {
    set(Policies.Lever.COFINANCING, v);
  }

  public Object domCofinancing() {
    return CHOICES;
  }

  public int getMatchingGrants() {
    return get(Policies.Lever.MATCHING_GRANTS);
  }

  public void setMatchingGrants(int v) {
    set(Policies.Lever.MATCHING_GRANTS, v);
  }

  public Object domMatchingGrants() {
    return CHOICES;
  }

  public int getPriceFloor() {
    return get(Policies.Lever.PRICE_FLOOR);
  }

  public void setPriceFloor(int v) {
    set(Policies.Lever.PRICE_FLOOR, v);
  }

  public Object domPriceFloor() {
    return CHOICES;
  }

  public int getInfrastructure() {
    return get(Policies.Lever.INFRASTRUCTURE);
  }

  public void setInfrastructure(int v) {
    set(Policies.Lever.INFRASTRUCTURE, v);
  }

  public Object domInfrastructure() {
    return CHOICES;
  }

  public int getLiberalisation() {
    return get(Policies.Lever.LIBERALISATION);
  }

  public void setLiberalisation(int v) {
    set(Policies.Lever.LIBERALISATION, v);
  }

  public Object domLiberalisation() {
    return CHOICES;
  }

  public int getCertificationSupport() {
    return get(Policies.Lever.CERTIFICATION_SUPPORT);
  }

  public void setCertificationSupport(int v) {
    set(Policies.Lever.CERTIFICATION_SUPPORT, v);
  }

  public Object domCertificationSupport() {
    return CHOICES;
  }
}
