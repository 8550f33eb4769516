package org.minga.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One raw line of a YAML file as a person reads it: indentation, list dash, key, value, comment,
 * and the quotes and brackets it leaves open. Only for explaining syntax errors ({@link
 * YamlSlips}); SnakeYAML does the real parsing, so this reads one line alone and may be wrong about
 * lines that continue a quoted or bracketed value.
 */
final class YamlLine {
  private static final Pattern KEY =
      Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_ .-]*?)\\s*:(?=\\s|$)");

  final String text;

  /** Leading spaces. */
  final int indent;

  /** Whether the line starts a list item ({@code - }). */
  final boolean dash;

  /** Where the content starts: after the dash, else the indentation. */
  final int bodyStart;

  /** Where a comment starts ({@code #} after a space, outside quotes); the length if none. */
  final int commentStart;

  /** The plain key before {@code ": "}, or null. */
  final String key;

  /** Where the key's value starts (after the colon and spaces), or -1 without a key. */
  final int valueStart;

  /** An opening quote never closed on this line, or -1. */
  final int unclosedQuote;

  /** A closing quote followed by more text of the same value, or -1. */
  final int closedQuote;

  /** The first character of that text, or -1. */
  final int textAfterQuote;

  /** The first [ or { left open at the end of the line, or -1. */
  final int unclosedFlow;

  /** What closes every [ and { left open, innermost first ("}]"), or "". */
  final String closers;

  /** A ] or } that closes nothing, or -1. */
  final int extraCloser;

  private YamlLine(String text, int indent, boolean dash, int bodyStart, Scan scan) {
    this.text = text;
    this.indent = indent;
    this.dash = dash;
    this.bodyStart = bodyStart;
    this.commentStart = scan.comment;
    this.unclosedQuote = scan.unclosedQuote;
    this.closedQuote = scan.closedQuote;
    this.textAfterQuote = scan.textAfterQuote;
    this.unclosedFlow = scan.open.isEmpty() ? -1 : scan.open.peekLast();
    StringBuilder close = new StringBuilder();
    scan.open.forEach(i -> close.append(text.charAt(i) == '[' ? ']' : '}'));
    this.closers = close.toString();
    this.extraCloser = scan.extraCloser;
    Matcher m = KEY.matcher(code());
    if (m.lookingAt() && !m.group(1).isBlank()) {
      this.key = m.group(1);
      int v = bodyStart + m.end();
      while (v < text.length() && v < commentStart && Character.isWhitespace(text.charAt(v))) {
        v++;
      }
      this.valueStart = v;
    } else {
      this.key = null;
      this.valueStart = -1;
    }
  }

  static YamlLine of(String raw) {
    String text = raw.replace("\r", "").replace("\uFEFF", "");
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    boolean dash = text.startsWith("- ", indent) || text.substring(indent).equals("-");
    int body = dash ? indent + 1 : indent;
    while (dash && body < text.length() && text.charAt(body) == ' ') {
      body++;
    }
    return new YamlLine(text, indent, dash, body, new Scan(text, body));
  }

  /** Empty or only a comment. */
  boolean isBlank() {
    return !dash && code().isEmpty();
  }

  /** The content without the dash, the comment and trailing spaces. */
  String code() {
    return text.substring(bodyStart, Math.max(bodyStart, commentStart)).stripTrailing();
  }

  /** The key's value without the comment, or "" (also without a key). */
  String value() {
    return valueStart < 0 || valueStart >= commentStart
        ? ""
        : text.substring(valueStart, commentStart).stripTrailing();
  }

  /** A key with nothing after it: the header of a section or list. */
  boolean isHeader() {
    return key != null && value().isEmpty();
  }

  /** The comment with its {@code #}, or "". */
  String comment() {
    return commentStart < text.length() ? text.substring(commentStart) : "";
  }

  /** The line with its content moved to {@code spaces} of indentation. */
  String indentedBy(int spaces) {
    return " ".repeat(spaces) + text.substring(indent);
  }

  /** The line with {@code insert} put at {@code at}. */
  String inserting(int at, String insert) {
    return text.substring(0, at) + insert + text.substring(at);
  }

  /** The line with the characters from {@code from} to {@code to} replaced. */
  String replacing(int from, int to, String with) {
    return text.substring(0, from) + with + text.substring(to);
  }

  /** What a reader of the line sees as its start, shortened, for messages. */
  static String shorten(String s) {
    String t = s.strip();
    return t.length() <= 40 ? t : t.substring(0, 37).stripTrailing() + "...";
  }

  /** Walks the line once, tracking quotes and brackets the way YAML opens them. */
  private static final class Scan {
    int comment;
    int unclosedQuote = -1;
    int closedQuote = -1;
    int textAfterQuote = -1;
    int extraCloser = -1;
    final Deque<Integer> open = new ArrayDeque<>();

    Scan(String s, int start) {
      int n = s.length();
      comment = n;
      boolean sawFlow = false;
      for (int i = start; i < n; i++) {
        char c = s.charAt(i);
        if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
          comment = i;
          return;
        }
        if ((c == '"' || c == '\'') && opensScalar(s, i, start)) {
          int end = closing(s, i);
          if (end < 0) {
            unclosedQuote = i;
            return; // the rest of the line is inside the quote
          }
          noteTextAfter(s, i, end);
          i = end;
        } else if ((c == '[' || c == '{') && opensScalar(s, i, start)) {
          open.push(i);
          sawFlow = true;
        } else if (c == ']' || c == '}') {
          if (!open.isEmpty()) {
            open.pop();
          } else if (sawFlow && extraCloser < 0) {
            extraCloser = i;
          }
        }
      }
    }

    private void noteTextAfter(String s, int start, int end) {
      int k = end + 1;
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
      if (k == s.length() || textAfterQuote >= 0) {
        return;
      }
      char next = s.charAt(k);
      boolean ends = ",]}:".indexOf(next) >= 0 || (next == '#' && k > end + 1);
      if (!ends) {
        closedQuote = end;
        textAfterQuote = k;
      }
    }

    /** Index of the quote closing the one at {@code i}, or -1. */
    private static int closing(String s, int i) {
      char q = s.charAt(i);
      for (int j = i + 1; j < s.length(); j++) {
        char c = s.charAt(j);
        if (q == '"' && c == '\\') {
          j++;
        } else if (c == q) {
          if (q == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
            j++; // '' is an apostrophe inside '...'
          } else {
            return j;
          }
        }
      }
      return -1;
    }

    /** Whether a quote or bracket at {@code i} starts a value (not inside plain text). */
    private static boolean opensScalar(String s, int i, int start) {
      int j = i - 1;
      while (j >= start && s.charAt(j) == ' ') {
        j--;
      }
      if (j < start) {
        return true;
      }
      char c = s.charAt(j);
      return "[{,".indexOf(c) >= 0 || ((c == ':' || c == '-' || c == '?') && j < i - 1);
    }
  }
}
