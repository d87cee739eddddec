package org.framelens.spark;

import static org.framelens.spark.JobRuns.assertSameLines;
import static org.framelens.spark.JobRuns.jsonlParts;
import static org.framelens.spark.JobRuns.localSession;
import static org.framelens.spark.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framelens.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Parquet corpus reads as the JSONL corpus with the same rows: same ids, metadata and lines. */
class ParquetInputTest {

  private static final StructType CORPUS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("date", DataTypes.StringType, true)
      .add("outlet", DataTypes.StringType, true);

  private static final List<Row> ROWS = List.of(
      RowFactory.create("port-1", "Dock workers in Sorvik walked out on Friday. \"We will not unload ships "
          + "that carry sanctioned goods,\" said union leader Marta Kowal.", "2026-05-02", "Harbour Post"),
      RowFactory.create("port-2", "The harbour master, Jens Aalto, called the strike illegal. \"Trade must "
          + "go on,\" Aalto said.", "2026-05-03", null));

  @TempDir
  Path dir;

  @Test
  void analysesAParquetCorpusAsTheCliAnalysesTheSameRowsAsJsonl() throws IOException {
    Path parquet = dir.resolve("corpus.parquet");
    Path jsonl = dir.resolve("corpus.jsonl");
    SparkSession spark = localSession();
    try {
      var frame = spark.createDataFrame(ROWS, CORPUS);
      frame.write().parquet(parquet.toString());
      // the JSONL the CLI reads: the same rows, nulls left out as Spark's own JSON leaves them out
      Files.write(jsonl, frame.toJSON().collectAsList());
    } finally {
      spark.stop();
    }
    Path out = dir.resolve("out");
    JobRuns.Run job = run(FramelensSparkJob.commandLine(), List.of(parquet.toString(), out.toString(), "--master", "local[2]"));
    assertEquals(0, job.exit(), job.err());
    JobRuns.Run cli = run(Main.commandLine(), List.of("analyze", "--quiet", "-o", dir.resolve("cli.jsonl").toString(),
        jsonl.toString()));
    assertEquals(0, cli.exit(), cli.err());

    List<String> expected = Files.readAllLines(dir.resolve("cli.jsonl"));
    assertEquals(2, expected.size());
    assertSameLines(expected, jsonlParts(out.resolve("analyses")));
  }
}
