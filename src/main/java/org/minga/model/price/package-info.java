/**
 * The world (reference) price of docs/model.md section 7.1: one stochastic process chosen by the
 * scenario, a seasonal multiplier by calendar month, and multiplicative shocks (scheduled in the
 * scenario or injected at run time from the workshop window).
 *
 * <p>The model talks only to {@link org.minga.model.price.WorldPrice}; the processes behind it are
 * package-private so they can change without touching the model. All randomness comes from the
 * run's world-price stream ({@code StreamName.WORLD_PRICE}); nothing here allocates once a run has
 * started.
 */
package org.minga.model.price;
