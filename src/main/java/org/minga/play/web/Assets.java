package org.minga.play.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the server serves besides its API, all from the jar and read once at start: the phone page's
 * files (a fixed list: nothing else, no directory listing) and its texts, one {@code
 * web/i18n/messages_xx.properties} file per language (UTF-8), found by trying every ISO language
 * code, so adding a language is adding a file.
 */
final class Assets {
  /** A file and its content type. */
  record Asset(byte[] bytes, String type) {}

  private static final String ROOT = "web/";
  private static final Map<String, String> FILES =
      Map.of("/", "index.html", "/app.js", "app.js", "/style.css", "style.css");

  private final Map<String, Asset> files = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> texts = new TreeMap<>();

  Assets() {
    FILES.forEach(
        (path, name) ->
            files.put(
                path,
                new Asset(
                    read(ROOT + name),
                    name.endsWith(".html")
                        ? "text/html; charset=utf-8"
                        : name.endsWith(".js")
                            ? "text/javascript; charset=utf-8"
                            : "text/css; charset=utf-8")));
    for (String lang : Locale.getISOLanguages()) {
      InputStream in = resource(ROOT + "i18n/messages_" + lang + ".properties");
      if (in != null) {
        texts.put(lang, properties(in));
      }
    }
  }

  /** The file served at {@code path}, or null. */
  Asset file(String path) {
    return files.get(path);
  }

  /** The texts of language {@code lang}, or null. */
  Map<String, String> texts(String lang) {
    return texts.get(lang);
  }

  /** Each language's code and its own name (its {@code language} text). */
  Map<String, String> languages() {
    Map<String, String> out = new LinkedHashMap<>();
    texts.forEach((lang, t) -> out.put(lang, t.getOrDefault("language", lang)));
    return out;
  }

  private static InputStream resource(String name) {
    return Assets.class.getClassLoader().getResourceAsStream(name);
  }

  private static byte[] read(String name) {
    try (InputStream in = resource(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> properties(InputStream in) {
    Properties p = new Properties();
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }
}
