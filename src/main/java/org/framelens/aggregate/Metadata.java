package org.framelens.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a field from a document's metadata as news feeds shape it: at the top level, or one level
 * down in a nested object ({@code "meta": {"publisher": ...}}); an object value stands for its
 * {@code name} ({@code "source": {"id": ..., "name": "Reuters"}}). Fields are tried in the order
 * given, each at the top level first, so the more specific field wins wherever it sits.
 */
final class Metadata {

  private Metadata() {}

  static Optional<String> first(Map<String, Object> metadata, List<String> fields) {
    for (String field : fields) {
      Optional<String> top = text(metadata.get(field));
      if (top.isPresent()) {
        return top;
      }
      for (Object nested : metadata.values()) {
        if (nested instanceof Map<?, ?> inner) {
          Optional<String> found = text(inner.get(field));
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Object value) {
    if (value instanceof Map<?, ?> object) {
      value = object.get("name");
    }
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      return Optional.empty();
    }
    String s = String.valueOf(value).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
