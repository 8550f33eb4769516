package org.minga.model;

import java.util.Arrays;

/** A growable list of ints without boxing, for member lists and candidate sets. */
final class IntList {
  private int[] items;
  private int size;

  IntList(int capacity) {
    items = new int[Math.max(4, capacity)];
  }

  void add(int v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = v;
  }

  int get(int i) {
    return items[i];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** Removes the first occurrence of {@code v}, keeping order (membership order is stable). */
  boolean remove(int v) {
    for (int i = 0; i < size; i++) {
      if (items[i] == v) {
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        size--;
        return true;
      }
    }
    return false;
  }

  /** Removes every element whose flag in {@code drop} is set, in place, keeping order. */
  void removeFlagged(boolean[] drop) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!drop[items[i]]) {
        items[kept++] = items[i];
      }
    }
    size = kept;
  }

  int[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
