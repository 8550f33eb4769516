package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/minga, run from another directory through a link on the PATH (as a student would after
 * installing it), finds the jar of its own repository and passes every argument through; a stand-in
 * java records what it was given.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  @Test
  void runsTheRepositorysJarFromAnywhereThroughALink(@TempDir Path dir) throws Exception {
    Path launcher = Path.of("bin/minga").toAbsolutePath();
    Path onPath = dir.resolve("path/minga");
    Files.createDirectories(onPath.getParent());
    Files.createSymbolicLink(onPath, launcher);
    Path jar = dir.resolve("minga.jar");
    Files.writeString(jar, "");
    Path fakeJava = dir.resolve("java");
    Path args = dir.resolve("args.txt");
    Files.writeString(
        fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > " + args + "\n");
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path elsewhere = Files.createDirectories(dir.resolve("somewhere/else"));

    ProcessBuilder pb =
        new ProcessBuilder(onPath.toString(), "run", "my scenario.yaml", "--out", "out")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true);
    pb.environment().put("MINGA_JAVA", fakeJava.toString());
    pb.environment().put("MINGA_JAR", jar.toString());
    pb.environment().put("MINGA_JAVA_OPTS", "-Xmx1g");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertEquals(
        List.of("-Xmx1g", "-jar", jar.toString(), "run", "my scenario.yaml", "--out", "out"),
        Files.readAllLines(args),
        "arguments with spaces stay whole");

    // Without MINGA_JAR: the jar of the repository the link points into.
    pb.environment().remove("MINGA_JAR");
    Path built = Path.of("target/minga.jar").toAbsolutePath();
    if (Files.exists(built)) {
      p = pb.start();
      p.getInputStream().readAllBytes();
      assertEquals(0, p.waitFor());
      assertTrue(Files.readAllLines(args).contains(built.toString()), "the repository's jar");
    }
  }
}
