package org.minga.sweep;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock ({@link FileChannel#tryLock}) on a lock file. The operating system drops
 * it when its process ends, however it ends ({@code kill -9} included), so a lock file left behind
 * blocks nothing and is never deleted (deleting it could let two processes each lock a different
 * file of the same name). An exclusive holder writes who it is into the file, so a process refused
 * can name it.
 *
 * <p>Locks are per process: this one remembers the files it holds and never opens a second channel
 * on them (closing that channel would drop the process's lock on some systems).
 */
public final class DirectoryLock implements AutoCloseable {
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code file} (created if needed), writing {@code what} and this process into
   * it when exclusive; null when another holder (or this process) has it.
   */
  public static DirectoryLock tryLock(Path file, boolean shared, String what) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    if (!HELD.add(key)) {
      return null;
    }
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock(0, Long.MAX_VALUE, shared);
      } catch (IOException unsupported) { // e.g. Lustre mounted without flock: ENOSYS
        return new DirectoryLock(key, ch, null);
      }
      if (lock == null) {
        ch.close();
        HELD.remove(key);
        return null;
      }
      if (!shared) {
        ch.truncate(0);
        AtomicFiles.writeFully(
            ch, ByteBuffer.wrap((holder(what) + "\n").getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
      return new DirectoryLock(key, ch, lock);
    } catch (IOException | RuntimeException e) {
      if (ch != null) {
        ch.close();
      }
      HELD.remove(key);
      throw e;
    }
  }

  /** Whether some process holds an exclusive lock on {@code file} now. */
  static boolean isHeld(Path file) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    try (DirectoryLock probe = tryLock(file, true, "")) {
      return probe == null;
    }
  }

  /**
   * False when the file system refused to lock at all: then nothing stops a second process, and the
   * caller should say so.
   */
  boolean enforced() {
    return lock != null;
  }

  /** What the last exclusive holder of {@code file} wrote: who it is. */
  public static String holderOf(Path file) throws IOException {
    String text = Files.exists(file) ? Files.readString(file).trim() : "";
    return text.isEmpty() ? "another minga process" : text;
  }

  private static String holder(String what) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "an unknown host";
    }
    return "minga "
        + what
        + " (pid "
        + ProcessHandle.current().pid()
        + " on "
        + host
        + ", since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS)
        + ")";
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      channel.close();
      HELD.remove(file);
    }
  }
}
