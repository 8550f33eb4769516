package org.minga.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only record of completed runs: a CSV header line, then one runs.csv row per completed
 * run in completion order, each forced to disk before the next run is recorded. The file is only
 * ever appended to; the one exception is a crash's partial last line, which {@link #open} with
 * resume first copies to {@code <journal>.torn} and then cuts off, so nothing is lost and nothing
 * half-written is read. Every complete line is checked ({@link JournalRows}).
 */
final class RunJournal implements AutoCloseable {
  /** Suffix of the side file that keeps partial last lines set aside on resume. */
  static final String TORN = ".torn";

  private final Path file;
  private final FileChannel channel;

  private RunJournal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * A journal's checked rows, and what follows its last newline: a line a crash left partial (empty
   * when none). Without a complete header line {@code rows} is empty and {@code torn} holds a
   * prefix of the header: the crash came before the header was written.
   */
  record Contents(List<String> rows, boolean hasHeader, long completeBytes, byte[] torn) {}

  /**
   * Opens {@code file} for appending. A new file gets the header; an existing one is only reopened
   * when {@code resume}, after checking it and setting aside a partial last line (with a message to
   * {@code note}).
   *
   * @param completed receives the rows already in the journal
   */
  static RunJournal open(
      Path file, JournalRows format, boolean resume, List<String> completed, Consumer<String> note)
      throws IOException {
    boolean exists = Files.exists(file);
    if (exists && !resume) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          file
              + " exists: a sweep already "
              + "ran into this directory; add --resume to finish it, or choose another --out",
          null);
    }
    Contents c = exists ? read(file, format) : null;
    if (c != null && c.torn().length > 0) {
      setAside(file, c);
      note.accept(
          file
              + " ended in a partial line (the sweep was stopped while "
              + "writing it); moved it to "
              + file
              + TORN
              + (c.hasHeader() ? "; its run is run again" : ""));
    }
    if (c != null) {
      completed.addAll(c.rows());
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    RunJournal j =
        new RunJournal(
            file,
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    if (c == null || !c.hasHeader()) {
      j.append(format.header()); // new, or left empty by a crash right after it was created
    }
    return j;
  }

  /** Reads and checks {@code file}; the partial last line, if any, is returned, not read. */
  static Contents read(Path file, JournalRows format) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    byte[] torn = Arrays.copyOfRange(bytes, end, bytes.length);
    if (end == 0) {
      String start = new String(torn, StandardCharsets.UTF_8);
      if (!format.header().startsWith(start)) {
        throw notThisSweep(file, format);
      }
      return new Contents(List.of(), false, 0, torn);
    }
    int headerEnd = 0;
    while (bytes[headerEnd] != '\n') {
      headerEnd++;
    }
    if (!new String(bytes, 0, headerEnd, StandardCharsets.UTF_8).equals(format.header())) {
      throw notThisSweep(file, format);
    }
    List<String> rows = new ArrayList<>();
    int start = headerEnd + 1;
    for (int i = start; i < end; i++) {
      if (bytes[i] == '\n') {
        rows.add(text(file, rows.size() + 2, bytes, start, i));
        start = i + 1;
      }
    }
    format.check(file, rows);
    return new Contents(List.copyOf(rows), true, end, torn);
  }

  private static String text(Path file, int line, byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw JournalRows.damaged(file, line, "not text");
    }
  }

  private static SweepFailure notThisSweep(Path file, JournalRows format) {
    return new SweepFailure(
        SweepFailure.Kind.BAD_INPUT,
        file
            + ":1: the header is not this "
            + "sweep file's columns ("
            + format.header()
            + "): the journal was written by a "
            + "different sweep, or is damaged; choose another --out",
        null);
  }

  /** Copies the partial last line to the side file (forced), then cuts it off the journal. */
  private static void setAside(Path file, Contents c) throws IOException {
    Path side = file.resolveSibling(file.getFileName() + TORN);
    try (FileChannel ch =
        FileChannel.open(
            side, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      AtomicFiles.writeFully(ch, ByteBuffer.wrap(c.torn()));
      AtomicFiles.writeFully(ch, ByteBuffer.wrap(new byte[] {'\n'}));
      ch.force(true);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(c.completeBytes());
      ch.force(true);
    }
  }

  /** Appends one line and forces it to disk. */
  synchronized void append(String line) throws IOException {
    AtomicFiles.writeFully(
        channel, ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
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
