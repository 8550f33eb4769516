package org.minga.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text files a user names (scenarios, the files they extend, data files, sweep files)
 * through a bounded stream: reading stops past the limit, so a device or a pipe that never ends
 * ({@code /dev/zero}, {@code /dev/urandom}) is refused like a file that is too big, instead of
 * filling the memory. The size of such files is unknown beforehand, so it is never asked.
 */
public final class TextFiles {
  /** The most a scenario, a file it extends, a storyboard or a sweep file may hold. */
  public static final int MAX_YAML_BYTES = 5 * 1024 * 1024;

  /** The most a data file (replayed prices, producers) may hold. */
  public static final int MAX_CSV_BYTES = 64 * 1024 * 1024;

  /** The file holds more than the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the file is larger than the limit of " + megabytes(limit));
    }
  }

  private TextFiles() {}

  /**
   * The UTF-8 text of {@code file}.
   *
   * @throws TooLarge when it holds more than {@code maxBytes}
   * @throws java.nio.charset.CharacterCodingException when it is not UTF-8 text
   */
  public static String read(Path file, int maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory, not a file");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n =
              in.read(buffer, 0, (int) Math.min(buffer.length, (long) maxBytes + 1 - bytes.size())))
          > 0) {
        bytes.write(buffer, 0, n);
        if (bytes.size() > maxBytes) {
          throw new TooLarge(maxBytes);
        }
      }
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes.toByteArray()))
        .toString();
  }

  /** "5 MB" for a limit in bytes. */
  static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }
}
