package org.minga.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file under a temporary name, forces it to disk, then renames it into place, so a
 * reader never sees a half-written file under the final name.
 */
final class AtomicFiles {
  /** The temporary name of a file is its name with this suffix ({@link LeftoverTemps}). */
  static final String TEMP_SUFFIX = org.minga.output.StagedOutputs.TEMP_SUFFIX;

  private AtomicFiles() {}

  /** The temporary name of {@code target}, in its directory. */
  static Path temp(Path target) {
    return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
  }

  static void write(Path target, String text) throws IOException {
    Path temp = temp(target);
    try (FileChannel ch =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      writeFully(ch, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes all of {@code buf} (a channel may write less than asked). */
  static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }
}
