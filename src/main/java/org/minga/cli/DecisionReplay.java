package org.minga.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.minga.output.DecisionsCsv;
import org.minga.play.ScheduledChoices;
import org.minga.scenario.ModelInputs;

/** {@code run --decisions FILE}: a session's recorded choices, checked against the run. */
final class DecisionReplay {
  private DecisionReplay() {}

  /**
   * The players of the decisions file, or nobody when {@code file} is null.
   *
   * @throws CliFailure exit 2 naming the file and line of the first bad row
   */
  static ModelRun.Session session(Path file, ModelInputs inputs, int producers, int steps) {
    if (file == null) {
      return ModelRun.NOBODY;
    }
    DecisionsCsv.Bounds bounds =
        new DecisionsCsv.Bounds(producers, inputs.scenario().cooperatives().count(), steps);
    try {
      ScheduledChoices choices = ScheduledChoices.of(DecisionsCsv.read(file, bounds));
      return model -> model.setParticipants(choices);
    } catch (DecisionsCsv.BadFile e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "cannot read decisions file " + file + ": " + IoMessages.describe(e),
          e);
    }
  }
}
