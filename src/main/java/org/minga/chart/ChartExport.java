package org.minga.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jfree.chart.ChartUtils;

/**
 * Writes charts as PNG files (and SVG on request). Each file is written under a temporary name and
 * renamed when complete, so an interrupted export never leaves a half-written image under its final
 * name. Works with {@code java.awt.headless=true}: JFreeChart draws into an off-screen image.
 */
public final class ChartExport {
  /** Size of exported charts, pixels: wide enough for a slide or a page. */
  public static final int WIDTH = 1200;

  public static final int HEIGHT = 750;

  /** The income chart has two panels and is taller. */
  public static final int INCOME_HEIGHT = 950;

  private ChartExport() {}

  /** Writes every chart as PNG, and as SVG too if {@code svg}; returns the files written. */
  public static List<Path> write(MingaCharts charts, Path directory, boolean svg)
      throws IOException {
    List<Path> written = new ArrayList<>(writePngs(charts, directory));
    if (svg) {
      written.addAll(writeSvgs(charts, directory));
    }
    return written;
  }

  /** Writes every chart as {@code NAME.png} in {@code directory}; returns the files written. */
  public static List<Path> writePngs(MingaCharts charts, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (TimeChart c : charts.charts()) {
      Path target = directory.resolve(c.name() + ".png");
      writePng(c, target, WIDTH, c instanceof IncomeChart ? INCOME_HEIGHT : HEIGHT);
      written.add(target);
    }
    return written;
  }

  /** Writes every chart as {@code NAME.svg} in {@code directory}; returns the files written. */
  public static List<Path> writeSvgs(MingaCharts charts, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (TimeChart c : charts.charts()) {
      Path target = directory.resolve(c.name() + ".svg");
      int height = c instanceof IncomeChart ? INCOME_HEIGHT : HEIGHT;
      write(target, out -> SvgCharts.write(c.chart(), WIDTH, height, out));
      written.add(target);
    }
    return written;
  }

  /** Writes one chart to {@code target} as a PNG of the given size. */
  public static void writePng(TimeChart chart, Path target, int width, int height)
      throws IOException {
    write(target, out -> ChartUtils.writeChartAsPNG(out, chart.chart(), width, height));
  }

  /** Writes {@code chart} to {@code target} as a PNG of the given size. */
  public static void writePng(org.jfree.chart.JFreeChart chart, Path target, int width, int height)
      throws IOException {
    write(target, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
  }

  /** Writes {@code chart} to {@code target} as an SVG of the given size. */
  public static void writeSvg(org.jfree.chart.JFreeChart chart, Path target, int width, int height)
      throws IOException {
    write(target, out -> SvgCharts.write(chart, width, height, out));
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code target} through a temporary file renamed once complete. */
  private static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = newTempFile(dir, target.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * {@code .NAME.RANDOM.tmp} with the directory's default permissions (Files.createTempFile's
   * owner-only permissions would stay on the renamed image).
   */
  private static Path newTempFile(Path dir, String name) throws IOException {
    while (true) {
      String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(dir.resolve("." + name + "." + unique + ".tmp"));
      } catch (FileAlreadyExistsException taken) {
        // Another export drew the same name: draw again.
      }
    }
  }
}
