package org.minga.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a student's own scenario, {@code NAME.yaml}, that {@code extends} a base and says in its
 * header what to change and how to run it ({@code minga new}). Where the base is taken from:
 *
 * <ul>
 *   <li>a file on disk: extended by its path relative to the new file;
 *   <li>a bundled scenario, when the program runs from the repository it was built in: the
 *       repository's copy, by relative path (the base stays one file, edited in one place);
 *   <li>a bundled scenario otherwise (a jar on its own): the base, the files it extends and its
 *       data are copied beside the new file, so the student can read the base's values and sources,
 *       and the variant keeps its meaning when the program is updated.
 * </ul>
 *
 * <p>The first line names the JSON Schema for editors, by a path relative to the new file: the
 * repository's, or a copy written beside it. Nothing is overwritten: an existing {@code NAME.yaml},
 * or a different file where a copy would go, refuses before anything is written.
 */
public final class NewScenario {
  /** A file name students can type and YAML reads as plain text. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** The schema written beside copied scenarios. */
  static final String SCHEMA_COPY = "scenario.schema.json";

  private static final String EDITOR_LINE = "# yaml-language-server:";

  /**
   * What was written.
   *
   * @param file the new scenario
   * @param base what it extends, as written in it
   * @param copied files copied or written beside it (the base, its data, the schema)
   */
  public record Written(Path file, String base, List<Path> copied) {}

  /** The new file, or a copy, would replace an existing file. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private NewScenario() {}

  /**
   * Writes {@code dir/NAME.yaml} extending {@code base}.
   *
   * @param repository the repository the program runs from, if any ({@link
   *     BundledScenarios#repository()})
   * @throws Refused when a file would be overwritten
   * @throws ScenarioException when the base does not load
   */
  public static Written write(String name, Path base, Path dir, Optional<Path> repository)
      throws IOException, ScenarioException {
    Path file = dir.resolve(name + ".yaml").normalize();
    if (Files.exists(file)) {
      throw new Refused(file + " exists already; choose another name, or remove it first");
    }
    Scenario s = ScenarioLoader.loadScenario(base, List.of());
    Optional<Path> repoSchema =
        repository.map(r -> r.resolve(BundledScenarios.SCHEMA)).filter(Files::isRegularFile);
    String schema = repoSchema.map(p -> relative(dir, p)).orElse(SCHEMA_COPY);
    Path onDisk =
        !BundledScenarios.contains(base)
            ? base
            : repository
                .map(r -> r.resolve("scenarios").resolve(BundledScenarios.relative(base)))
                .filter(Files::isRegularFile)
                .orElse(null);

    Map<Path, byte[]> copies = new LinkedHashMap<>();
    if (onDisk == null) {
      copies.putAll(copiesOf(base, s, dir, schema));
    }
    if (repoSchema.isEmpty()) {
      copies.put(
          dir.resolve(SCHEMA_COPY), ScenarioJsonSchema.generate().getBytes(StandardCharsets.UTF_8));
    }
    List<Path> copied = new ArrayList<>();
    for (Map.Entry<Path, byte[]> c : copies.entrySet()) {
      if (Files.exists(c.getKey())
          && !Arrays.equals(Files.readAllBytes(c.getKey()), c.getValue())) {
        throw new Refused(
            c.getKey()
                + " exists already and is not the copy this needs; run "
                + "minga new in another directory (--dir), or extend that file (--from "
                + c.getKey()
                + ")");
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<Path, byte[]> c : copies.entrySet()) {
      if (!Files.exists(c.getKey())) {
        Files.createDirectories(c.getKey().toAbsolutePath().getParent());
        Files.write(c.getKey(), c.getValue());
        copied.add(c.getKey());
      }
    }
    String extendsText = onDisk != null ? relative(dir, onDisk) : base.getFileName().toString();
    Files.writeString(file, text(name, s, extendsText, schema), StandardOpenOption.CREATE_NEW);
    return new Written(file, extendsText, copied);
  }

  /** The bundled base, the files it extends and its data, as they go beside the new file. */
  private static Map<Path, byte[]> copiesOf(Path base, Scenario s, Path dir, String schema)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    ExtendsResolver chain = new ExtendsResolver(problems);
    chain.load(base); // loaded above, so without problems
    List<Path> files = new ArrayList<>(chain.files());
    s.dataFiles().stream().map(BundledScenarios::file).forEach(files::add);
    Map<Path, byte[]> copies = new LinkedHashMap<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      if (f.getFileName().toString().endsWith(".yaml")) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(EDITOR_LINE) && text.indexOf('\n') > 0) {
          // The copy's schema line leads to the schema beside it, not to ../docs.
          text = ScenarioJsonSchema.editorLine(schema) + text.substring(text.indexOf('\n'));
        }
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      copies.put(dir.resolve(BundledScenarios.relative(f)), bytes);
    }
    return copies;
  }

  /** {@code target} as written in a file in {@code dir}: relative, with forward slashes. */
  private static String relative(Path dir, Path target) {
    Path from = dir.toAbsolutePath().normalize();
    Path to = target.toAbsolutePath().normalize();
    try {
      return from.relativize(to).toString().replace('\\', '/');
    } catch (IllegalArgumentException otherDrive) {
      return to.toString().replace('\\', '/');
    }
  }

  /** The new scenario: schema line, what to change and how, then the keys. */
  static String text(String name, Scenario base, String extendsText, String schema) {
    return ScenarioJsonSchema.editorLine(schema)
        + "\n"
        + """
        # %1$s: a variant of %2$s.
        # %2$s: %3$s
        #
        # It extends %4$s: every key not written here keeps its value
        # there (that file also says where each value comes from). To change something, write
        # its key at the end of this file with the new value, nested as in the base. For example:
        #
        #   seed: 7                      # another draw of the same world
        #   producers:
        #     count: 1000                # fewer households
        #   prices:
        #     sigma: 0.12                # a more volatile world price
        #     shocks_add:                # a crash in year 5, besides the base's own
        #       - {at: 48, duration: 12, multiplier: 0.6}
        #
        # A list written as `shocks:` replaces the base's list; `shocks_add:` adds to it.
        # Find a key: minga describe --search crash; all about one: minga describe prices.sigma
        # From this folder, check it: minga validate %1$s.yaml; run it: minga run %1$s.yaml
        # In VS Code with Red Hat's YAML extension, keys complete and mistakes show as you type.

        extends: %4$s
        name: %1$s
        description: ""   # in one line: what you changed, and what you want to find out
        """
            .formatted(
                name, base.name(), base.description().replace('\n', ' '), plain(extendsText));
  }

  /** {@code text} as a YAML value: as is when plain, else double-quoted. */
  private static String plain(String text) {
    return text.matches("[A-Za-z0-9_./-]+")
        ? text
        : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
