package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;

/**
 * The random-order passes shuffle only the producers they visit, draw their swap positions a batch
 * ahead and read producers a batch ahead (VisitOrder, ReadAhead), to let cache misses overlap. None
 * of it may change what happens: the textbook permutation from the same draws, the selected
 * producers in that order, each pass and month with its own sub-stream.
 */
class ShuffledOrderTest {

  private static int[] textbook(int[] a, RandomStream draws) {
    int[] expected = a.clone();
    for (int i = expected.length - 1; i > 0; i--) {
      int j = draws.nextInt(i + 1);
      int t = expected[i];
      expected[i] = expected[j];
      expected[j] = t;
    }
    return expected;
  }

  @Test
  void batchedShuffleGivesTheTextbookFisherYatesPermutationFromTheSameDraws() {
    // Sizes around the batch length, where an off-by-one in the batching would show.
    MingaModel m = ModelFixture.start("", "producers.count=10");
    RandomStreams streams = new RandomStreams(5);
    for (int n :
        new int[] {
          0,
          1,
          2,
          ReadAhead.BATCH - 1,
          ReadAhead.BATCH,
          ReadAhead.BATCH + 1,
          3 * ReadAhead.BATCH + 5,
          1000
        }) {
      int[] a = identity(n);
      int[] expected = textbook(a, streams.sequence(StreamName.VISIT_ORDER, n));
      m.visitOrder.shuffle(a, n, streams.sequence(StreamName.VISIT_ORDER, n));
      assertArrayEquals(expected, a, "n=" + n);
    }
  }

  @Test
  void aPassVisitsExactlyTheSelectedProducersInItsOwnShuffledOrder() {
    MingaModel m = ModelFixture.start("", "producers.count=203");
    boolean[] selected = new boolean[m.producers.length];
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < selected.length; i++) {
      selected[i] = i % 3 != 0; // uneven batches: about two in three selected
      if (selected[i]) {
        ids.add(i);
      }
    }
    // The selected ids in id order, shuffled with the sub-stream of (step, pass).
    RandomStream draws =
        new RandomStreams(m.scenario().seed())
            .sequence(StreamName.VISIT_ORDER, 2L * m.currentStep() + VisitOrder.CHOICE_PASS);
    int[] expected = textbook(ids.stream().mapToInt(Integer::intValue).toArray(), draws);
    List<Integer> visited = new ArrayList<>();
    m.visitOrder.inRandomOrder(selected, VisitOrder.CHOICE_PASS, (model, p) -> visited.add(p.id));
    assertEquals(Arrays.stream(expected).boxed().toList(), visited);

    List<Integer> creditOrder = new ArrayList<>();
    m.visitOrder.inRandomOrder(
        selected, VisitOrder.CREDIT_PASS, (model, p) -> creditOrder.add(p.id));
    assertEquals(visited.size(), creditOrder.size());
    assertEquals(false, visited.equals(creditOrder), "each pass draws its own order");

    visited.clear();
    m.visitOrder.inRandomOrder(
        new boolean[m.producers.length], VisitOrder.CHOICE_PASS, (model, p) -> visited.add(p.id));
    assertEquals(List.of(), visited, "nobody selected, nobody visited");
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    return a;
  }
}
