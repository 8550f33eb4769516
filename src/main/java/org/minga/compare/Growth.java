package org.minga.compare;

/**
 * How a comparison's replicates were chosen: a fixed count, or grown until every interval of the
 * focus metrics was at most {@code width} wide.
 *
 * @param cap the most replicates growth could reach
 * @param reached whether the widest interval came within {@code width}
 * @param widest the widest focus interval at the end
 */
public record Growth(boolean growing, double width, int cap, boolean reached, double widest) {}
