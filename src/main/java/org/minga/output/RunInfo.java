package org.minga.output;

/**
 * Facts about one completed run, written at the top of summary.json.
 *
 * @param mingaVersion the Minga version that ran it ("dev" outside a packaged jar)
 * @param scenarioName the scenario's {@code name}
 * @param sourceFile the scenario file as given on the command line
 * @param seed the seed actually used
 * @param steps the steps run
 * @param producers producer households at the start
 * @param wallTimeSeconds wall-clock time of the simulation, seconds
 */
public record RunInfo(
    String mingaVersion,
    String scenarioName,
    String sourceFile,
    long seed,
    int steps,
    int producers,
    double wallTimeSeconds) {}
