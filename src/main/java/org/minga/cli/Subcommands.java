package org.minga.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The one place where subcommands are registered. To add one (sweep, merge, bench, chart, gui,
 * patterns): write a {@code @Command} class implementing {@code Callable<Integer>} and list it
 * here; error handling and exit codes come from {@link Main}.
 */
final class Subcommands {
  private Subcommands() {}

  /** New instances of every subcommand, in the order help lists them. */
  static List<Object> all() {
    return List.of(
        new RunCommand(),
        new ValidateCommand(),
        new ScenariosCommand(),
        new NewCommand(),
        new DescribeCommand(),
        new SchemaCommand(),
        new ChartCommand(),
        new GuiCommand(),
        new PlayCommand(),
        new PatternsCommand(),
        new SweepCommand(),
        new MergeCommand(),
        new CompareCommand(),
        new BenchCommand(),
        new HelpCommand());
  }

  /** Adds every subcommand to {@code root}. */
  static void register(CommandLine root) {
    all().forEach(root::addSubcommand);
  }
}
