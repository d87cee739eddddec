package org.framelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the inputs of a run, in order, into documents: a {@code .txt} file is one article, a folder
 * its {@code .txt} files (recursively, in sorted order), a {@code .jsonl} file one article per line
 * ({@code "id"} and {@code "text"}, other fields kept as metadata), and {@code -} one article from
 * standard input. Whatever cannot be read (a missing path, an empty or binary file, invalid UTF-8,
 * a JSONL line that is not JSON or has no text) becomes an {@link InputProblem} in its place, so a
 * corpus run reports it and goes on. An {@link InputFormat} other than {@code AUTO} overrides the
 * file name for files and for standard input, so a JSONL corpus can come through a pipe; in
 * {@code AUTO}, standard input whose first line is a JSON object with a "text" string is one too.
 */
public final class CorpusReader {

  /** How a file or standard input is read; folders always contribute their .txt files. */
  public enum InputFormat {
    /** By file name: .jsonl is a corpus, anything else one article; standard input by its first line. */
    AUTO,
    /** One article per file or per standard input. */
    TXT,
    /** One {"id", "text", ...} object per line. */
    JSONL;

    public static InputFormat parse(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** One input in order: a document or the problem that stands in its place. */
  public record Item(Document document, InputProblem problem) {
    public static Item of(Document d) {
      return new Item(d, null);
    }

    public static Item of(InputProblem p) {
      return new Item(null, p);
    }

    public boolean ok() {
      return document != null;
    }
  }

  private final InputStream stdin;
  private final InputFormat format;

  public CorpusReader(InputStream stdin) {
    this(stdin, InputFormat.AUTO);
  }

  public CorpusReader(InputStream stdin, InputFormat format) {
    this.stdin = stdin;
    this.format = format;
  }

  /** Expands the inputs lazily: a large JSONL is read line by line, never all at once. */
  public Iterator<Item> read(List<String> inputs) {
    return new Iterator<>() {
      private final Iterator<String> pending = inputs.iterator();
      private Iterator<Item> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pending.hasNext()) {
          current = expand(pending.next());
        }
        return current.hasNext();
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Iterator<Item> expand(String input) {
    if (input.equals("-")) {
      if (format == InputFormat.TXT) {
        return List.of(readStdin()).iterator();
      }
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(stdin, 1 << 16);
      if (format == InputFormat.JSONL || looksLikeJsonl(in)) {
        return new JsonlItems("-", in);
      }
      return List.of(read("-", in)).iterator();
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      return List.of(Item.of(new InputProblem(input, 0, "no such file or folder", true))).iterator();
    }
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        return List.of(Item.of(new InputProblem(input, 0, "cannot list folder: " + e.getMessage(), true))).iterator();
      }
      if (files.isEmpty()) {
        return List.of(Item.of(new InputProblem(input, 0, "folder holds no .txt files", false))).iterator();
      }
      return files.stream().map(p -> readText(p.toString(), p)).iterator();
    }
    boolean jsonl = format == InputFormat.AUTO ? input.toLowerCase(Locale.ROOT).endsWith(".jsonl")
        : format == InputFormat.JSONL;
    if (jsonl) {
      return new JsonlItems(input, path);
    }
    return List.of(readText(input, path)).iterator();
  }

  private Item readStdin() {
    return read("-", stdin);
  }

  private static Item read(String id, InputStream in) {
    try {
      return decode(id, in.readAllBytes());
    } catch (IOException e) {
      return Item.of(new InputProblem(id, 0, "cannot read standard input: " + e.getMessage(), true));
    }
  }

  /** Longest first line looked at to tell a JSONL corpus on standard input from an article. */
  private static final int SNIFF_LIMIT = 1 << 24;

  /**
   * Whether standard input (in AUTO) is a JSONL corpus: its first line is a JSON object with a
   * {@code "text"} string, which no article starts with. The stream is reset to its start.
   */
  private static boolean looksLikeJsonl(java.io.BufferedInputStream in) {
    in.mark(SNIFF_LIMIT);
    try {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1 && b != '\n' && first.size() < SNIFF_LIMIT - 1) {
        first.write(b);
      }
      String line = first.toString(StandardCharsets.UTF_8).strip();
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.startsWith("{")) {
        return false;
      }
      JsonNode node = Json.mapper().readTree(line);
      return node instanceof ObjectNode o && o.get("text") != null && o.get("text").isTextual();
    } catch (IOException e) {
      return false; // not JSON (or unreadable, which reading it as an article will report)
    } finally {
      try {
        in.reset();
      } catch (IOException e) {
        // cannot happen: no more than the mark limit was read
      }
    }
  }

  private static Item readText(String id, Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return Item.of(new InputProblem(id, 0, "cannot read: " + e.getMessage(), true));
    }
    return decode(id, bytes);
  }

  private static Item decode(String id, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return Item.of(new InputProblem(id, 0, "binary file (NUL byte at offset " + i + ")", false));
      }
    }
    String text;
    try {
      text = strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      return Item.of(new InputProblem(id, 0, "not valid UTF-8 (" + e.getMessage() + ")", false));
    }
    if (text.isBlank()) {
      return Item.of(new InputProblem(id, 0, "empty document", false));
    }
    return Item.of(new Document(id, text));
  }

  /**
   * The bytes of one {@code .txt} file as {@code analyze} reads them, under {@code id}: the
   * document or the problem in its place. For callers that fetch files themselves (the Spark job).
   */
  public static Item text(String id, byte[] bytes) {
    return decode(id, bytes);
  }

  /**
   * One line of a JSONL corpus as {@code analyze} reads it: {@code line} is its bytes without the
   * newline, {@code lineNumber} counts from 1 in file {@code name}. Empty for a blank line, which
   * is skipped. For callers that split the file themselves (the Spark job).
   */
  public static Optional<Item> jsonlLine(String name, int lineNumber, byte[] line) {
    String text;
    try {
      text = strictUtf8(line);
    } catch (CharacterCodingException e) {
      return Optional.of(Item.of(new InputProblem(name, lineNumber, "not valid UTF-8", false)));
    }
    if (lineNumber == 1 && text.startsWith("\uFEFF")) {
      // a byte order mark (Windows editors) precedes the JSON; it is not part of any text value
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parseJsonl(name, lineNumber, text));
  }

  private static Item parseJsonl(String name, int lineNumber, String line) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return jsonlProblem(name, lineNumber, "not JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      return jsonlProblem(name, lineNumber, "expected a JSON object");
    }
    JsonNode text = object.get("text");
    if (text == null || !text.isTextual()) {
      return jsonlProblem(name, lineNumber, "no \"text\" string");
    }
    if (text.asText().isBlank()) {
      return jsonlProblem(name, lineNumber, "empty \"text\"");
    }
    JsonNode id = object.get("id");
    if (id != null && !id.isTextual() && !id.isNumber()) {
      return jsonlProblem(name, lineNumber, "\"id\" must be a string or a number");
    }
    String documentId = id == null ? name + ":" + lineNumber : id.asText();
    Map<String, Object> metadata = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("id") && !e.getKey().equals("text")) {
        metadata.put(e.getKey(), Json.mapper().convertValue(e.getValue(), Object.class));
      }
    });
    return Item.of(new Document(documentId, text.asText(), metadata));
  }

  private static Item jsonlProblem(String name, int lineNumber, String message) {
    return Item.of(new InputProblem(name, lineNumber, message, false));
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  /** A JSONL corpus, one line at a time; byte-level UTF-8 errors are reported per line. */
  private static final class JsonlItems implements Iterator<Item> {
    private final String name;
    private InputStream in;
    private int lineNumber;
    private Item next;
    private boolean done;

    JsonlItems(String name, Path path) {
      this.name = name;
      try {
        this.in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
      } catch (IOException e) {
        this.next = Item.of(new InputProblem(name, 0, "cannot read: " + e.getMessage(), true));
        this.done = true;
      }
    }

    JsonlItems(String name, InputStream stream) {
      this.name = name;
      this.in = new java.io.BufferedInputStream(stream, 1 << 16);
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    private void advance() {
      byte[] line;
      try {
        line = readLine();
      } catch (IOException e) {
        next = Item.of(new InputProblem(name, lineNumber, "cannot read: " + e.getMessage(), true));
        finish();
        return;
      }
      if (line == null) {
        finish();
        return;
      }
      lineNumber++;
      next = jsonlLine(name, lineNumber, line).orElse(null);
    }

    private byte[] readLine() throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          return buffer.toByteArray();
        }
        buffer.write(b);
      }
      return any ? buffer.toByteArray() : null;
    }

    private void finish() {
      done = true;
      try {
        if (in != null) {
          in.close();
        }
      } catch (IOException ignored) {
        // nothing more to read either way
      }
    }
  }

  /** For tests and callers that want everything at once. */
  public void forEach(List<String> inputs, Consumer<Item> action) {
    read(inputs).forEachRemaining(action);
  }
}
