package org.minga.chart;

import java.awt.Rectangle;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.ext.awt.image.spi.ImageWriter;
import org.apache.batik.ext.awt.image.spi.ImageWriterParams;
import org.apache.batik.ext.awt.image.spi.ImageWriterRegistry;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Draws a chart as SVG with Apache Batik's SVGGraphics2D (a Graphics2D that records SVG), for
 * figures that scale without blurring in papers and slides. The DOM document comes from the JDK;
 * Batik serialises it.
 */
final class SvgCharts {
  static {
    // Batik embeds raster patterns (the hatching of the channels chart) as PNG through its own
    // registry of image writers, whose PNG writer lives in another Batik module; the JDK's
    // ImageIO writes PNG just as well.
    ImageWriterRegistry.getInstance()
        .register(
            new ImageWriter() {
              @Override
              public void writeImage(RenderedImage image, OutputStream out) throws IOException {
                ImageIO.write(image, "png", out);
              }

              @Override
              public void writeImage(
                  RenderedImage image, OutputStream out, ImageWriterParams params)
                  throws IOException {
                ImageIO.write(image, "png", out);
              }

              @Override
              public String getMIMEType() {
                return "image/png";
              }
            });
  }

  private SvgCharts() {}

  static void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML document builder for SVG export: " + e.getMessage(), e);
    }
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    ctx.setComment("Minga chart, drawn by JFreeChart and Apache Batik");
    // Text as text (searchable, editable), not as outlines.
    SVGGraphics2D g = new SVGGraphics2D(ctx, false);
    g.setSVGCanvasSize(new java.awt.Dimension(width, height));
    chart.draw(g, new Rectangle(0, 0, width, height));
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g.stream(w, true);
    w.flush();
    g.dispose();
  }
}
