package org.minga.model.random;

/**
 * Every source of randomness of a run, one stream each. The stream's key is derived from its {@link
 * #id} text (never from the constant's position), so adding a stream moves no other. docs/model.md
 * lists them with what draws from each.
 */
public enum StreamName {
  /** The world price process (one sequence over the run). */
  WORLD_PRICE("world-price"),
  /** Village centres of a clustered territory. */
  TERRITORY("territory"),
  /** Each producer's position and initial attributes (one sequence per producer id). */
  PRODUCER_ATTRIBUTES("producer-attributes"),
  /** Small-world rewiring of each producer's links (one sequence per producer id). */
  SOCIAL_NETWORK("social-network"),
  /** Who is a member of a cooperative at the start (keyed by producer). */
  INITIAL_MEMBERSHIP("initial-membership"),
  /** Each cooperative's governance, transparency, certification, buyer contract (by index). */
  COOPERATIVE_ATTRIBUTES("cooperative-attributes"),
  /** Where each intermediary sets up (one sequence per intermediary index). */
  INTERMEDIARY_PLACEMENT("intermediary-placement"),
  /** The order producers are visited in each month (one sequence per step). */
  VISIT_ORDER("visit-order"),
  /** Whether a cooperative detects a member's side-selling, and expels (keyed). */
  SIDE_SELLING("side-selling"),
  /** Whether a firm detects a contract farmer's diversion (keyed). */
  CONTRACT_BREACH("contract-breach"),
  /** Mismanagement events in cooperatives (keyed by cooperative). */
  TRUST("trust"),
  /** Yearly joining and leaving decisions (keyed by producer). */
  MEMBERSHIP("membership"),
  /** Spontaneous cooperative formation: where groups try to form (one sequence per step). */
  FORMATION("formation"),
  /** A state programme creating cooperatives: where, and who enrols. */
  STATE_PROGRAMME("state-programme"),
  /** Intermediaries entering: where (one sequence per step). */
  INTERMEDIARY_ENTRY("intermediary-entry"),
  /** Producers accepting a firm's contract offer (keyed by producer). */
  FIRM_SELECTION("firm-selection"),
  /** Households coming back to farming (keyed by producer). */
  LEAVING_FARMING("leaving-farming"),
  /** Certification obtained under a support programme (keyed by cooperative). */
  CERTIFICATION("certification"),
  /** A cooperative winning a buyer contract (keyed by cooperative). */
  BUYER_CONTRACTS("buyer-contracts"),
  /** Seasonal groups re-forming: who returns and who is new (keyed by producer). */
  SEASONAL_GROUPS("seasonal-groups"),
  /** Lumpy household expenses: health shocks and the like (keyed by producer). */
  HOUSEHOLD_SHOCKS("household-shocks"),
  /**
   * Simulated players of a participatory session (one sequence per player): their strategies,
   * response times and time-outs. The model never draws from it.
   */
  BOTS("bots");

  private final String id;
  private final long key;

  StreamName(String id) {
    this.id = id;
    this.key = keyOf(id);
  }

  /** The stream's stable name, as documented. */
  public String id() {
    return id;
  }

  /** The stream's half of the generator key: a 64-bit hash of its name. */
  long key() {
    return key;
  }

  /** FNV-1a over the name's characters, then a 64-bit finaliser so similar names spread. */
  static long keyOf(String name) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
