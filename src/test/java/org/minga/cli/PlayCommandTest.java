package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.output.DecisionsCsv;

/**
 * {@code minga play --headless} with bots, and {@code minga run --decisions}: a session replays
 * byte for byte from its session.yaml and decisions.csv, the same command gives the same bytes, and
 * a bad decisions file is refused with its file and line.
 */
class PlayCommandTest {
  private static final String BASELINE = "scenarios/baseline.yaml";

  /** The files a session writes whose bytes depend on nothing but the command line. */
  private static final List<String> EXACT =
      List.of("session.yaml", "decisions.csv", "timeseries.csv", "tracked.csv", "households.csv");

  @TempDir Path dir;

  private Cli.Result play(Path out) {
    return Cli.run(
        "play",
        BASELINE,
        "--set",
        "producers.count=500",
        "--headless",
        "--bots",
        "5",
        "--months",
        "24",
        "--out",
        out.toString());
  }

  private static Map<String, byte[]> read(Path out, List<String> names) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : names) {
      files.put(name, Files.readAllBytes(out.resolve(name)));
    }
    return files;
  }

  @Test
  void aBotSessionReplaysByteForByteFromItsSessionAndDecisions() throws IOException {
    Path session = dir.resolve("session");
    Cli.Result played = play(session);
    assertEquals(0, played.exit(), played::toString);
    assertTrue(played.out().contains("5 players decided 24 months"), played::toString);
    Map<String, byte[]> first = read(session, EXACT);

    Path replay = dir.resolve("replay");
    Cli.Result r =
        Cli.run(
            "run",
            session.resolve("session.yaml").toString(),
            "--decisions",
            session.resolve("decisions.csv").toString(),
            "--out",
            replay.toString(),
            "--no-charts",
            "--quiet");
    assertEquals(0, r.exit(), r::toString);
    for (String name : List.of("timeseries.csv", "tracked.csv", "households.csv")) {
      assertArrayEquals(first.get(name), Files.readAllBytes(replay.resolve(name)), name);
    }

    // The players changed the run: without their decisions it differs.
    Path unplayed = dir.resolve("unplayed");
    assertEquals(
        0,
        Cli.run(
                "run",
                session.resolve("session.yaml").toString(),
                "--out",
                unplayed.toString(),
                "--no-charts",
                "--quiet")
            .exit());
    assertFalse(
        java.util.Arrays.equals(
            first.get("timeseries.csv"), Files.readAllBytes(unplayed.resolve("timeseries.csv"))));

    assertEquals(0, play(session).exit(), "the same command again");
    Map<String, byte[]> again = read(session, EXACT);
    for (String name : EXACT) {
      assertArrayEquals(first.get(name), again.get(name), name + " of the same command twice");
    }
  }

  @Test
  void decisionsAreRecordedWithTimeOutsLeftToTheRule() throws IOException {
    Path session = dir.resolve("session");
    assertEquals(0, play(session).exit());
    List<String> lines = Files.readAllLines(session.resolve("decisions.csv"));
    assertEquals(String.join(",", DecisionsCsv.COLUMNS), lines.get(0));
    Set<String> players = new HashSet<>();
    int timedOut = 0;
    List<String> ruled = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      players.add(f[1]);
      assertEquals("session", f[0]);
      assertTrue(Integer.parseInt(f[4]) < 24, "decided in the first 24 months: " + line);
      assertTrue(f[6].startsWith("cash="), "what was shown: " + line);
      if (f[10].equals("true")) {
        timedOut++;
        assertEquals("", f[7], "no choice after a time-out: " + line);
        assertEquals("30000", f[9], "the countdown: " + line);
      } else {
        assertFalse(f[7].isEmpty(), line);
      }
      if (!f[8].isEmpty()) {
        ruled.add(line);
      }
    }
    assertEquals(Set.of("bot-1", "bot-2", "bot-3", "bot-4", "bot-5"), players);
    // Bots stay away from a month with probability Bot.AWAY (0.04), and a slow tail of their
    // response times passes the countdown: some time-outs, but far fewer than a quarter.
    assertTrue(timedOut > 0 && timedOut < lines.size() / 4, timedOut + " time-outs");
    assertFalse(ruled.isEmpty(), "what the rule chose is recorded where it decided");
  }

  @Test
  void aLiveSessionOfBotsRunsInRealTimeThroughTheServer() throws IOException {
    Path session = dir.resolve("live");
    Cli.Result r =
        Cli.run(
            "play",
            BASELINE,
            "--set",
            "producers.count=300",
            "--bots",
            "2",
            "--months",
            "6",
            "--countdown",
            "1",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--out",
            session.toString());
    assertEquals(0, r.exit(), r::toString);
    List<String> lines = Files.readAllLines(session.resolve("decisions.csv"));
    assertTrue(lines.size() > 1, "decisions recorded");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertTrue(Long.parseLong(f[9]) <= 1000, "measured within the countdown: " + line);
    }
  }

  @Test
  void headlessSessionsHaveNoPeople() {
    Cli.Result r = Cli.run("play", BASELINE, "--headless", "--players", "2");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--headless plays bots only"), r::toString);
  }

  private Cli.Result replay(String... rows) throws IOException {
    Path file = dir.resolve("decisions.csv");
    Files.writeString(
        file, String.join(",", DecisionsCsv.COLUMNS) + "\n" + String.join("\n", rows) + "\n");
    return Cli.run(
        "run",
        BASELINE,
        "--set",
        "producers.count=500",
        "--decisions",
        file.toString(),
        "--out",
        dir.resolve("out").toString(),
        "--quiet");
  }

  private static final String GOOD = "s,p,household,7,4,delivery,cash=1,0.5,,1200,false";

  @Test
  void aBadDecisionsFileExitsTwoWithItsFileAndLine() throws IOException {
    String[][] cases = {
      {
        "s,p,household,500,4,delivery,cash=1,0.5,,1200,false",
        ":3: unknown household 500: the scenario has 500 households"
      },
      {
        "s,p,household,7,240,delivery,cash=1,0.5,,1200,false",
        ":3: month (step) 240 is out of range: the run has 240 months"
      },
      {
        "s,p,household,7,5,delivery,cash=1,1.5,,1200,false",
        ":3: bad value: delivery is a number from 0 to 1, not '1.5'"
      },
      {
        "s,p,household,7,5,lender,cash=1,bank,,1200,false",
        ":3: bad value: lender is one of none, intermediary, cooperative, public"
      },
      {"s,p,household,7,5,delivery,cash=1,0.5,,12", ":3: torn line: 10 fields, expected 11"},
      {"s,p,household,7,5,delivery,\"cash=1,0.5", ":3: torn line"},
      {GOOD, ":3: delivery of household 7 at step 4 is given twice (first at line 2)"},
      {
        "s,p,board,0,5,delivery,x,0.5,,1200,false",
        ":3: decision delivery is taken by role household, not 'board'"
      },
      {"s,p,household,7,5,delivery,x,0.5,,1200,true", ":3: a timed-out decision has no choice"},
    };
    for (String[] c : cases) {
      Cli.Result r = replay(GOOD, c[0]);
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().contains(dir.resolve("decisions.csv") + c[1]), c[1] + "\n" + r);
      assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
    assertEquals(0, replay(GOOD).exit(), "the good row alone replays");
  }
}
