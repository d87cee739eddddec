package org.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Never half-written": whatever fails, and wherever, the target holds its old content (or does
 * not exist), and no temporary file is left beside it.
 */
class AtomicOutputTest {

  private static final String OLD = "the previous run's output\n";

  @TempDir
  Path dir;

  /** A body that writes a good part of the new content, then fails the way a full disk does. */
  private static AtomicOutput.Body failingMidway(Exception failure) {
    return out -> {
      for (int i = 0; i < 10_000; i++) {
        out.write("{\"id\": \"doc-" + i + "\"}\n");
      }
      out.flush();
      if (failure instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) failure;
    };
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheTargetWithTheWholeNewContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), OLD);
    AtomicOutput.write(target, out -> out.write("new ünïcödé content 🙂\n"));
    assertEquals("new ünïcödé content 🙂\n", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("out.jsonl"), files(dir));
  }

  @Test
  void aWriterThatFailsMidwayLeavesTheTargetUntouchedAndRethrows() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), OLD);
    IOException diskFull = new IOException("No space left on device");
    IOException thrown = assertThrows(IOException.class, () -> AtomicOutput.write(target, failingMidway(diskFull)));
    assertSame(diskFull, thrown);
    assertEquals(OLD, Files.readString(target));
    assertEquals(List.of("out.jsonl"), files(dir), "no temporary file left");
  }

  @Test
  void anUncheckedFailureMidwayLeavesTheTargetUntouchedToo() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), OLD);
    RuntimeException bug = new UncheckedIOException(new IOException("renderer broke"));
    assertSame(bug, assertThrows(RuntimeException.class, () -> AtomicOutput.write(target, failingMidway(bug))));
    assertEquals(OLD, Files.readString(target));
    assertEquals(List.of("out.jsonl"), files(dir));
  }

  @Test
  void aFailureMidwayCreatesNoTargetThatDidNotExist() throws IOException {
    Path target = dir.resolve("out.jsonl");
    assertThrows(IOException.class, () -> AtomicOutput.write(target, failingMidway(new IOException("disk full"))));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), files(dir));
  }

  /**
   * Targets that cannot be written whoever runs the tests: under a regular file, in a folder that
   * does not exist, over a folder with files in it (the move fails after the whole content was
   * written). A read-only folder joins them where the file system enforces it; a root user writes
   * into read-only folders, so there it would prove nothing.
   */
  @TestFactory
  List<DynamicTest> anUnwritableTargetFailsWithAnIOExceptionAndChangesNothing() throws IOException {
    List<DynamicTest> cases = new ArrayList<>();
    cases.add(DynamicTest.dynamicTest("under a regular file", () -> {
      Path file = Files.writeString(dir.resolve("plain.txt"), OLD);
      assertUnwritable(file.resolve("out.jsonl"), file.getParent());
      assertEquals(OLD, Files.readString(file));
    }));
    cases.add(DynamicTest.dynamicTest("in a missing folder", () -> {
      Path target = dir.resolve("no-such-folder").resolve("out.jsonl");
      assertUnwritable(target, dir);
      assertFalse(Files.exists(target.getParent()));
    }));
    cases.add(DynamicTest.dynamicTest("over a folder that holds files", () -> {
      Path target = Files.createDirectories(dir.resolve("taken"));
      Files.writeString(target.resolve("inside.txt"), OLD);
      assertUnwritable(target, dir);
      assertEquals(List.of("inside.txt"), files(target));
      assertEquals(OLD, Files.readString(target.resolve("inside.txt")));
    }));
    Path readOnly = Files.createDirectories(dir.resolve("read-only"));
    Path existing = Files.writeString(readOnly.resolve("out.jsonl"), OLD);
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!Files.isWritable(readOnly)) {
      cases.add(DynamicTest.dynamicTest("in a read-only folder", () -> {
        try {
          assertUnwritable(existing, readOnly);
          assertEquals(OLD, Files.readString(existing));
        } finally {
          Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }));
    } else {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return cases;
  }

  private void assertUnwritable(Path target, Path folder) throws IOException {
    List<String> before = files(folder);
    boolean[] bodyRan = new boolean[1];
    assertThrows(IOException.class, () -> AtomicOutput.write(target, out -> {
      bodyRan[0] = true;
      out.write("new content\n");
    }));
    assertEquals(before, files(folder), "nothing added to " + folder + (bodyRan[0] ? " (the body ran)" : ""));
    assertTrue(before.stream().noneMatch(name -> name.endsWith(".tmp")));
  }
}
