package org.minga.model;

/**
 * Every producer's main channel by id (-1 for none), mirroring {@code Producer.mainChannel}, and
 * the last count of one producer's neighbours by channel. The social term reads the channel of
 * every neighbour: a dense byte array stays in cache where producer objects spread over the heap do
 * not; and a producer's choice asks for up to four channels before any neighbour's channel can
 * change, so one pass over its neighbours counts them all. Written only through {@link #set}, which
 * keeps the mirror in step and drops the count. One per model, made at the start.
 */
final class MainChannels {
  private final SocialNetwork network;
  private final byte[] byId;

  /** Whose neighbours {@link #counts} counts (-1: none). */
  private int countsOf = -1;

  /** Those counts, packed as {@link SocialNetwork#channelCounts} returns them. */
  private long counts;

  MainChannels(SocialNetwork network, Producer[] producers) {
    this.network = network;
    byId = new byte[producers.length];
    for (Producer p : producers) {
      byId[p.id] = p.mainChannelCode();
    }
  }

  /** Sets a producer's main channel (-1 for none). */
  void set(Producer p, byte channel) {
    p.recordMainChannel(channel);
    byId[p.id] = channel;
    countsOf = -1; // a neighbour's channel changed: counted shares are stale
  }

  /** How many of producer {@code id}'s neighbours sell mainly through {@code c}. */
  int neighboursSelling(int id, Channel c) {
    if (countsOf != id) {
      counts = network.channelCounts(id, byId);
      countsOf = id;
    }
    return SocialNetwork.countOf(counts, c.ordinal());
  }

  /** The same count, read afresh (between steps, leaving the choice's count as it is). */
  int neighboursSellingNow(int id, Channel c) {
    return SocialNetwork.countOf(network.channelCounts(id, byId), c.ordinal());
  }
}
