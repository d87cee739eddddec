package org.framelens.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.framelens.corpus.CorpusReader;
import org.framelens.corpus.InputProblem;

/**
 * Turns the job's inputs into {@link RawInput}s, the way {@code analyze} expands them: a
 * {@code .jsonl} file is one document per line, a folder its {@code .txt} files (recursively),
 * any other file one article; and, for Spark, a {@code .parquet} file or folder one document per
 * row ({@code id}, {@code text}, other columns as metadata). Nothing is read on the driver but
 * file listings; an input that is missing, or a folder without {@code .txt} files, becomes a
 * problem in its place.
 */
final class Inputs {

  /** The documents to read, and the inputs that could not be opened at all. */
  record Expanded(JavaRDD<RawInput> raw, List<Outcome> problems) {}

  private Inputs() {}

  static Expanded expand(SparkSession spark, List<String> inputs) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<RawInput>> parts = new ArrayList<>();
    List<Outcome> problems = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
      if (!fs.exists(path)) {
        problems.add(Outcome.failed(Order.line(i, 0), new InputProblem(input, 0, "no such file or folder", true)));
        continue;
      }
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".parquet") || lower.endsWith(".parquet/")) {
        parts.add(parquet(spark, i, input));
      } else if (fs.getFileStatus(path).isDirectory()) {
        Path root = fs.makeQualified(path);
        int found = emptyTexts(fs, root, i, input, problems);
        if (found == 0) {
          problems.add(Outcome.failed(Order.line(i, 0), new InputProblem(input, 0, "folder holds no .txt files", false)));
          continue;
        }
        parts.add(texts(spark, i, input, root));
      } else if (lower.endsWith(".jsonl")) {
        parts.add(jsonl(sc, i, input));
      } else if (fs.getFileStatus(path).getLen() == 0) {
        // Spark's file sources make no record of an empty file; the CLI reports it
        problems.add(Outcome.failed(Order.file(i, input), CorpusReader.text(input, new byte[0]).problem()));
      } else {
        parts.add(texts(spark, i, input, null));
      }
    }
    JavaRDD<RawInput> raw = parts.isEmpty() ? sc.emptyRDD() : parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      raw = raw.union(parts.get(p));
    }
    return new Expanded(raw, problems);
  }

  /**
   * Lines split on {@code \n} alone, as the CLI splits them (Hadoop's default would also split on
   * a lone {@code \r}), kept as bytes so that invalid UTF-8 is reported, not replaced.
   */
  private static JavaRDD<RawInput> jsonl(JavaSparkContext sc, int index, String input) {
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    return sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, conf)
        // Hadoop reuses the Text object for every line: copy the bytes out at once
        .map(pair -> Arrays.copyOf(pair._2().getBytes(), pair._2().getLength()))
        .zipWithIndex()
        .map(t -> RawInput.jsonlLine(Order.line(index, t._2()), input, Math.toIntExact(t._2() + 1), t._1()));
  }

  /** Each row as its JSON object, so the JSONL reader gives it the same id and metadata rules. */
  private static JavaRDD<RawInput> parquet(SparkSession spark, int index, String input) {
    return spark.read().parquet(input).toJSON().javaRDD()
        .zipWithIndex()
        .map(t -> RawInput.jsonlLine(Order.line(index, t._2()), input, Math.toIntExact(t._2() + 1),
            t._1().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@code .txt} files under a folder (recursively) or one file. The id is the path as the CLI
   * would print it: the input as given, then the path below it.
   */
  private static JavaRDD<RawInput> texts(SparkSession spark, int index, String input, Path folder) {
    boolean inFolder = folder != null;
    String root = inFolder ? folder.toUri().getPath() : "";
    var reader = spark.read().format("binaryFile");
    if (folder != null) {
      reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.[tT][xX][tT]");
    }
    return reader.load(input).select("path", "content").javaRDD()
        .map(row -> {
          String id = inFolder ? idBelow(input, root, row.getString(0)) : input;
          return RawInput.text(Order.file(index, id), id, (byte[]) row.get(1));
        });
  }

  private static String idBelow(String input, String root, String path) {
    String file = new Path(path).toUri().getPath();
    String relative = file.startsWith(root + "/") ? file.substring(root.length() + 1) : file;
    boolean local = new Path(input).toUri().getScheme() == null;
    return local ? java.nio.file.Path.of(input).resolve(relative).toString() : new Path(new Path(input), relative).toString();
  }

  /**
   * Lists the folder's {@code .txt} files on the driver, as Spark does before reading them, and
   * reports the empty ones there: Spark's file sources make no record of a zero-length file, and
   * the CLI reports it. Returns how many {@code .txt} files there are. Names starting with
   * {@code .} or {@code _} are skipped, as Spark skips them.
   */
  private static int emptyTexts(FileSystem fs, Path root, int index, String input, List<Outcome> problems)
      throws IOException {
    String rootPath = root.toUri().getPath();
    int found = 0;
    var files = fs.listFiles(root, true);
    while (files.hasNext()) {
      FileStatus f = files.next();
      String name = f.getPath().getName();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".txt") || hidden(f.getPath(), rootPath)) {
        continue;
      }
      found++;
      if (f.getLen() == 0) {
        String id = idBelow(input, rootPath, f.getPath().toString());
        problems.add(Outcome.failed(Order.file(index, id), CorpusReader.text(id, new byte[0]).problem()));
      }
    }
    return found;
  }

  private static boolean hidden(Path file, String rootPath) {
    for (Path p = file; p != null && !p.toUri().getPath().equals(rootPath); p = p.getParent()) {
      if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
