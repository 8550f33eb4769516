package org.minga.scenario.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one scenario key on a configuration record component. The schema (validation, {@code
 * describe}, the reference doc, the resolved YAML) is derived from these annotations by reflection,
 * so each key's default, range, unit and meaning is written exactly once.
 *
 * <p>The YAML key is the component name in snake_case ({@code advanceShare} -> {@code
 * advance_share}). A component whose type is itself a record is a section: it needs no {@code def},
 * its keys default one by one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
  /** What the key means, one or two sentences, for students. */
  String doc();

  /** Unit in plain words ("ha", "share 0-1", "months", "USD/qq"); empty for unitless. */
  String unit() default "";

  /**
   * Default in YAML syntax ("0.35", "true", "mean_reverting", "[]", "{dist: normal, mean: 3, sd:
   * 1}"). Empty means the key has no default and is required (unless the type is a record).
   */
  String def() default "";

  /** Inclusive lower bound for numbers (and for list sizes). */
  double min() default Double.NEGATIVE_INFINITY;

  /** Inclusive upper bound for numbers (and for list sizes). */
  double max() default Double.POSITIVE_INFINITY;

  /**
   * Lowest value that makes sense in a scenario (inclusive). A value between {@code min} and this
   * one is accepted, with a warning: it is valid but more likely a slip (a percent written for a
   * share, 55 for a 55% crash).
   */
  double plausibleMin() default Double.NEGATIVE_INFINITY;

  /** Highest value that makes sense in a scenario (inclusive); see {@link #plausibleMin}. */
  double plausibleMax() default Double.POSITIVE_INFINITY;

  /**
   * The key whose value the plausible range is a multiple of, for amounts that scale with it:
   * {@code "prices.base"} makes {@code plausibleMax = 2} mean "at most twice the base price".
   * Empty: the range is absolute.
   */
  String plausibleOf() default "";

  /**
   * Where the default comes from: a citation ("[Key, location]", keys in docs/sources.md) or
   * "assumption: why". Shown by describe.
   */
  String source() default "";
}
