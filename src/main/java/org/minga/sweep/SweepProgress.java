package org.minga.sweep;

/**
 * What a sweep shows of its progress as runs complete: a bar on a terminal ({@link
 * ProgressBarDisplay}), lines in a log ({@link ProgressLog}) or nothing ({@link #NONE}). Called
 * only on the thread that journals the runs, so implementations need no locking.
 */
public interface SweepProgress extends AutoCloseable {
  /** Shows nothing (--quiet). */
  SweepProgress NONE =
      new SweepProgress() {
        @Override
        public void start(long total, long done) {}

        @Override
        public void advanced(long done) {}

        @Override
        public void close() {}
      };

  /** The sweep (or shard) has {@code total} runs, {@code done} of them done before this call. */
  void start(long total, long done);

  /** {@code done} of the total runs are done now. */
  void advanced(long done);

  @Override
  void close();
}
