package org.minga.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output files of one run, written under temporary names in the output directory and renamed to
 * their final names only by {@link #commit()}. A run that fails or is interrupted therefore never
 * leaves a half-written file under a final name, and the previous run's complete files stay as they
 * were. {@link #close()} without a commit deletes the temporary files.
 *
 * <p>Each rename is atomic where the file system allows it; the set of files is not (a crash
 * between two renames leaves some new and some old files, each of them complete).
 */
public final class StagedOutputs implements AutoCloseable {
  /** Suffix of temporary files; they also start with a dot and the final name. */
  public static final String TEMP_SUFFIX = ".tmp";

  private final Path directory;
  private final Map<String, Staged> staged = new LinkedHashMap<>();
  private final Thread cleanupOnExit;
  private boolean committed;

  private record Staged(Path temp, Writer writer) {}

  private StagedOutputs(Path directory) {
    this.directory = directory;
    // Ctrl-C does not unwind the run's finally blocks; this removes the temporary files then.
    this.cleanupOnExit = new Thread(this::deleteTempFilesOnExit, "minga-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
  }

  /** Creates {@code directory} (and parents) if needed; nothing in it is touched yet. */
  public static StagedOutputs in(Path directory) throws IOException {
    Files.createDirectories(directory);
    return new StagedOutputs(directory);
  }

  /** The output directory. */
  public Path directory() {
    return directory;
  }

  /**
   * A UTF-8 writer for the file {@code fileName} in the output directory, backed by a temporary
   * file until {@link #commit()}. The writer is closed by commit or close; callers only flush.
   */
  public synchronized Writer newWriter(String fileName) throws IOException {
    if (committed) {
      throw new IllegalStateException("outputs already committed");
    }
    if (staged.containsKey(fileName)) {
      throw new IllegalArgumentException(fileName + " is already being written");
    }
    Path temp = newTempFile(fileName);
    Writer writer =
        Files.newBufferedWriter(
            temp,
            StandardCharsets.UTF_8,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    staged.put(fileName, new Staged(temp, writer));
    return writer;
  }

  /** Closes every writer and renames each temporary file to its final name. */
  public synchronized void commit() throws IOException {
    if (committed) {
      return;
    }
    for (Staged s : staged.values()) {
      s.writer().close();
    }
    for (Map.Entry<String, Staged> e : staged.entrySet()) {
      moveIntoPlace(e.getValue().temp(), directory.resolve(e.getKey()));
    }
    committed = true;
    staged.clear();
    removeShutdownHook();
  }

  /** Unless committed: closes the writers and deletes the temporary files. */
  @Override
  public synchronized void close() throws IOException {
    if (!committed) {
      committed = true; // no further writers or commits
      IOException failure = null;
      for (Staged s : staged.values()) {
        failure = attempt(failure, s.writer()::close);
        failure = attempt(failure, () -> Files.deleteIfExists(s.temp()));
      }
      staged.clear();
      removeShutdownHook();
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** The temporary files currently staged (for tests and diagnostics). */
  public synchronized List<Path> tempFiles() {
    List<Path> temps = new ArrayList<>();
    staged.values().forEach(s -> temps.add(s.temp()));
    return temps;
  }

  /**
   * Creates {@code .NAME.RANDOM.tmp} with the directory's default permissions (unlike
   * Files.createTempFile, whose owner-only permissions the final file would keep).
   */
  private Path newTempFile(String fileName) throws IOException {
    while (true) {
      String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(directory.resolve("." + fileName + "." + unique + TEMP_SUFFIX));
      } catch (FileAlreadyExistsException taken) {
        // Another run writing into the same directory drew the same name: draw again.
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  /** Runs {@code action}; keeps the first failure and attaches later ones as suppressed. */
  private static IOException attempt(IOException earlier, IoAction action) {
    try {
      action.run();
      return earlier;
    } catch (IOException e) {
      if (earlier == null) {
        return e;
      }
      earlier.addSuppressed(e);
      return earlier;
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting and the hook is running or has run: nothing to remove.
    }
  }

  private void deleteTempFilesOnExit() {
    for (Path temp : tempFiles()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        System.err.println("minga: could not delete temporary file " + temp + ": " + e);
      }
    }
  }
}
