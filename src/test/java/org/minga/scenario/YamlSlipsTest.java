package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slips students make editing scenarios/baseline.yaml, each reported in plain words at the line
 * where it was made (the parser often notices it lines later).
 */
class YamlSlipsTest {
  @TempDir Path dir;

  /**
   * @param anchor the start of the baseline line to edit (first match, after trimming)
   * @param from text on that line to replace
   * @param to the slip
   * @param phrase what the message must say
   */
  static Stream<Arguments> slips() {
    return Stream.of(
        slip(
            "unclosed double quote",
            "description:",
            "description: ",
            "description: \"",
            "this quote is never closed; add \" at the end of the value"),
        slip(
            "unclosed single quote",
            "name:",
            "name: baseline",
            "name: 'baseline",
            "this quote is never closed; add ' at the end"),
        slip(
            "unclosed quote in a flow map",
            "quality:",
            "dist: beta",
            "dist: \"beta",
            "this quote is never closed"),
        slip(
            "apostrophe inside single quotes",
            "description:",
            "description: Coffee",
            "description: 'Coffee farmer's province' #",
            "write it twice (`farmer''s`)"),
        slip(
            "double quote inside double quotes",
            "description:",
            "description: Coffee",
            "description: \"Coffee \"big\" province\" #",
            "write \\\" for a quote inside"),
        slip(
            "text after the closing quote",
            "description:",
            "Coffee province",
            "'Coffee' province",
            "put all of it inside the quotes"),
        slip(
            "unclosed bracket",
            "harvest_months:",
            "8]",
            "8",
            "this [ is never closed; add ] at the end of the list"),
        slip(
            "unclosed brace",
            "quality:",
            "beta: 4}",
            "beta: 4",
            "this { is never closed; add } at the end of the map"),
        slip("one bracket too many", "harvest_months:", "8]", "8]]", "this ] closes nothing"),
        slip(
            "missing comma in a flow map",
            "quality:",
            "beta, alpha",
            "beta alpha",
            "a comma is missing before `alpha:`"),
        slip(
            "dedented key",
            "return_price_ratio:",
            "  return",
            " return",
            "`return_price_ratio:` is indented by 1 space but `leave_farming_years:`"),
        slip(
            "over-indented key",
            "phi:",
            "  phi",
            "    phi",
            "`phi:` is indented by 4 spaces but `base:`"),
        slip("key moved to the left margin", "phi:", "  phi", "phi", "indent it by 2 spaces"),
        slip(
            "misaligned key in a list item",
            "duration: 18",
            "      duration",
            "     duration",
            "`duration:` is indented by 5 spaces but `at:`"),
        slip(
            "over-indented list item",
            "- at: 96",
            "    - at",
            "      - at",
            "indent the dash by 4 spaces"),
        slip(
            "missing space after a colon",
            "phi:",
            "phi: ",
            "phi:",
            "put a space after the colon: `phi: 0.95`"),
        slip(
            "= instead of a colon",
            "phi:",
            "phi: ",
            "phi = ",
            "write a colon and a space, not =: `phi: 0.95`"),
        slip(
            "# instead of a colon",
            "phi:",
            "phi: ",
            "phi # ",
            "`phi` has no colon",
            "write `phi: 0.95`"),
        slip(
            "space instead of a colon",
            "phi:",
            "phi: ",
            "phi ",
            "`phi` needs a colon before its value: `phi: 0.95`"),
        slip(
            "section without a colon",
            "prices:",
            "prices:",
            "prices",
            "`prices` needs a colon to start its section"),
        slip(
            "comment glued to a value",
            "base:",
            "120               #",
            "120#",
            "a comment needs a space before #"),
        slip(
            "colon inside a value",
            "description:",
            "province,",
            "province:",
            "put the value in quotes"),
        slip("value starting with @", "name:", "baseline", "@baseline", "cannot start with @"),
        slip(
            "value starting with *",
            "description:",
            "Coffee",
            "*Coffee",
            "cannot start with * (YAML reads * as a reference"),
        slip(
            "text after |",
            "description:",
            "Coffee",
            "| Coffee",
            "cannot start with | (YAML reads | as the start of a block of text"),
        slip("tab indenting a key", "phi:", "  phi", "\tphi", "a tab indents this line"),
        slip("tab after a colon", "phi:", "phi: ", "phi:\t", "replace the tab with a space"),
        slip(
            "list item among keys",
            "width_km:",
            "  width_km",
            "  - width_km",
            "starts a list item (-), but the lines next to it are keys"),
        slip(
            "list item without a dash",
            "{month: 7",
            "      - {month: 7",
            "      {month: 7",
            "start it with `- `"),
        slip(
            "dash without a space",
            "- at: 96",
            "- at",
            "-at",
            "a list item needs a space after the dash"),
        slip(
            "a value and a section",
            "prices:",
            "prices:",
            "prices: mean_reverting",
            "has a value on its own line (`mean_reverting`) and lines indented below it"),
        slip("a list written both ways", "shocks:", "shocks:", "shocks: []", "delete `[]`"));
  }

  private static Arguments slip(
      String name, String anchor, String from, String to, String... phrases) {
    return Arguments.of(name, anchor, from, to, phrases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slips")
  void slipIsExplainedAtItsLine(
      String name, String anchor, String from, String to, String[] phrases) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("scenarios/baseline.yaml")));
    int at = lineStarting(lines, anchor);
    assertTrue(lines.get(at).contains(from), () -> "baseline line " + (at + 1) + " changed");
    lines.set(
        at,
        lines
            .get(at)
            .replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    Path file = dir.resolve("baseline.yaml");
    Files.write(file, lines);

    List<Problem> problems =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).problems();
    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals(at + 1, p.line(), p::format);
    assertTrue(p.column() > 0, p::format);
    for (String phrase : phrases) {
      assertTrue(p.message().contains(phrase), () -> "`" + phrase + "` not in " + p.format());
    }
  }

  private static int lineStarting(List<String> lines, String anchor) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.startsWith(anchor) || t.startsWith("- " + anchor)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + anchor);
  }

  private List<Problem> problems(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).problems();
  }

  @Test
  void theFirstOfTwoSlipsIsReported() throws IOException {
    Problem p =
        problems(
                "prices:\n  base: 120\n  phi # 0.9\n  sigma: 0.1\n"
                    + "producers:\n count: 5\n  tracked: 3\n")
            .get(0);
    assertEquals(3, p.line(), p::format);
    assertTrue(p.message().contains("write `phi: 0.9`"), p::format);
  }

  @Test
  void aSlipNotRecognisedKeepsTheParsersWords() throws IOException {
    Problem p = problems("name: x\nyears: [2, {a: b]\n").get(0);
    assertEquals(2, p.line(), p::format);
    assertTrue(p.message().startsWith("YAML syntax error: "), p::format);
  }

  @Test
  void aValidMultiLineValueAboveTheSlipIsNotBlamed() throws IOException {
    Problem p =
        problems(
                "description: \"a long text\n  on two lines\"\nname: x\n"
                    + "prices:\n  base: 120\n   phi: 0.9\n  sigma: 0.1\n")
            .get(0);
    assertEquals(6, p.line(), p::format);
    assertTrue(p.message().contains("indent it by 2 spaces"), p::format);
  }

  @Test
  void numbersWrittenAsOnPaperGetAHint() throws IOException {
    List<Problem> ps =
        problems(
            "prices:\n  phi: 0.9# persistence\n  sigma: 0,06\n"
                + "cooperatives:\n  advance_share: 75%\n  commission: 6\n"
                + "commodity:\n  harvest_shares: 0.5 0.5\n");
    assertEquals(5, ps.size(), ps::toString);
    assertTrue(ps.get(0).message().contains("a comment needs a space before #"), ps::toString);
    assertTrue(ps.get(1).message().contains("write decimals with a point: 0.06"), ps::toString);
    assertTrue(ps.get(2).message().contains("for 75% write 0.75"), ps::toString);
    assertTrue(ps.get(3).message().contains("did you mean 0.06 (6%)?"), ps::toString);
    assertTrue(
        ps.get(4).message().contains("separate them with commas inside [ ]: [0.5, 0.5]"),
        ps::toString);
  }
}
