package org.framelens.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.framelens.FramelensException;

/**
 * Maps a stream of inputs on N threads and hands the results on in input order. At most
 * {@code 4 × threads} inputs are in flight, so memory stays flat however long the corpus.
 */
public final class OrderedParallel {

  private OrderedParallel() {}

  public static <T, R> void map(Iterator<T> inputs, Function<T, R> work, int threads, Consumer<R> sink) {
    if (threads <= 1) {
      inputs.forEachRemaining(t -> sink.accept(work.apply(t)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "framelens-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<R>> inFlight = new ArrayDeque<>();
    int window = threads * 4;
    try {
      while (inputs.hasNext()) {
        T input = inputs.next();
        inFlight.addLast(pool.submit(() -> work.apply(input)));
        if (inFlight.size() >= window) {
          sink.accept(take(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R take(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FramelensException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new FramelensException(cause.toString(), cause);
    }
  }
}
