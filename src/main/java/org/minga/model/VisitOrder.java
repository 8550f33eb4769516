package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;

/**
 * The random order of the passes in which order matters (lenders' funds run out; a seller's
 * neighbours see its new channel): each pass draws its own order every month, from the visit-order
 * sub-stream of (step, pass), and shuffles only the producers it visits, so a month in which few
 * sell or borrow costs little. One per model, made at the start; {@link #order} holds the ids of
 * the pass under way.
 */
final class VisitOrder {
  /** The CREDIT pass over borrowers, who read only their own state. */
  static final int CREDIT_PASS = 0;

  /** The CHANNEL_CHOICE pass over sellers, whose social term reads their neighbours' channels. */
  static final int CHOICE_PASS = 1;

  /** What a pass does to one producer. */
  interface Visit {
    void visit(MingaModel m, Producer p);
  }

  private final MingaModel m;

  /** One reused stream, moved to the sub-stream of each (step, pass). */
  private final RandomStream draws;

  /** The ids a pass visits, shuffled in place (its first count entries). */
  private final int[] order;

  /** The shuffle's swap positions, drawn a batch ahead. */
  private final int[] swapDraws = new int[ReadAhead.BATCH];

  /** Sum of the shuffle's early reads: stored so they are not optimised away; never read. */
  private int sink;

  VisitOrder(MingaModel m) {
    this.m = m;
    this.draws = m.streams.sequence(StreamName.VISIT_ORDER);
    this.order = new int[m.producers.length];
  }

  /**
   * Visits the producers whose {@code selected} flag is set, in a random order drawn for this pass
   * and month, each batch read ahead ({@link ReadAhead}).
   */
  void inRandomOrder(boolean[] selected, int pass, Visit visit) {
    int count = 0;
    for (int id = 0; id < selected.length; id++) {
      if (selected[id]) {
        order[count++] = id;
      }
    }
    shuffle(order, count, draws(pass));
    m.readAhead.visitInOrder(order, count, pass == CHOICE_PASS, visit);
  }

  /** The visit-order stream of one pass this month (the reused stream, moved to it). */
  RandomStream draws(int pass) {
    return m.streams.moveTo(draws, StreamName.VISIT_ORDER, 2L * m.step + pass);
  }

  /**
   * Fisher-Yates shuffle of {@code o[0..count)} with {@code draws} (no allocation). The swap
   * positions depend only on the stream, not on the array, so they are drawn a batch ahead and read
   * first, letting a large model's cache misses on the array overlap; the draws and the swaps
   * happen in the same order as in the textbook loop.
   */
  void shuffle(int[] o, int count, RandomStream draws) {
    int[] js = swapDraws;
    int touched = 0;
    for (int i = count - 1; i > 0; ) {
      int n = Math.min(js.length, i);
      for (int b = 0; b < n; b++) {
        js[b] = draws.nextInt(i - b + 1);
        touched += o[js[b]];
      }
      for (int b = 0; b < n; b++, i--) {
        int j = js[b];
        int t = o[i];
        o[i] = o[j];
        o[j] = t;
      }
    }
    sink = touched;
  }
}
