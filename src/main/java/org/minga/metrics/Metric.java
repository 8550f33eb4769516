package org.minga.metrics;

/**
 * One column of the per-step metrics: its snake_case name, what it means, its unit and the
 * window it is measured over. Outputs, charts and the window all read the same list.
 */
public record Metric(String name, String description, String unit, String window) {}
