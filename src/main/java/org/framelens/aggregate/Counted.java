package org.framelens.aggregate;

import java.io.Serializable;
import java.util.List;

/**
 * In how many documents something happened, with the first few document ids in id order. A
 * document counts once however often it is offered in a row, because {@link CorpusAggregate#add}
 * hands over one whole document before the next.
 */
final class Counted implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int DOCUMENT_SAMPLE = 10;

  private long documents;
  private final Sample<String> ids = new Sample<>(DOCUMENT_SAMPLE);
  /** Only guards against counting one document twice while it is being added; not state. */
  private transient String last;

  void document(String id) {
    if (id.equals(last)) {
      return;
    }
    last = id;
    documents++;
    ids.offer(id);
  }

  void merge(Counted other) {
    documents += other.documents;
    ids.merge(other.ids);
  }

  long documents() {
    return documents;
  }

  List<String> ids() {
    return ids.elements();
  }
}
