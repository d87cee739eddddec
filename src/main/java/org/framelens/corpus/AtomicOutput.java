package org.framelens.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see the old content or the whole new one, never half: the text
 * goes to a temporary file in the same folder, which is then moved over the target.
 *
 * <p>The new file gets the permissions any new file gets here (0666 less the umask), or those of
 * the file it replaces: {@code Files.createTempFile} would leave 0600, which other users and
 * tools reading a shared report do not expect.
 */
public final class AtomicOutput {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicOutput() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  public static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = createSibling(absolute);
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.writeTo(out);
      }
      keepPermissionsOf(absolute, tmp);
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A new, empty, hidden file beside the target, created with the default permissions. */
  private static Path createSibling(Path target) throws IOException {
    Path dir = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissionsOf(Path target, Path tmp) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }
}
