package org.framelens.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One input article: its id (the path as given, or the JSONL "id"), its text, and any other fields. */
public record Document(String id, String text, Map<String, Object> metadata) {

  public Document {
    if (id == null || text == null) {
      throw new IllegalArgumentException("a document needs an id and a text");
    }
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public Document(String id, String text) {
    this(id, text, Map.of());
  }
}
