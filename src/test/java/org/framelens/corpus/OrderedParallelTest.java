package org.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedParallelTest {

  private static final int INPUTS = 24;

  private static List<Integer> inputs() {
    return IntStream.range(0, INPUTS).boxed().toList();
  }

  /** Later inputs sleep less, so with several threads they finish before earlier ones. */
  private static String slowFirst(int i) {
    try {
      Thread.sleep((INPUTS - i) * 3L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return "result-" + i;
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void resultsComeOutInInputOrderEvenWhenLaterInputsFinishFirst(int threads) {
    List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
    List<String> results = new ArrayList<>();
    OrderedParallel.map(inputs().iterator(), i -> {
      String r = slowFirst(i);
      finished.add(i);
      return r;
    }, threads, results::add);
    assertEquals(inputs().stream().map(i -> "result-" + i).toList(), results);
    assertEquals(INPUTS, finished.size());
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void exceptionInTheWorkFunctionSurfacesToTheCallerAfterTheResultsBeforeIt(int threads) {
    IllegalStateException boom = new IllegalStateException("input 5 is broken");
    List<String> results = new ArrayList<>();
    Function<Integer, String> work = i -> {
      if (i == 5) {
        throw boom;
      }
      return slowFirst(i);
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> OrderedParallel.map(inputs().iterator(), work, threads, results::add));
    assertSame(boom, thrown);
    assertEquals(List.of("result-0", "result-1", "result-2", "result-3", "result-4"), results);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 4})
  void readsAtMostFourInputsPerThreadAheadOfTheFirstResult(int threads) {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> source = inputs().iterator();
    Iterator<Integer> counting = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public Integer next() {
        pulled.incrementAndGet();
        return source.next();
      }
    };
    List<Integer> pulledAtEachResult = new ArrayList<>();
    OrderedParallel.map(counting, i -> i, threads, r -> pulledAtEachResult.add(pulled.get()));
    assertEquals(INPUTS, pulledAtEachResult.size());
    assertEquals(4 * threads, pulledAtEachResult.get(0));
    for (int r = 0; r < INPUTS; r++) {
      assertTrue(pulledAtEachResult.get(r) <= r + 4 * threads, "result " + r + ": " + pulledAtEachResult);
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void noInputsGiveNoResults(int threads) {
    List<String> results = new ArrayList<>();
    OrderedParallel.map(Collections.<Integer>emptyIterator(), i -> "x", threads, results::add);
    assertEquals(List.of(), results);
  }
}
