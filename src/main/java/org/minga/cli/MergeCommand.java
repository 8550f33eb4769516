package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minga.chart.SweepCharts;
import org.minga.sweep.Sweep;
import org.minga.sweep.SweepFailure;
import org.minga.sweep.SweepLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minga merge DIR}: combines the shard outputs of {@code sweep --shard K/N --out DIR} into
 * the runs.csv, summary.csv and sensitivity.csv an unsharded sweep writes, byte for byte, and draws
 * the sweep's charts into DIR/charts.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Merge the shards of a sweep into its tables.")
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's --out directory.")
  Path dir;

  @Option(names = "--no-charts", description = "Do not draw the charts (DIR/charts/*.png).")
  boolean noCharts;

  @Override
  public Integer call() throws Exception {
    try {
      long runs;
      int charts;
      PrintWriter err = spec.commandLine().getErr();
      try (SweepLock lock = SweepLock.forMerge(dir, n -> err.println("minga: " + n))) {
        runs = Sweep.merge(dir, MingaVersion.current(), w -> err.println("minga: warning: " + w));
        charts = noCharts ? 0 : SweepChartFiles.write(dir, err, lock);
      }
      spec.commandLine()
          .getOut()
          .println(
              "merged "
                  + runs
                  + " run(s) into "
                  + dir
                  + (charts > 0
                      ? "; " + charts + " charts in " + dir.resolve(SweepCharts.DIRECTORY)
                      : ""));
      return ExitCodes.OK;
    } catch (SweepFailure f) {
      throw SweepFailures.toCli(f);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE, "cannot merge " + dir + ": " + IoMessages.describe(e), e);
    }
  }
}
