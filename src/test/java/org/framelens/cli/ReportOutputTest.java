package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.ReportOptions;
import org.framelens.report.ReportFixtures;
import org.framelens.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written is exit code 1, with the reason, and leaves no half-written file. */
class ReportOutputTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();
  private final CorpusAggregate aggregate = CorpusAggregate.of(ReportFixtures.corpus(), ReportOptions.defaults());

  @Test
  void aRendererThatFailsMidwayLeavesTheTargetUntouched() throws IOException {
    Path target = Files.writeString(dir.resolve("report.md"), "the old report");
    int code = ReportOutput.write(aggregate, ActorRegistry.empty(), (report, out) -> {
      out.write("# half a report");
      throw new IOException("disk full");
    }, target, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(1, code);
    assertEquals(target + ": disk full", err.toString().strip());
    assertEquals("the old report", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count()); // no temporary file left behind
    }
  }

  @Test
  void aFolderThatCannotBeWrittenIsExitCodeOne() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path target = Files.writeString(locked.resolve("report.md"), "the old report");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "running as root: folder permissions do not bind");
      int code = ReportOutput.write(aggregate, ActorRegistry.empty(), ReportFormat.MD.renderer(), target,
          new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertEquals(1, code);
      assertTrue(err.toString().startsWith(target.toString()), err.toString());
      assertEquals("the old report", Files.readString(target));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aTargetThatIsAFolderWithFilesIsExitCodeOneAndKeepsThem() throws IOException {
    Path target = Files.createDirectory(dir.resolve("report.md"));
    Files.writeString(target.resolve("inside.txt"), "kept");
    int code = ReportOutput.write(aggregate, ActorRegistry.empty(), ReportFormat.MD.renderer(), target, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().startsWith(target.toString()), err.toString());
    assertEquals("kept", Files.readString(target.resolve("inside.txt")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count()); // no temporary file left behind
    }
  }

  @Test
  void standardOutputThatFailsIsExitCodeOne() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("broken pipe");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("broken pipe");
      }

      @Override
      public void close() {}
    };
    int code = ReportOutput.write(aggregate, ActorRegistry.empty(), ReportFormat.JSON.renderer(), null, new PrintWriter(broken),
        new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("stdout: "), err.toString());
  }
}
