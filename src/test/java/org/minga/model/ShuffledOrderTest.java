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
 * The random-order passes read producers a batch ahead (ProducerMemory) and the shuffle draws its
 * swap positions a batch ahead (Credit.shuffle), to let cache misses overlap. Neither may change
 * what happens: the same producers in the same order, the same permutation from the same draws.
 */
class ShuffledOrderTest {

  @Test
  void batchedShuffleGivesTheTextbookFisherYatesPermutationFromTheSameDraws() {
    // Sizes around the batch length, where an off-by-one in the batching would show.
    for (int n : new int[] {0, 1, 2, ProducerMemory.BATCH - 1, ProducerMemory.BATCH,
        ProducerMemory.BATCH + 1, 3 * ProducerMemory.BATCH + 5, 1000}) {
      MingaModel m = ModelFixture.start("", "producers.count=" + Math.max(1, n));
      m.order = identity(n);
      // The month's visit-order sub-stream, drawn independently of the model's.
      RandomStream reference = new RandomStreams(m.scenario().seed())
          .sequence(StreamName.VISIT_ORDER, m.currentStep());
      int[] expected = identity(n);
      for (int i = n - 1; i > 0; i--) {
        int j = reference.nextInt(i + 1);
        int t = expected[i];
        expected[i] = expected[j];
        expected[j] = t;
      }
      Credit.shuffle(m);
      assertArrayEquals(expected, m.order, "n=" + n);
      RandomStream again = new RandomStreams(m.scenario().seed())
          .sequence(StreamName.VISIT_ORDER, m.currentStep());
      assertEquals(again.nextDouble(), m.visitOrderDraws().nextDouble(),
          "the month's stream restarts where the shuffle started, n=" + n);
    }
  }

  @Test
  void shuffledPassVisitsExactlyTheSelectedProducersInTheShuffledOrder() {
    MingaModel m = ModelFixture.start("", "producers.count=203");
    Credit.shuffle(m);
    boolean[] selected = new boolean[m.producers.length];
    for (int i = 0; i < selected.length; i++) {
      selected[i] = i % 3 != 0; // uneven batches: about two in three selected
    }
    List<Integer> expected = new ArrayList<>();
    for (int id : m.order) {
      if (selected[id]) {
        expected.add(id);
      }
    }
    List<Integer> visited = new ArrayList<>();
    ProducerMemory.inShuffledOrder(m, selected, true, (model, p) -> visited.add(p.id));
    assertEquals(expected, visited);

    visited.clear();
    ProducerMemory.inShuffledOrder(m, new boolean[m.producers.length], false,
        (model, p) -> visited.add(p.id));
    assertEquals(List.of(), visited, "nobody selected, nobody visited");
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    return a;
  }
}
