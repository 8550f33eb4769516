package org.minga.scenario.schema;

/**
 * Collects consistency problems of one record. Key paths are relative to the record being checked
 * ("harvest_months[2]", "shocks[0].at"); the validator prefixes the record's own path and maps the
 * path to the file, line and column where the key was written.
 */
public interface Problems {
  /** Records that {@code relativeKey} is wrong: {@code message} says what and what is allowed. */
  void add(String relativeKey, String message);

  /** The whole scenario's horizon in steps (months), for checks such as "shock after horizon". */
  int horizonSteps();
}
