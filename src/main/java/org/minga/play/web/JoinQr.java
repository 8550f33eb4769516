package org.minga.play.web;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;

/**
 * The join address as a QR code (Nayuki's qrcodegen): an SVG for screens, an image for the window,
 * and text blocks for a console, two modules per character cell.
 */
public final class JoinQr {
  private static final int BORDER = 2;

  private final QrCode qr;

  public JoinQr(String url) {
    qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
  }

  private boolean dark(int x, int y) {
    return qr.getModule(x - BORDER, y - BORDER); // false outside: the quiet zone
  }

  private int size() {
    return qr.size + 2 * BORDER;
  }

  /** An SVG drawing, one unit per module. */
  public String svg() {
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < size(); y++) {
      for (int x = 0; x < size(); x++) {
        if (dark(x, y)) {
          path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "viewBox=\"0 0 "
        + size()
        + " "
        + size()
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>\n";
  }

  /** An image, {@code scale} pixels per module. */
  public BufferedImage image(int scale) {
    BufferedImage img =
        new BufferedImage(size() * scale, size() * scale, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, dark(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
      }
    }
    return img;
  }

  /** Lines of block characters (dark on light), two rows of modules per line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (int y = 0; y < size(); y += 2) {
      for (int x = 0; x < size(); x++) {
        boolean top = dark(x, y);
        boolean bottom = y + 1 < size() && dark(x, y + 1);
        // Light modules are drawn, so the code reads on a dark terminal too.
        b.append(!top && !bottom ? '█' : !top ? '▀' : !bottom ? '▄' : ' ');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
