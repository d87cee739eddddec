package org.framelens.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named theme and its entries. {@code parentId} is empty for a top-level theme; a parent theme
 * is credited with its children's hits through {@link Lexicon#ancestors(String)}.
 */
public record Theme(String id, String label, String description, String source, String parentId,
    List<Entry> entries) {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  public Theme {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad theme id '" + id + "': letters, digits, _ . - only");
    }
    label = label == null || label.isBlank() ? id : label;
    description = description == null ? "" : description;
    source = source == null ? "" : source;
    parentId = parentId == null ? "" : parentId;
    entries = entries == null ? List.of() : List.copyOf(entries);
    if (parentId.equals(id)) {
      throw new IllegalArgumentException("theme '" + id + "' is its own parent");
    }
  }

  public Optional<String> parent() {
    return parentId.isEmpty() ? Optional.empty() : Optional.of(parentId);
  }
}
