package org.minga.chart;

/**
 * Something that happened at a step and is marked on every time axis: a price or yield shock, a
 * policy lever switching on or off, a firm entering or leaving, a channel closing.
 *
 * @param step the step (month from 0) it takes effect
 * @param label a short description, e.g. "price crash x0.55 for 18 months"
 */
public record ChartEvent(int step, String label) {}
