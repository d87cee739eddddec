package org.framelens.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code limit} smallest elements seen, in natural order. Which elements survive depends only
 * on the set of elements offered, never on the order or grouping of {@link #offer} and
 * {@link #merge}: that is what lets the evidence of a corpus be a bounded, deterministic sample.
 */
final class Sample<T extends Comparable<T> & Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int limit;
  private final TreeSet<T> kept = new TreeSet<>();

  Sample(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a sample keeps at least one element: " + limit);
    }
    this.limit = limit;
  }

  void offer(T element) {
    if (kept.size() < limit) {
      kept.add(element);
    } else if (element.compareTo(kept.last()) < 0 && kept.add(element)) {
      kept.pollLast();
    }
  }

  /** Offers every element of {@code other}; {@code other} is left as it was. */
  void merge(Sample<T> other) {
    other.kept.forEach(this::offer);
  }

  List<T> elements() {
    return List.copyOf(new ArrayList<>(kept));
  }
}
