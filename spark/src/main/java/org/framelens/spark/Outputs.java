package org.framelens.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framelens.corpus.AtomicOutput;
import org.framelens.corpus.Json;
import org.framelens.report.FramingReport;
import org.framelens.report.Renderer;

/**
 * What the job writes under OUTDIR. Spark's committers write the part-file folders whole or not
 * at all (a {@code _SUCCESS} marker closes each); the report is one file written aside and moved
 * into place.
 */
final class Outputs {

  /** The Parquet table: one row per document, the analysis kept as its exact JSONL line. */
  static final StructType PARQUET = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("tokens", DataTypes.IntegerType, false)
      .add("analysis", DataTypes.StringType, false);

  /** A skipped input: where it was ({@code FILE:LINE} or the document id) and why. */
  public record ErrorRecord(String id, String reason) {}

  private Outputs() {}

  /** OUTDIR/analyses/ (JSONL parts, in input order) and OUTDIR/analyses.parquet/. */
  static void analyses(SparkSession spark, JavaRDD<Outcome> sorted, String outdir) {
    spark.createDataset(sorted.map(Outcome::json).rdd(), Encoders.STRING())
        .write().mode(SaveMode.Overwrite).text(outdir + "/analyses");
    JavaRDD<Row> rows = sorted.map(o -> RowFactory.create(o.id(), o.tokens(), o.json()));
    spark.createDataFrame(rows, PARQUET).write().mode(SaveMode.Overwrite).parquet(outdir + "/analyses.parquet");
  }

  /** OUTDIR/errors/: one {"id", "reason"} line per skipped input, in input order. */
  static void errors(SparkSession spark, JavaRDD<Outcome> sortedErrors, String outdir) {
    JavaRDD<String> lines = sortedErrors.map(o -> Json.mapper().writeValueAsString(new ErrorRecord(o.id(), o.error())));
    spark.createDataset(lines.rdd(), Encoders.STRING()).coalesce(1)
        .write().mode(SaveMode.Overwrite).text(outdir + "/errors");
  }

  /** Drops the error folder of an earlier run, so OUTDIR describes this run only. */
  static void noErrors(Configuration conf, String outdir) throws IOException {
    Path errors = new Path(outdir, "errors");
    errors.getFileSystem(conf).delete(errors, true);
  }

  /** OUTDIR/report.EXT, never half-written. */
  static void report(Configuration conf, FramingReport report, Renderer renderer, String outdir, String extension)
      throws IOException {
    Path target = new Path(outdir, "report." + extension);
    FileSystem fs = target.getFileSystem(conf);
    if (fs.getUri().getScheme().equals("file")) {
      AtomicOutput.write(java.nio.file.Path.of(target.toUri().getPath()), w -> renderer.render(report, w));
      return;
    }
    StringWriter text = new StringWriter();
    renderer.render(report, text);
    Path tmp = new Path(outdir, ".report." + extension + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException(target + ": cannot move the report into place");
    }
  }
}
