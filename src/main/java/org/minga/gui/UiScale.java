package org.minga.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import javax.swing.JComponent;
import javax.swing.JMenu;

/**
 * Presentation mode for Swing components: every font in a component tree times a factor, from the
 * size each component had before the first scaling, so switching back restores it exactly.
 */
final class UiScale {
  private static final String BASE_FONT = "minga.baseFont";

  private UiScale() {}

  /** Sets every font under {@code root} to its base size times {@code factor}. */
  static void apply(Component root, float factor) {
    Font font = root.getFont();
    if (font != null && root instanceof JComponent j) {
      Font base = (Font) j.getClientProperty(BASE_FONT);
      if (base == null) {
        base = font;
        j.putClientProperty(BASE_FONT, base);
      }
      j.setFont(base.deriveFont(base.getSize2D() * factor));
    }
    if (root instanceof JMenu menu) { // menu items live in a popup, not among the children
      for (Component item : menu.getMenuComponents()) {
        apply(item, factor);
      }
    }
    if (root instanceof Container c) {
      for (Component child : c.getComponents()) {
        apply(child, factor);
      }
    }
  }
}
