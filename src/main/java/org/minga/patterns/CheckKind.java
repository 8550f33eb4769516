package org.minga.patterns;

/**
 * The three kinds of check, reported in separate sections (pattern-oriented modelling keeps what a
 * model was fitted to apart from what it is judged on).
 */
public enum CheckKind {
  /** A value the scenarios were fitted to; reported with the fitting method and seeds. */
  CALIBRATION("Calibration targets", "calibration"),
  /**
   * A stylised fact never used to choose a parameter, emerging from several mechanisms rather than
   * read off one equation; judged with an ablation arm and a robustness figure.
   */
  VALIDATION("Validation facts", "validation"),
  /**
   * An identity of one mechanism (switching it on moves its output the way its equation says):
   * worth keeping as a test, not evidence that the model is right.
   */
  MECHANISM("Mechanism checks", "mechanism");

  private final String heading;
  private final String label;

  CheckKind(String heading, String label) {
    this.heading = heading;
    this.label = label;
  }

  /** Section heading in the report. */
  public String heading() {
    return heading;
  }

  /** Lower-case name in tables and CSV. */
  public String label() {
    return label;
  }
}
