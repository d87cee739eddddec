package org.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.corpus.CorpusReader.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private static final byte[] BAD_UTF8 = {'a', (byte) 0xC3, (byte) 0x28, 'b'};

  @TempDir
  Path dir;

  private static List<Item> read(String... inputs) {
    return read(InputStream.nullInputStream(), inputs);
  }

  private static List<Item> read(InputStream stdin, String... inputs) {
    List<Item> items = new ArrayList<>();
    new CorpusReader(stdin).forEach(List.of(inputs), items::add);
    return items;
  }

  private static Document document(Item item) {
    assertTrue(item.ok(), () -> "expected a document but was " + item.problem());
    assertNull(item.problem());
    return item.document();
  }

  private static InputProblem problem(Item item) {
    assertFalse(item.ok(), () -> "expected a problem but was " + item.document());
    assertNull(item.document());
    return item.problem();
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textFileIsOneDocumentWhoseIdIsThePathAsGiven() throws IOException {
    Path file = write("article.txt", "Berg said no.\n");
    List<Item> items = read(file.toString());
    assertEquals(1, items.size());
    Document d = document(items.get(0));
    assertEquals(file.toString(), d.id());
    assertEquals("Berg said no.\n", d.text());
    assertEquals(Map.of(), d.metadata());
  }

  @Test
  void folderYieldsItsTextFilesRecursivelyInSortedOrderAndIgnoresOtherFiles() throws IOException {
    write("c.txt", "third");
    write("a.txt", "first");
    write("b/inner.txt", "second");
    write("b/notes.md", "not an article");
    write("data.jsonl", "{\"id\": \"x\", \"text\": \"not read from a folder\"}");
    write("d.csv", "no,articles\n");
    List<Item> items = read(dir.toString());
    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/inner.txt").toString(),
            dir.resolve("c.txt").toString()),
        items.stream().map(i -> document(i).id()).toList());
    assertEquals(List.of("first", "second", "third"), items.stream().map(i -> i.document().text()).toList());
  }

  @Test
  void folderWithoutTextFilesIsAProblemButNotAMissingPath() throws IOException {
    write("notes.md", "nothing to read");
    List<Item> items = read(dir.toString());
    assertEquals(1, items.size());
    InputProblem p = problem(items.get(0));
    assertEquals(dir + ": folder holds no .txt files", p.toString());
    assertFalse(p.missing());
  }

  @Test
  void jsonlGivesOneDocumentPerLineWithOtherFieldsAsMetadataAndSkipsBlankLines() throws IOException {
    Path file = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"a-1\", \"text\": \"First article.\", \"date\": \"2024-05-01\", \"source\": {\"name\": \"Wire\", \"tags\": [\"x\", \"y\"]}}",
        "",
        "   ",
        "{\"id\": 42, \"text\": \"Second article.\"}",
        "{\"text\": \"Third article, no id.\", \"words\": 4}") + "\n");
    List<Item> items = read(file.toString());
    assertEquals(3, items.size());

    Document first = document(items.get(0));
    assertEquals("a-1", first.id());
    assertEquals("First article.", first.text());
    assertEquals(Map.of("date", "2024-05-01", "source", Map.of("name", "Wire", "tags", List.of("x", "y"))),
        first.metadata());
    assertEquals(List.of("date", "source"), List.copyOf(first.metadata().keySet()));

    Document second = document(items.get(1));
    assertEquals("42", second.id());
    assertEquals("Second article.", second.text());
    assertEquals(Map.of(), second.metadata());

    Document third = document(items.get(2));
    assertEquals(file + ":5", third.id(), "a line without an id is named by file and line");
    assertEquals(Map.of("words", 4), third.metadata());
  }

  @Test
  void dashReadsOneDocumentFromStandardInput() {
    String text = "“We will not back down,” Defence Minister Anna Berg said.\n";
    List<Item> items = read(new ByteArrayInputStream(utf8(text)), "-");
    assertEquals(1, items.size());
    Document d = document(items.get(0));
    assertEquals("-", d.id());
    assertEquals(text, d.text());
  }

  @Test
  void missingPathIsAMissingProblemInItsPlace() throws IOException {
    Path before = write("before.txt", "one");
    Path after = write("after.txt", "two");
    String absent = dir.resolve("absent.txt").toString();
    List<Item> items = read(before.toString(), absent, after.toString());
    assertEquals(3, items.size());
    assertEquals("one", document(items.get(0)).text());
    InputProblem p = problem(items.get(1));
    assertEquals(absent + ": no such file or folder", p.toString());
    assertEquals(0, p.line());
    assertTrue(p.missing());
    assertEquals("two", document(items.get(2)).text());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreEmptyDocumentProblems() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\r\n");
    List<Item> items = read(empty.toString(), blank.toString());
    assertEquals(List.of(empty + ": empty document", blank + ": empty document"),
        items.stream().map(i -> problem(i).toString()).toList());
    assertFalse(items.get(0).problem().missing());
    assertFalse(items.get(1).problem().missing());
  }

  @Test
  void fileWithANulByteIsBinary() throws IOException {
    Path file = write("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2});
    InputProblem p = problem(read(file.toString()).get(0));
    assertEquals(file + ": binary file (NUL byte at offset 3)", p.toString());
    assertFalse(p.missing());
  }

  @Test
  void textFileThatIsNotUtf8IsAProblemNamingTheFile() throws IOException {
    Path file = write("latin.txt", BAD_UTF8);
    InputProblem p = problem(read(file.toString()).get(0));
    assertEquals(file.toString(), p.file());
    assertEquals(0, p.line());
    assertTrue(p.toString().startsWith(file + ": not valid UTF-8"), p.toString());
    assertFalse(p.missing());
  }

  @Test
  void badJsonlLinesAreProblemsWithFileAndLineInPlaceOfTheirDocuments() throws IOException {
    Path file = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"good-1\", \"text\": \"Fine.\"}",
        "{not json",
        "[\"an\", \"array\"]",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"empty\", \"text\": \"  \"}",
        "{\"id\": [1, 2], \"text\": \"Id is a list.\"}",
        "{\"id\": \"text-number\", \"text\": 12}",
        "{\"id\": \"good-2\", \"text\": \"Also fine.\"}"));
    List<Item> items = read(file.toString());
    assertEquals(8, items.size());
    assertEquals("good-1", document(items.get(0)).id());
    assertTrue(problem(items.get(1)).toString().startsWith(file + ":2: not JSON: "), items.get(1).problem().toString());
    assertEquals(file + ":3: expected a JSON object", problem(items.get(2)).toString());
    assertEquals(file + ":4: no \"text\" string", problem(items.get(3)).toString());
    assertEquals(file + ":5: empty \"text\"", problem(items.get(4)).toString());
    assertEquals(file + ":6: \"id\" must be a string or a number", problem(items.get(5)).toString());
    assertEquals(file + ":7: no \"text\" string", problem(items.get(6)).toString());
    assertEquals("good-2", document(items.get(7)).id());
    for (Item item : items.subList(1, 7)) {
      assertEquals(file.toString(), item.problem().file());
      assertFalse(item.problem().missing());
    }
  }

  @Test
  void invalidUtf8OnOneJsonlLineIsReportedAndTheNextLinesAreStillRead() throws IOException {
    Path file = write("mixed.jsonl", concat(
        utf8("{\"id\": \"one\", \"text\": \"Fine.\"}\n"),
        utf8("{\"id\": \"two\", \"text\": \""), BAD_UTF8, utf8("\"}\n"),
        utf8("{\"id\": \"three\", \"text\": \"Zoë said so.\"}\n")));
    List<Item> items = read(file.toString());
    assertEquals(3, items.size());
    assertEquals("one", document(items.get(0)).id());
    assertEquals(file + ":2: not valid UTF-8", problem(items.get(1)).toString());
    assertEquals("three", document(items.get(2)).id());
    assertEquals("Zoë said so.", items.get(2).document().text());
  }

  @Test
  void problemsAndDocumentsKeepTheOrderOfTheInputs() throws IOException {
    Path jsonl = write("c.jsonl", "{\"id\": \"j1\", \"text\": \"x\"}\nnope\n{\"id\": \"j3\", \"text\": \"z\"}\n");
    Path txt = write("t.txt", "plain");
    Path empty = write("e.txt", "");
    String absent = dir.resolve("gone.txt").toString();
    List<String> seen = new ArrayList<>();
    for (Item item : read(absent, jsonl.toString(), empty.toString(), txt.toString())) {
      seen.add(item.ok() ? item.document().id() : "problem " + item.problem().file() + ":" + item.problem().line());
    }
    assertEquals(List.of("problem " + absent + ":0", "j1", "problem " + jsonl + ":2", "j3",
        "problem " + empty + ":0", txt.toString()), seen);
  }

  @Test
  void byteOrderMarkAndCrlfLineEndingsAreKeptExactlyAsDecoded() throws IOException {
    // offsets everywhere are String indices of the text as read, so nothing may be stripped or normalised
    String text = "\uFEFFFirst line.\r\n“Quoted,” she said.\r\n";
    Path file = write("windows.txt", utf8(text));
    Document d = document(read(file.toString()).get(0));
    assertEquals(text, d.text());
    assertEquals('\uFEFF', d.text().charAt(0));
    assertEquals(text.indexOf("“Quoted"), d.text().indexOf("“Quoted"));
    assertEquals(14, d.text().indexOf('“'));
  }

  @Test
  void jsonlSavedWithAByteOrderMarkAndCrlfReadsItsFirstLineToo() throws IOException {
    // the mark precedes the JSON, not the text value, so skipping it moves no offset
    Path file = write("windows.jsonl", utf8(
        "\uFEFF{\"id\": \"a\", \"text\": \"First.\\r\\nLine.\"}\r\n{\"id\": \"b\", \"text\": \"Second.\"}\r\n"));
    List<Item> items = read(file.toString());
    assertEquals(2, items.size());
    assertEquals("a", document(items.get(0)).id());
    assertEquals("First.\r\nLine.", items.get(0).document().text());
    assertEquals("b", document(items.get(1)).id());
  }

  @Test
  void standardInputKeepsByteOrderMarkAndCrlfToo() {
    String text = "\uFEFFLine one.\r\nLine two.\r\n";
    Document d = document(read(new ByteArrayInputStream(utf8(text)), "-").get(0));
    assertEquals(text, d.text());
  }

  @Test
  void binaryAndInvalidUtf8OnStandardInputAreProblemsNamedDash() {
    InputProblem binary = problem(read(new ByteArrayInputStream(new byte[] {'a', 0}), "-").get(0));
    assertEquals("-: binary file (NUL byte at offset 1)", binary.toString());
    InputProblem latin = problem(read(new ByteArrayInputStream(BAD_UTF8), "-").get(0));
    assertTrue(latin.toString().startsWith("-: not valid UTF-8"), latin.toString());
    InputProblem empty = problem(read(new ByteArrayInputStream(new byte[0]), "-").get(0));
    assertEquals("-: empty document", empty.toString());
  }

  @Test
  void readsOneJsonlLineAsTheFileReaderReadsItInPlace() throws IOException {
    String[] lines = {"\uFEFF{\"id\": 7, \"text\": \"The mayor spoke.\", \"outlet\": \"Daily\"}", "",
        "{\"text\": \"No id here.\"}", "not json"};
    Path file = write("lines.jsonl", String.join("\n", lines));
    List<Item> whole = read(file.toString());
    List<Item> single = new ArrayList<>();
    for (int n = 1; n <= lines.length; n++) {
      CorpusReader.jsonlLine(file.toString(), n, lines[n - 1].getBytes(StandardCharsets.UTF_8)).ifPresent(single::add);
    }
    assertEquals(whole, single);
    assertEquals(3, single.size());
    assertEquals(file + ":3", document(single.get(1)).id());
    assertEquals(4, problem(single.get(2)).line());
  }

  @Test
  void readsTextBytesAsAFileOfThatName() throws IOException {
    Path file = write("a.txt", BAD_UTF8);
    assertEquals(read(file.toString()), List.of(CorpusReader.text(file.toString(), BAD_UTF8)));
    assertEquals("x.txt", document(CorpusReader.text("x.txt", "Words.".getBytes(StandardCharsets.UTF_8))).id());
  }
}
