/**
 * Named random streams (docs/model.md, "Randomness"): every source of randomness in a run draws
 * from its own stream, derived from the run's seed and the stream's name and, for per-agent or
 * per-month draws, from the agent's id and the step. Changing one part of a scenario therefore
 * leaves the random numbers of every other part untouched (common random numbers).
 *
 * <p>The generator is Philox4x64-10 (Salmon et al. 2011, "Parallel random numbers: as easy as 1, 2,
 * 3"), a counter-based generator: its output is a keyed bijection of a 256-bit counter, so distinct
 * keys give independent sequences and distinct counters give distinct blocks. Sequential streams
 * are Apache Commons RNG's {@code Philox4x64}; keyed single draws evaluate the same function at one
 * counter without allocating ({@link org.minga.model.random.PhiloxBlock}, tested bit for bit
 * against the library).
 */
package org.minga.model.random;
