package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storyboard with a mistake is bad input: {@code minga gui --storyboard} reports it at its line
 * and column and exits 2 before any window opens (also on a machine without a display).
 */
class GuiStoryboardOptionTest {
  @Test
  void aStoryboardMistakeIsReportedAtItsLineWithExitTwo(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("story.yaml");
    Files.writeString(
        story, "- {at: 3, pause: true}\n- {at: 5, inject: {kind: slump, " + "size: 0.4}}\n");
    Cli.Result r = Cli.run("gui", "scenarios/baseline.yaml", "--storyboard", story.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("story.yaml:2:"), r.err());
    assertTrue(r.err().contains("use crash or boom"), r.err());
  }
}
