package org.framelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void sortsFilesOfAFolderAsTheCliSortsTheirPaths() {
    List<String> ids = List.of("news/b.txt", "news/a/z.txt", "news/a-b.txt", "news/\u00e9t\u00e9.txt", "news/\uD83D\uDE00.txt",
        "news/\uFF21.txt", "news/Z.txt");
    List<String> byPath = ids.stream().map(Path::of).sorted().map(Path::toString).toList();
    List<String> byOrder = ids.stream().map(id -> Order.file(0, id)).sorted().map(Order::path).toList();
    assertEquals(byPath, byOrder);
  }

  @Test
  void putsInputsInCommandLineOrderAndLinesInFileOrder() {
    List<Order> orders = new ArrayList<>(List.of(Order.line(1, 0), Order.file(0, "z.txt"), Order.line(0, 0),
        Order.line(1, 10), Order.line(1, 2)));
    orders.sort(Comparator.naturalOrder());
    assertEquals(List.of(Order.line(0, 0), Order.file(0, "z.txt"), Order.line(1, 0), Order.line(1, 2), Order.line(1, 10)),
        orders);
  }
}
