package org.framelens.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results for a benchmark whose operation is one pass over the corpus: documents
 * and tokens processed, which JMH reports as rates (documents/s, tokens/s) next to the primary
 * corpus passes/s. Per thread; JMH sums the threads.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CorpusCounters {

  public long documents;
  public long tokens;

  @Setup(Level.Iteration)
  public void reset() {
    documents = 0;
    tokens = 0;
  }
}
