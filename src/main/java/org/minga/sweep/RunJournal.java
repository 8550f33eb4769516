package org.minga.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of completed runs: a CSV header line, then one runs.csv row per
 * completed run in completion order, each forced to disk before the next run is recorded. After
 * a crash ({@code kill -9}, power loss) at most a partial last line is lost; {@link #open} with
 * resume cuts it off and reports the runs already done, so none is lost or run twice.
 */
final class RunJournal implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;

  private RunJournal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Opens {@code file} for appending. A new file gets {@code header}; an existing one is only
   * reopened when {@code resume}, after checking its header and cutting off a partial last line.
   *
   * @param completed receives the rows already in the journal
   */
  static RunJournal open(Path file, String header, boolean resume, List<String> completed)
      throws IOException {
    if (Files.exists(file)) {
      if (!resume) {
        throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, file + " exists: a sweep already "
            + "ran into this directory; add --resume to finish it, or choose another --out",
            null);
      }
      completed.addAll(readRows(file, header, true));
      FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
      ch.position(ch.size());
      return new RunJournal(file, ch);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    RunJournal j = new RunJournal(file, ch);
    j.append(header);
    return j;
  }

  /**
   * The rows of a journal (without the header), checking the header; with {@code repair} a
   * partial last line is cut off the file, otherwise it is ignored.
   */
  static List<String> readRows(Path file, String header, boolean repair) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (repair && end < bytes.length) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(end);
        ch.force(true);
      }
    }
    String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.remove(lines.size() - 1); // after the last newline
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, file + " was written by a different "
          + "sweep (its columns differ from this sweep file's); choose another --out", null);
    }
    return lines.subList(1, lines.size());
  }

  /** Appends one line and forces it to disk. */
  synchronized void append(String line) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
