package org.minga.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Explains a YAML syntax error in plain words at the line of the slip, which is often above the
 * place where the parser notices it (an unclosed quote is noticed at the next quote, maybe pages
 * later). Looks at the raw lines up to the parser's mark for the common slips (unclosed quotes and
 * brackets, a missing colon or space, a comment glued to a value, misaligned indentation, a list
 * item among keys...), and keeps a suspect only if correcting it makes the file parse (or the error
 * move further down): a guess that does not fix anything is never shown.
 */
final class YamlSlips {
  /** Corrections tried at most, and characters re-parsed at most, so big files stay quick. */
  private static final int MAX_TRIES = 40;

  private static final long MAX_EFFORT = 50_000_000L;

  /** How far above the parser's mark a slip other than a quote is looked for. */
  private static final int NEAR = 3;

  /** How many lines past the parser's mark a correction must parse. */
  private static final int AFTER_MARK = 60;

  private static final Pattern NO_SPACE = Pattern.compile("([A-Za-z_]\\w*):(\\S.*)");
  private static final Pattern EQUALS = Pattern.compile("([A-Za-z_]\\w*)\\s*=\\s*(.*)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern WORDS = Pattern.compile("([A-Za-z_]\\w*)\\s+(\\S.*)");
  private static final Pattern MISSING_COMMA =
      Pattern.compile("([^\\s,\\[{:])(\\s+)([A-Za-z_]\\w*:\\s)");
  private static final String BAD_STARTS = "@`%*&!|>?";

  /** Where the slip is (0-based line, 1-based column), the corrected line and the message. */
  record Slip(int line, int column, String fixed, String message) {}

  private final List<String> raw;
  private final List<YamlLine> lines = new ArrayList<>();
  private final int markLine;
  private final List<Slip> suspects = new ArrayList<>();

  private YamlSlips(String text, int markLine) {
    this.raw = List.of(text.replace("\r\n", "\n").split("\n", -1));
    raw.forEach(r -> lines.add(YamlLine.of(r)));
    this.markLine = Math.max(0, Math.min(markLine, raw.size() - 1));
  }

  /** The slip behind {@code e} in {@code text}, if one of the known slips explains it. */
  static Optional<Slip> explain(String text, MarkedYAMLException e) {
    Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (m == null) {
      return Optional.empty();
    }
    YamlSlips slips = new YamlSlips(text, m.getLine());
    Optional<Slip> tab = slips.tab(m);
    return tab.isPresent() ? tab : slips.verified();
  }

  /** A tab is reported exactly where the parser stops: no need to guess. */
  private Optional<Slip> tab(Mark m) {
    String line = lines.get(markLine).text;
    int col = m.getColumn();
    if (m.getLine() != markLine || col >= line.length() || line.charAt(col) != '\t') {
      return Optional.empty();
    }
    boolean indenting = line.substring(0, col).isBlank();
    return Optional.of(
        new Slip(
            markLine,
            col + 1,
            null,
            indenting
                ? "a tab indents this line, but YAML indents only with spaces: replace the tab with "
                    + "spaces, lined up with the lines above"
                : "a tab is used for spacing here, but YAML allows only spaces: replace the tab with a "
                    + "space"));
  }

  private Optional<Slip> verified() {
    for (int i = markLine; i >= 0; i--) {
      YamlLine l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      quotes(i, l);
      if (markLine - i <= NEAR) {
        valueStart(i, l);
        gluedComment(i, l);
        colonInValue(i, l);
        brackets(i, l);
        missingColon(i, l);
        dashWithoutSpace(i, l);
        indentation(i, l); // before dashes: an over-indented first item is not a stray dash
        dashes(i, l);
        valueAndSection(i, l);
      }
    }
    Slip partial = null;
    int furthest = markLine;
    long effort = 0;
    Set<String> tried = new LinkedHashSet<>();
    for (Slip s : suspects) {
      if (tried.size() >= MAX_TRIES || effort > MAX_EFFORT) {
        break;
      }
      if (!tried.add(s.line() + "\n" + s.fixed())) {
        continue;
      }
      // Only the top-level block holding the slip, to a little past the mark, is parsed
      // again: a big file stays quick and its other blocks cannot mislead.
      int from = topLevelLineAtOrAbove(s.line() - 1);
      int to = Math.min(raw.size(), markLine + AFTER_MARK);
      String fixedText = slice(from, to, s.line(), s.fixed());
      effort += fixedText.length();
      int errorLine = errorLine(fixedText);
      if (errorLine < 0 || (to < raw.size() && from + errorLine >= to - 1)) {
        return Optional.of(s); // parses (up to where the slice was cut)
      }
      if (from + errorLine > furthest) {
        partial = s; // another slip further down; this one is still real
        furthest = from + errorLine;
      }
    }
    return Optional.ofNullable(partial);
  }

  private int topLevelLineAtOrAbove(int line) {
    for (int i = line; i > 0; i--) {
      YamlLine l = lines.get(i);
      if (!l.isBlank() && l.indent == 0 && !l.dash && l.key != null) {
        return i;
      }
    }
    return 0;
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive), line {@code index} replaced. */
  private String slice(int from, int to, int index, String fixed) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i == index ? fixed : raw.get(i)).append('\n');
    }
    return sb.toString();
  }

  /** The 0-based line of the first syntax error in {@code text}, or -1 when it parses. */
  private static int errorLine(String text) {
    try {
      new Yaml(new SafeConstructor(YamlSource.options())).compose(new StringReader(text));
      return -1;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      return m == null ? Integer.MAX_VALUE : m.getLine();
    } catch (YAMLException e) {
      return -1; // a limit, not a syntax error: the syntax is fine
    }
  }

  private void suspect(int line, int column, String fixed, String message) {
    suspects.add(new Slip(line, column, fixed, message));
  }

  // --- the slips, each with the correction that proves it ---

  private void quotes(int i, YamlLine l) {
    if (l.unclosedQuote >= 0) {
      char q = l.text.charAt(l.unclosedQuote);
      String message = "this quote is never closed; add " + q + " at the end of the value";
      String t = l.text;
      int comment = t.indexOf(" #", l.unclosedQuote);
      if (comment > 0) {
        suspect(i, l.unclosedQuote + 1, l.inserting(end(t, comment), String.valueOf(q)), message);
      }
      for (int k = l.unclosedQuote + 1; k < t.length(); k++) {
        if (",]}".indexOf(t.charAt(k)) >= 0) {
          suspect(i, l.unclosedQuote + 1, l.inserting(end(t, k), String.valueOf(q)), message);
          break;
        }
      }
      suspect(i, l.unclosedQuote + 1, l.inserting(end(t, t.length()), String.valueOf(q)), message);
    }
    if (l.textAfterQuote >= 0) {
      int close = l.closedQuote;
      char q = l.text.charAt(close);
      boolean glued =
          l.textAfterQuote == close + 1 && Character.isLetterOrDigit(l.text.charAt(close + 1));
      if (glued && q == '\'') {
        suspect(
            i,
            close + 1,
            l.inserting(close, "'"),
            "the apostrophe in `"
                + word(l.text, close)
                + "` ends the quoted text; inside '...' write it twice (`"
                + word(l.text, close).replace("'", "''")
                + "`), or put the value in double "
                + "quotes");
      } else if (glued) {
        int last = l.text.lastIndexOf('"', l.commentStart - 1);
        String inner = l.text.substring(close, last).replace("\"", "\\\"");
        suspect(
            i,
            close + 1,
            l.replacing(close, last, inner),
            "the \" before `"
                + word(l.text, close + 1)
                + "` ends the quoted text; write \\\" for a quote inside "
                + "\"...\", or put the value in single quotes");
      } else {
        int to = end(l.text, l.commentStart);
        String moved =
            l.text.substring(0, close) + l.text.substring(close + 1, to) + q + l.text.substring(to);
        suspect(
            i,
            l.textAfterQuote + 1,
            moved,
            "the value goes on after its closing quote; " + "put all of it inside the quotes");
      }
    }
  }

  private void valueStart(int i, YamlLine l) {
    int at = l.key != null ? l.valueStart : l.bodyStart;
    String value = l.key != null ? l.value() : l.code();
    if (at < 0
        || value.isEmpty()
        || BAD_STARTS.indexOf(value.charAt(0)) < 0
        || value.matches("[|>][-+0-9]*")) {
      return;
    }
    char c = value.charAt(0);
    String why =
        switch (c) {
          case '*' -> "YAML reads * as a reference to an anchor";
          case '&' -> "YAML reads & as the name of an anchor";
          case '!' -> "YAML reads ! as the name of a type";
          case '|', '>' ->
              "YAML reads " + c + " as the start of a block of text on the lines below";
          case '?' -> "YAML reads ? as the start of a complex key";
          default -> "YAML keeps " + c + " for itself";
        };
    String quoted = ResolvedYamlWriter.quote(value);
    suspect(
        i,
        at + 1,
        l.replacing(at, at + value.length(), quoted),
        "a value cannot start "
            + "with "
            + c
            + " ("
            + why
            + "); put the value in quotes: `"
            + (l.key != null ? l.key + ": " : "- ")
            + YamlLine.shorten(quoted)
            + "`");
  }

  private void gluedComment(int i, YamlLine l) {
    String v = l.value();
    int hash = v.indexOf('#');
    if (v.isEmpty() || "\"'[{".indexOf(v.charAt(0)) >= 0 || hash <= 0) {
      return;
    }
    int at = l.valueStart + hash;
    suspect(
        i,
        at + 1,
        l.inserting(at, " "),
        "a comment needs a space before #, or it is read "
            + "as part of the value: write `"
            + l.key
            + ": "
            + v.substring(0, hash).strip()
            + " # ...`");
  }

  private void colonInValue(int i, YamlLine l) {
    String v = l.value();
    int colon = v.indexOf(": ");
    if (v.isEmpty() || "\"'[{".indexOf(v.charAt(0)) >= 0 || (colon < 0 && !v.endsWith(":"))) {
      return;
    }
    String quoted = ResolvedYamlWriter.quote(v);
    suspect(
        i,
        l.valueStart + (colon < 0 ? v.length() : colon + 1),
        l.replacing(l.valueStart, l.valueStart + v.length(), quoted),
        "the value contains a colon followed by a space, which starts a new key; put the value "
            + "in quotes: `"
            + l.key
            + ": "
            + YamlLine.shorten(quoted)
            + "`");
  }

  private void brackets(int i, YamlLine l) {
    if (l.unclosedFlow >= 0) {
      char open = l.text.charAt(l.unclosedFlow);
      String message =
          "this "
              + open
              + " is never closed; add "
              + (open == '[' ? "] at the " + "end of the list" : "} at the end of the map");
      suspect(i, l.unclosedFlow + 1, l.inserting(end(l.text, l.commentStart), l.closers), message);
    }
    if (l.extraCloser >= 0) {
      char c = l.text.charAt(l.extraCloser);
      suspect(
          i,
          l.extraCloser + 1,
          l.replacing(l.extraCloser, l.extraCloser + 1, ""),
          "this " + c + " closes nothing: remove it");
    }
    String code = l.code();
    int flow = Math.max(code.indexOf('{'), code.indexOf('['));
    Matcher m = MISSING_COMMA.matcher(code);
    if (flow >= 0 && m.find(flow) && l.unclosedQuote < 0) {
      int at = l.bodyStart + m.end(1);
      suspect(
          i,
          at + 1,
          l.inserting(at, ","),
          "a comma is missing before `"
              + m.group(3).strip()
              + "`; separate the entries of {...} and [...] with commas");
    }
  }

  private void missingColon(int i, YamlLine l) {
    if (l.key != null || l.dash) {
      return;
    }
    String code = l.code();
    String rest = l.text.substring(l.bodyStart + code.length());
    Matcher m;
    if ((m = NO_SPACE.matcher(code)).matches()) {
      suspect(
          i,
          l.bodyStart + m.end(1) + 1,
          l.inserting(l.bodyStart + m.end(1) + 1, " "),
          "put a space after the colon: `" + m.group(1) + ": " + m.group(2) + "`");
    } else if ((m = EQUALS.matcher(code)).matches()) {
      suspect(
          i,
          l.bodyStart + m.end(1) + 1,
          " ".repeat(l.indent) + m.group(1) + ": " + m.group(2) + rest,
          "write a colon and a space, not =: `" + m.group(1) + ": " + m.group(2) + "`");
    } else if (WORD.matcher(code).matches()) {
      YamlLine next = neighbour(i, 1);
      String comment = l.comment().replaceFirst("^#\\s*", "");
      int colonAt = l.bodyStart + code.length();
      if (next != null && next.indent > l.indent) {
        suspect(
            i,
            colonAt + 1,
            l.inserting(colonAt, ":"),
            "`" + code + "` needs a colon to " + "start its section: `" + code + ":`");
      } else if (!comment.isEmpty()) {
        String value = comment.split("\\s+#|\\s{2,}", 2)[0].strip();
        suspect(
            i,
            colonAt + 1,
            l.replacing(colonAt, l.commentStart + 1, ":"),
            "`"
                + code
                + "` has no colon, so it is not read as a key, and # starts a comment, so `"
                + value
                + "` is not read at all: write `"
                + code
                + ": "
                + value
                + "`");
      } else {
        suspect(
            i,
            colonAt + 1,
            l.inserting(colonAt, ":"),
            "`" + code + "` needs a colon after" + " it: `" + code + ": value`");
      }
    } else if ((m = WORDS.matcher(code)).matches()) {
      int at = l.bodyStart + m.end(1);
      suspect(
          i,
          at + 1,
          l.inserting(at, ":"),
          "`"
              + m.group(1)
              + "` needs a colon before its "
              + "value: `"
              + m.group(1)
              + ": "
              + YamlLine.shorten(m.group(2))
              + "`");
    }
  }

  private void dashWithoutSpace(int i, YamlLine l) {
    String t = l.text;
    char after = t.length() > l.indent + 1 ? t.charAt(l.indent + 1) : ' ';
    if (!l.dash
        && t.startsWith("-", l.indent)
        && (Character.isLetter(after) || "{[\"'".indexOf(after) >= 0)) {
      suspect(
          i,
          l.indent + 2,
          l.inserting(l.indent + 1, " "),
          "a list item needs a space after"
              + " the dash: `- "
              + YamlLine.shorten(l.code().substring(1))
              + "`");
    }
  }

  private void dashes(int i, YamlLine l) {
    String t = l.text;
    YamlLine sibling = sibling(i);
    if (sibling == null) {
      return;
    }
    if (l.dash && !sibling.dash && sibling.key != null) {
      suspect(
          i,
          l.indent + 1,
          " ".repeat(l.indent) + t.substring(l.bodyStart),
          "this line "
              + "starts a list item (-), but the lines next to it are keys of a section: remove "
              + "the dash");
    } else if (!l.dash && sibling.dash) {
      suspect(
          i,
          l.indent + 1,
          " ".repeat(l.indent) + "- " + t.substring(l.indent),
          "this " + "line is not marked as a list item like the one above it: start it with `- `");
    }
  }

  /**
   * A line out of line with its neighbours: moved to where the line above and the line below agree
   * it belongs.
   */
  private void indentation(int i, YamlLine l) {
    YamlLine prev = neighbour(i, -1);
    YamlLine next = neighbour(i, 1);
    if (prev == null) {
      return;
    }
    int item = l.bodyStart - l.indent; // a list item's keys start after its dash
    Set<Integer> options = new LinkedHashSet<>();
    if (prev.isHeader()) {
      if (next != null) {
        options.add(next.indent);
        options.add(next.indent - item);
      }
      options.removeIf(c -> c <= prev.indent);
    } else {
      options.add(prev.indent);
      options.add(prev.bodyStart);
    }
    for (int c : options) {
      boolean agrees =
          next == null
              || next.indent == c
              || next.indent == c + item
              || (next.indent < c && !isLevel(i, l.indent));
      if (c != l.indent && c >= 0 && agrees) {
        suspect(i, l.indent + 1, l.indentedBy(c), indentMessage(i, l, c, prev, next));
      }
    }
  }

  private String indentMessage(int i, YamlLine l, int c, YamlLine prev, YamlLine next) {
    boolean byPrev = prev.indent == c || prev.bodyStart == c;
    YamlLine ref = byPrev ? prev : next;
    int refLine = lineOf(ref, i) + 1;
    String name = "`" + (ref.key != null ? ref.key + ":" : YamlLine.shorten(ref.code())) + "`";
    String mine =
        "`" + (l.key != null ? (l.dash ? "- " : "") + l.key + ":" : YamlLine.shorten(l.text)) + "`";
    if (!byPrev && l.dash) {
      return mine
          + " is indented by "
          + spaces(l.indent)
          + ", so `"
          + l.key
          + ":` does not line"
          + " up with "
          + name
          + " on line "
          + refLine
          + ": indent the dash by "
          + spaces(c);
    }
    int refIndent = ref.indent == c ? ref.indent : ref.bodyStart;
    return mine
        + " is indented by "
        + spaces(l.indent)
        + " but "
        + name
        + " on line "
        + refLine
        + " by "
        + spaces(refIndent)
        + "; the keys of one section must line up: indent it by "
        + spaces(c);
  }

  private void valueAndSection(int i, YamlLine l) {
    if (l.key == null || l.value().isEmpty()) {
      return;
    }
    int own = l.dash ? l.bodyStart : l.indent;
    YamlLine first = neighbour(i, 1);
    YamlLine second = first == null ? null : neighbour(lineOf(first, i), 1);
    YamlLine prev = neighbour(i, -1);
    if (first == null
        || second == null
        || first.indent <= own
        || second.indent <= own
        || (prev != null && prev.indent == first.indent)) {
      return;
    }
    String v = l.value();
    suspect(
        i,
        l.valueStart + 1,
        l.replacing(l.valueStart, l.valueStart + v.length(), ""),
        "`"
            + l.key
            + ":` has a value on its own line (`"
            + YamlLine.shorten(v)
            + "`) and lines "
            + "indented below it; a key takes one value or a section below it, not both: "
            + "delete `"
            + YamlLine.shorten(v)
            + "`");
  }

  // --- neighbours ---

  /** The nearest non-blank line above (step -1) or below (step 1), or null. */
  private YamlLine neighbour(int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j);
      }
    }
    return null;
  }

  /** The nearest line at the same indentation in the same block, above or else below. */
  private YamlLine sibling(int i) {
    int indent = lines.get(i).indent;
    for (int step : new int[] {-1, 1}) {
      for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
        YamlLine o = lines.get(j);
        if (o.isBlank() || o.indent > indent) {
          continue;
        }
        if (o.indent == indent) {
          return o;
        }
        break;
      }
    }
    return null;
  }

  /** Whether some block above line {@code i} is indented by exactly {@code indent}. */
  private boolean isLevel(int i, int indent) {
    int shallowest = Integer.MAX_VALUE;
    for (int j = i - 1; j >= 0; j--) {
      YamlLine o = lines.get(j);
      if (o.isBlank() || o.indent >= shallowest) {
        continue;
      }
      if (o.indent == indent || o.bodyStart == indent) {
        return true;
      }
      shallowest = o.indent;
    }
    return indent == 0;
  }

  private int lineOf(YamlLine l, int near) {
    for (int d = 0; d < lines.size(); d++) {
      for (int j : new int[] {near - d, near + d}) {
        if (j >= 0 && j < lines.size() && lines.get(j) == l) {
          return j;
        }
      }
    }
    return near;
  }

  /** The end of the text before {@code to}, without trailing spaces. */
  private static int end(String t, int to) {
    int k = Math.min(to, t.length());
    while (k > 0 && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** The word around position {@code at} (letters, digits and apostrophes). */
  private static String word(String t, int at) {
    int a = at;
    int b = at;
    while (a > 0 && (Character.isLetterOrDigit(t.charAt(a - 1)) || t.charAt(a - 1) == '\'')) {
      a--;
    }
    while (b < t.length() && (Character.isLetterOrDigit(t.charAt(b)) || t.charAt(b) == '\'')) {
      b++;
    }
    return t.substring(a, b);
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }
}
