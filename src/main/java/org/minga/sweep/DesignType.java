package org.minga.sweep;

import java.util.Locale;

/** The experimental designs a sweep file can ask for. */
public enum DesignType {
  /** Full factorial over every parameter's levels. */
  GRID,
  /** Independent uniform draws in the unit hypercube. */
  RANDOM,
  /** Latin hypercube: each parameter's range cut into as many strata as samples. */
  LHS,
  /** Saltelli sampling on a Sobol sequence, for first- and total-order Sobol indices. */
  SOBOL,
  /** Morris trajectories, for elementary effects (mu*, sigma). */
  MORRIS;

  /** The word used in sweep files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
