package org.framelens.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a document stands in the order {@code analyze} reads its inputs: the input's index on the
 * command line, then the line within a JSONL file, or the file's path within a folder (compared
 * byte for byte, as the CLI sorts {@link java.nio.file.Path}s). Sorting by it makes the job's
 * output parts, concatenated, the CLI's JSONL line for line.
 */
record Order(int input, long position, String path) implements Comparable<Order>, Serializable {

  static Order line(int input, long position) {
    return new Order(input, position, "");
  }

  static Order file(int input, String path) {
    return new Order(input, 0, path);
  }

  @Override
  public int compareTo(Order o) {
    int c = Integer.compare(input, o.input);
    if (c != 0) {
      return c;
    }
    c = Long.compare(position, o.position);
    if (c != 0) {
      return c;
    }
    return Arrays.compareUnsigned(path.getBytes(StandardCharsets.UTF_8), o.path.getBytes(StandardCharsets.UTF_8));
  }
}
