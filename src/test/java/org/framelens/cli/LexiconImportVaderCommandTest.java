package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconImportVaderCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheOpinionFileLeavingOutTheWordsOfTheSkippedFiles() throws IOException {
    Path vader = Files.writeString(dir.resolve("vader_lexicon.txt"),
        "superb\t2.9\t0.5\t[3, 3]\nfine\t1.6\t0.5\t[2, 1]\ndreadful\t-2.6\t0.5\t[-3, -2]\nlol\t2.9\t0.5\t[3]\n");
    Path mine = Files.writeString(dir.resolve("mine.yaml"),
        "format: framelens-lexicon/1\nthemes:\n  - id: negative\n    entries: [dreadful]\n");
    Path out = dir.resolve("opinion").resolve("vader.yaml");
    Files.createDirectories(out.getParent());
    CliRun run = CliRun.framelens("lexicon", "import-vader", vader.toString(), "--skip", mine.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(out + ": 2 words (2 positive, 0 negative)", run.out().strip());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("{term: \"superb\", match: exact}"), yaml);
    assertTrue(yaml.contains("{term: \"fine\", match: exact, weight: 0.5}"), yaml);
    assertFalse(yaml.contains("dreadful"), "left to the skipped file");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLineAndNothingIsWritten() throws IOException {
    Path vader = Files.writeString(dir.resolve("vader_lexicon.txt"), "superb\t2.9\t0.5\t[3]\nsuperb two\n");
    Path out = dir.resolve("vader.yaml");
    CliRun run = CliRun.framelens("lexicon", "import-vader", vader.toString(), "-o", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.err().startsWith(vader + ": line 2:"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aMissingSourceIsAClearError() {
    CliRun run = CliRun.framelens("lexicon", "import-vader", dir.resolve("nope.txt").toString(), "-o",
        dir.resolve("v.yaml").toString());
    assertEquals(ExitCodes.MISSING_INPUT, run.code());
    assertTrue(run.err().contains("nope.txt: no such file"), run.err());
  }
}
