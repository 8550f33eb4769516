package org.minga.play.web;

import org.minga.model.Decision;

/**
 * A place at the session's table: a household or a cooperative's board, played by a person who
 * joins with the code or by a bot.
 *
 * @param name the player's name in decisions.csv ({@code player-3}, {@code board}, {@code bot-2})
 * @param agent the household's id, or the cooperative's index for a board
 */
public record Seat(String name, Decision.Role role, int agent, boolean bot) {}
