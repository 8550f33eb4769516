package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps two processes from writing one sweep directory at once (a SLURM task submitted twice, a
 * merge started while shards run): each would append to the same journal and rewrite the same
 * tables. An unsharded sweep and a merge lock {@code DIR/.minga.lock} exclusively; shard K of N
 * locks {@code DIR/shards/.shard-K-of-N.lock} exclusively and {@code DIR/.minga.lock} shared, so
 * shards run side by side but never beside a merge or an unsharded sweep. A process refused exits
 * at once naming the holder, and the holder goes on untouched. Under the lock, temporary files a
 * killed process of the same kind left behind are removed.
 */
public final class SweepLock implements AutoCloseable {
  public static final String LOCK = ".minga.lock";
  private static final Pattern SHARD_JSON = Pattern.compile("shard-\\d+-of-\\d+\\.json");
  private static final Pattern SHARD_LOCK = Pattern.compile("\\.shard-\\d+-of-\\d+\\.lock");
  private static final Pattern PART = Pattern.compile("run-(\\d{1,18})\\.csv");

  private static final String SWEEP_ADVICE =
      "wait until it has finished, or choose another " + "--out";

  private final List<DirectoryLock> locks;
  private final Consumer<String> note;

  /** Tells {@code note} when a lock could not be enforced (once, before anything is done). */
  private SweepLock(List<DirectoryLock> locks, Path out, Consumer<String> note) {
    this.locks = locks;
    this.note = note;
    if (!enforced()) {
      note.accept(
          "warning: the file system of "
              + out
              + " does not support file locks; "
              + "nothing stops another sweep or merge from writing there at the same time, and "
              + "temporary files of killed sweeps are left in place");
    }
  }

  /**
   * Whether the locks hold: false when the file system refuses locks, and then temporary files are
   * left alone too (they could be another live process's).
   */
  public boolean enforced() {
    return locks.stream().allMatch(DirectoryLock::enforced);
  }

  /**
   * Locks {@code out} for a sweep (or shard {@code shard} of one) and removes its leftover
   * temporary files, telling {@code note} how many.
   *
   * @throws SweepFailure (bad input) when another process holds the directory
   */
  public static SweepLock forSweep(Path out, Shard shard, Consumer<String> note)
      throws IOException {
    if (shard.count() == 1) {
      return whole(out, "sweep", SWEEP_ADVICE, note);
    }
    Path shards = Files.createDirectories(out.resolve(Sweep.SHARDS));
    String what = "sweep --shard " + shard;
    Path own = shards.resolve("." + shard.journalName().replace(".journal", ".lock"));
    DirectoryLock mine = DirectoryLock.tryLock(own, false, what);
    if (mine == null) {
      throw inUse(out, DirectoryLock.holderOf(own), SWEEP_ADVICE);
    }
    DirectoryLock dir = DirectoryLock.tryLock(out.resolve(LOCK), true, what);
    if (dir == null) {
      mine.close();
      throw inUse(out, DirectoryLock.holderOf(out.resolve(LOCK)), SWEEP_ADVICE);
    }
    SweepLock held = new SweepLock(List.of(mine, dir), out, note);
    if (held.enforced()) {
      held.removed(
          LeftoverTemps.remove(shards, n -> n.equals(shard.jsonName()))
              + LeftoverTemps.remove(out.resolve(TimeseriesParts.PARTS), n -> isPart(n, shard)),
          out);
    }
    return held;
  }

  /** Locks {@code dir} for a merge and removes leftover temporary files of every kind. */
  public static SweepLock forMerge(Path dir, Consumer<String> note) throws IOException {
    return Files.isDirectory(dir)
        ? whole(dir, "merge", "wait until it has finished, then " + "merge", note)
        : new SweepLock(List.of(), dir, note);
  }

  private static SweepLock whole(Path out, String what, String advice, Consumer<String> note)
      throws IOException {
    Files.createDirectories(out);
    DirectoryLock lock = DirectoryLock.tryLock(out.resolve(LOCK), false, what);
    if (lock == null) {
      throw inUse(out, holderOfWhole(out), advice);
    }
    Set<String> tables =
        Set.of(
            SweepOutputs.RUNS,
            SweepOutputs.SUMMARY,
            SweepOutputs.SENSITIVITY,
            Sweep.JSON,
            TimeseriesParts.Mode.CSV.fileName(),
            TimeseriesParts.Mode.GZIP.fileName());
    SweepLock held = new SweepLock(List.of(lock), out, note);
    if (held.enforced()) {
      held.removed(
          LeftoverTemps.remove(out, tables::contains)
              + LeftoverTemps.remove(
                  out.resolve(Sweep.SHARDS), n -> SHARD_JSON.matcher(n).matches())
              + LeftoverTemps.remove(out.resolve(TimeseriesParts.PARTS), n -> isPart(n, Shard.ALL)),
          out);
    }
    return held;
  }

  /** Who holds {@code out} when its lock is refused: running shards first, they write no name. */
  private static String holderOfWhole(Path out) throws IOException {
    List<String> shards = new ArrayList<>();
    Path dir = out.resolve(Sweep.SHARDS);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p :
            s.filter(p -> SHARD_LOCK.matcher(p.getFileName().toString()).matches())
                .sorted()
                .toList()) {
          if (DirectoryLock.isHeld(p)) {
            shards.add(DirectoryLock.holderOf(p));
          }
        }
      }
    }
    return shards.isEmpty() ? DirectoryLock.holderOf(out.resolve(LOCK)) : String.join("; ", shards);
  }

  /**
   * Removes the temporary images a killed process left in {@code dir} (a sweep's chart directory,
   * which only the chart code names), before the charts are drawn again.
   */
  public void removeLeftoverImages(Path dir) throws IOException {
    if (enforced()) {
      removed(LeftoverTemps.removeHidden(dir), dir);
    }
  }

  private static boolean isPart(String name, Shard shard) {
    Matcher m = PART.matcher(name);
    return m.matches() && shard.contains(Long.parseLong(m.group(1)));
  }

  private void removed(int removed, Path where) {
    if (removed > 0) {
      note.accept(
          "removed "
              + removed
              + " temporary file(s) left in "
              + where
              + " by a "
              + "process that was killed");
    }
  }

  private static SweepFailure inUse(Path out, String holder, String advice) {
    return new SweepFailure(
        SweepFailure.Kind.BAD_INPUT, out + " is in use by " + holder + "; " + advice, null);
  }

  /** Releases the locks; the lock files stay (empty of meaning once released). */
  @Override
  public void close() throws IOException {
    for (int i = locks.size() - 1; i >= 0; i--) {
      locks.get(i).close();
    }
  }
}
