package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heap hands out candidates in exactly the order of the full sort it replaces (score descending
 * by Double.compare of the negated scores, ties to the lowest id), with tied scores, signed zeros,
 * NaN and infinities, and for zero or one candidate.
 */
class CandidateRankingTest {

  /** The order the firm used before: a boxed sort with the same comparator. */
  private static int[] sortedOrder(double[] score, int[] ids) {
    Integer[] byScore = new Integer[score.length];
    for (int k = 0; k < byScore.length; k++) {
      byScore[k] = k;
    }
    Arrays.sort(
        byScore,
        Comparator.comparingDouble((Integer k) -> -score[k]).thenComparingInt(k -> ids[k]));
    return Arrays.stream(byScore).mapToInt(Integer::intValue).toArray();
  }

  private static int[] rankedOrder(double[] score, int[] ids) {
    CandidateRanking r = new CandidateRanking(score, ids, score.length);
    int[] out = new int[score.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = r.next();
    }
    assertFalse(r.hasNext());
    return out;
  }

  @Test
  void sameOrderAsTheFullSort() {
    Random rnd = new Random(7);
    double[] specials = {
      0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.25
    };
    for (int trial = 0; trial < 300; trial++) {
      int n = rnd.nextInt(80);
      double[] score = new double[n];
      int[] ids = new int[n];
      // Distinct ids in a shuffled order, as candidates from a grid query would come.
      for (int k = 0; k < n; k++) {
        ids[k] = 3 * k + rnd.nextInt(3);
      }
      for (int k = n - 1; k > 0; k--) {
        int j = rnd.nextInt(k + 1);
        int t = ids[k];
        ids[k] = ids[j];
        ids[j] = t;
      }
      for (int k = 0; k < n; k++) {
        int kind = rnd.nextInt(3);
        score[k] =
            kind == 0
                ? specials[rnd.nextInt(specials.length)]
                : kind == 1 ? rnd.nextInt(4) * 0.5 : rnd.nextDouble();
      }
      assertArrayEquals(
          sortedOrder(score, ids),
          rankedOrder(score, ids),
          Arrays.toString(score) + " " + Arrays.toString(ids));
    }
  }

  @Test
  void noCandidatesAndOneCandidate() {
    assertFalse(new CandidateRanking(new double[0], new int[0], 0).hasNext());
    assertArrayEquals(new int[] {0}, rankedOrder(new double[] {2}, new int[] {9}));
  }
}
