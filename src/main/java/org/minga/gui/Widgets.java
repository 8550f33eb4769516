package org.minga.gui;

import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Small building blocks shared by the window's panels. */
final class Widgets {
  private Widgets() {}

  /** A section heading in the control column (a label, so presentation mode scales it). */
  static JLabel heading(String text) {
    JLabel l = new JLabel(text);
    l.setFont(l.getFont().deriveFont(Font.BOLD, 14f));
    l.setBorder(BorderFactory.createEmptyBorder(10, 2, 2, 2));
    l.setAlignmentX(Component.LEFT_ALIGNMENT);
    return l;
  }

  /** Components in a left-aligned row. */
  static JPanel row(Component... parts) {
    JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 1));
    for (Component c : parts) {
      p.add(c);
    }
    p.setAlignmentX(Component.LEFT_ALIGNMENT);
    return p;
  }
}
