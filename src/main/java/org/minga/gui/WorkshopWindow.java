package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.Scrollable;
import javax.swing.Timer;
import org.minga.chart.ChartEvent;
import org.minga.chart.MingaCharts;
import org.minga.chart.StepRow;
import sim.display.Console;

/**
 * The workshop window: one screen laid out for a projector, as NetLogo's Interface tab is. On
 * the left the control column (Play/Pause, Step, Reset, speed, clock, price shocks, policy
 * levers); along the top the monitors; then the territory map (legend and clock drawn on it) and
 * the live charts side by side. It fits 1280x720 and spreads the charts into a grid on
 * 1920x1080. MASON's Console, with its model inspector, stays one menu away for power users.
 * Event dispatch thread only.
 */
final class WorkshopWindow {
  /** Type size factor of presentation mode. */
  static final float PRESENTATION_SCALE = 1.4f;
  private static final String FOLD = "\u25BE Shocks and levers";
  private static final String UNFOLD = "\u25B8 Shocks and levers";

  private final MingaGui gui;
  private final Console console;
  private final JFrame frame = new JFrame();
  private final RunControls run;
  private final ControlColumn controls;
  private final ShockPanel shocks;
  private final LeverPanel levers;
  private final Monitors monitors = new Monitors();
  private final ChartsPanel charts;
  private final MapDisplay map;
  private final MapOverlay overlay;
  private final InspectorWindow inspectors;
  private final FileActions files;
  private final JLabel caption = new JLabel(" ");
  private final JSplitPane split;
  private final JScrollPane columnScroll;
  /** One switch for the faded line, shown both in the column and in the View menu. */
  private final JCheckBox counterfactual = new JCheckBox("Faded line: the run without the "
      + "last change", true);
  /** Shocks, the faded-line switch and the levers: folded away to give the room more screen. */
  private final JPanel interventions = new JPanel();
  private final JToggleButton showInterventions = new JToggleButton(FOLD, true);
  private final JCheckBoxMenuItem presentation = new JCheckBoxMenuItem("Presentation mode");
  private final JCheckBoxMenuItem allSeries = new JCheckBoxMenuItem("All series on the charts");
  /** The clock at the last month charted: the column and the map show the same month. */
  private volatile String clockText = Clock.NOT_STARTED;
  /** Follows play-state changes the window did not make (run ended, storyboard pause). */
  private final Timer stateWatch;
  private final JPanel column = new ColumnPanel();
  /** Menu items that would start another run: off in a participatory session. */
  private final List<JMenuItem> newRunItems = new java.util.ArrayList<>();
  private final JMenu viewMenu = new JMenu("View");
  /** A participatory session's panel and chart, or null. */
  private ParticipatoryPanel session;
  private RoomIncomeChart roomChart;

  WorkshopWindow(MingaGui gui, Console console, MapDisplay map, MapOverlay overlay,
      MingaCharts initialCharts) {
    this.gui = gui;
    this.console = console;
    this.map = map;
    this.overlay = overlay;
    this.run = new RunControls(console);
    this.controls = new ControlColumn(run);
    this.shocks = new ShockPanel(gui);
    this.levers = new LeverPanel(gui);
    this.charts = new ChartsPanel(initialCharts);
    this.inspectors = new InspectorWindow(frame);
    this.files = new FileActions(gui, frame);
    counterfactual.setName("counterfactual");
    counterfactual.addActionListener(e -> charts.counterfactualVisible(
        counterfactual.isSelected()));

    column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
    column.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    column.add(controls.component());
    counterfactual.setAlignmentX(Component.LEFT_ALIGNMENT);
    interventions.setLayout(new BoxLayout(interventions, BoxLayout.Y_AXIS));
    interventions.setAlignmentX(Component.LEFT_ALIGNMENT);
    interventions.add(shocks.component());
    interventions.add(counterfactual);
    interventions.add(levers.component());
    showInterventions.setName("interventions");
    showInterventions.setAlignmentX(Component.LEFT_ALIGNMENT);
    showInterventions.addActionListener(e -> showInterventions(showInterventions.isSelected()));
    column.add(Box.createVerticalStrut(8));
    column.add(showInterventions);
    column.add(interventions);
    column.add(Box.createVerticalGlue());
    columnScroll = new JScrollPane(column,
        ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
        ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    columnScroll.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, Color.LIGHT_GRAY));

    caption.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
    caption.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
    caption.setVisible(false);
    JPanel top = new JPanel(new BorderLayout());
    top.add(caption, BorderLayout.NORTH);
    top.add(monitors.panel(), BorderLayout.CENTER);
    top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));

    split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, map, charts.component());
    split.setResizeWeight(0.4);
    split.setContinuousLayout(true);
    split.addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) {
        fitMap();
      }
    });
    JPanel centre = new JPanel(new BorderLayout());
    centre.add(top, BorderLayout.NORTH);
    centre.add(split, BorderLayout.CENTER);

    fitColumn();
    frame.getContentPane().add(columnScroll, BorderLayout.WEST);
    frame.getContentPane().add(centre, BorderLayout.CENTER);
    frame.setJMenuBar(menus());
    // Its simulation, for tests that find the window of a command (minga play) on screen.
    frame.getRootPane().putClientProperty(MingaGui.class, gui);
    frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        console.doClose(); // quits the simulation and the program, as closing the Console does
      }
    });
    frame.setMinimumSize(new Dimension(1024, 600));
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getMaximumWindowBounds();
    frame.setBounds(screen.x, screen.y, Math.min(screen.width, 1920),
        Math.min(screen.height, 1080));
    run.afterEachPress(this::refreshControls);
    stateWatch = new Timer(250, e -> refreshControls());
    stateWatch.start();
    refreshTitle();
  }

  private JMenuBar menus() {
    JMenuBar bar = new JMenuBar();
    JMenu file = new JMenu("File");
    file.add(newRun(item("Open scenario...", files::openScenario)));
    file.add(newRun(item("Reload scenario", files::reload)));
    file.addSeparator();
    file.add(item("Save session...", files::saveSession));
    file.add(item("Export charts (PNG)...", files::exportCharts));
    file.addSeparator();
    file.add(item("Quit", console::doClose));
    JMenu runMenu = new JMenu("Run");
    runMenu.add(item("Play / Pause", run::togglePlay));
    runMenu.add(item("Step one month", run::stepOneMonth));
    runMenu.add(newRun(item("Reset (same seed)", run::reset)));
    runMenu.add(newRun(item("Reset with seed...", files::resetWithSeed)));
    JMenu view = viewMenu;
    presentation.addActionListener(e -> gui.setPresentation(presentation.isSelected()));
    view.add(presentation);
    allSeries.addActionListener(e -> charts.allSeries(allSeries.isSelected()));
    view.add(allSeries);
    JCheckBoxMenuItem faded = new JCheckBoxMenuItem("Faded line: the run without the last "
        + "change");
    faded.setModel(counterfactual.getModel()); // one switch, two places
    view.add(faded);
    JCheckBoxMenuItem links = new JCheckBoxMenuItem("Links from producers to buyers");
    links.addActionListener(e -> gui.showLinks(links.isSelected()));
    view.add(links);
    JMenu tools = new JMenu("Tools");
    tools.add(item("MASON Console (model inspector, options)", () -> {
      console.setVisible(true);
      console.toFront();
    }));
    JCheckBoxMenuItem toolbar = new JCheckBoxMenuItem("MASON map toolbar");
    toolbar.addActionListener(e -> map.showToolbar(toolbar.isSelected()));
    tools.add(toolbar);
    bar.add(file);
    bar.add(runMenu);
    bar.add(view);
    bar.add(tools);
    return bar;
  }

  private JMenuItem newRun(JMenuItem i) {
    newRunItems.add(i);
    return i;
  }

  private static JMenuItem item(String text, Runnable action) {
    JMenuItem i = new JMenuItem(text);
    i.addActionListener(e -> action.run());
    return i;
  }

  /** As wide as the column's content, with room for its scrollbar: nothing cut on the right. */
  private void fitColumn() {
    Dimension content = columnScroll.getViewport().getView().getPreferredSize();
    int bar = columnScroll.getVerticalScrollBar().getPreferredSize().width;
    columnScroll.setPreferredSize(new Dimension(content.width + bar + 4, content.height));
  }

  /**
   * Gives the map the width its territory needs at the height it has, at most 42% of the
   * width: the charts need the rest.
   */
  private void fitMap() {
    int height = split.getHeight();
    int width = split.getWidth();
    if (height <= 0 || width <= 0) {
      return;
    }
    double aspect = gui.model().scenario().territory().widthKm()
        / gui.model().scenario().territory().heightKm();
    split.setDividerLocation((int) Math.min(0.42 * width, height * aspect));
  }

  /** The clock's text as of the last month charted (the map draws it; any thread). */
  String clockText() {
    return clockText;
  }

  void show() {
    frame.setVisible(true);
  }

  /**
   * Makes the window a participatory session's big screen: the session's panel under the
   * controls, the room's income chart beside the run's, the played households ringed on the
   * map; shocks, levers and new runs off (the session's files replay its one run), and the
   * faded line is the run with the model's rules in place of the players.
   */
  void participatory(Participation play) {
    roomChart = new RoomIncomeChart(play, gui.model().scenario().startYear(),
        gui.presentation() ? org.minga.chart.ChartStyle.PRESENTATION
            : org.minga.chart.ChartStyle.STANDARD);
    session = new ParticipatoryPanel(gui, play, frame, roomChart);
    column.add(session.component(), 1);
    showInterventions(false);
    showInterventions.setVisible(false);
    newRunItems.forEach(i -> i.setEnabled(false));
    counterfactual.setText("Faded line: the model's rules in place of the players");
    for (int i = 0; i < viewMenu.getItemCount(); i++) {
      if (viewMenu.getItem(i) != null && viewMenu.getItem(i).getModel()
          == counterfactual.getModel()) {
        viewMenu.getItem(i).setText(counterfactual.getText());
      }
    }
    charts.extra("The room", roomChart.component());
    overlay.showPlayed(true);
    run.oneRun(() -> gui.state.schedule.getSteps());
    frame.setTitle(frame.getTitle() + " · participatory session");
    fitColumn();
    refreshControls();
    frame.revalidate();
  }

  /** The session's panel, or null outside a session. */
  ParticipatoryPanel sessionPanel() {
    return session;
  }

  RoomIncomeChart roomChart() {
    return roomChart;
  }

  /** A new run: fresh charts, monitors back to dashes, levers as the scenario sets them. */
  void newRun(MingaCharts newCharts) {
    charts.show(newCharts);
    charts.clearCounterfactual();
    charts.allSeries(allSeries.isSelected());
    charts.counterfactualVisible(counterfactual.isSelected());
    monitors.clear();
    clockText = Clock.text(gui.model(), 0);
    controls.clock(clockText);
    caption("");
    afterChange();
    refreshTitle();
  }

  /** Months just run, in order. */
  void onRows(List<StepRow> batch) {
    charts.append(batch);
    StepRow last = batch.get(batch.size() - 1);
    monitors.show(last);
    clockText = Clock.text(gui.model(), last.step() + 1);
    controls.clock(clockText);
    levers.refresh();
    refreshControls();
  }

  /**
   * A shock or lever switch was made: marked at once (pending until the run reaches its month),
   * the levers' states redrawn.
   */
  void changed(ChartEvent e) {
    charts.markPending(e);
    afterChange();
  }

  private void afterChange() {
    levers.refresh();
    refreshControls();
    map.repaint();
  }

  /** Shows {@code text} large above the monitors (a storyboard caption) until the next one. */
  void caption(String text) {
    caption.setText(text.isBlank() ? " " : text);
    caption.setVisible(!text.isBlank());
    frame.revalidate();
  }

  String caption() {
    return caption.isVisible() ? caption.getText() : "";
  }

  private void refreshControls() {
    controls.refresh(gui.model().completedSteps() >= gui.model().totalSteps());
  }

  /** Shows or folds away the shocks and levers (presentation mode folds them at first). */
  void showInterventions(boolean on) {
    on &= session == null; // a session's run takes no shocks or levers
    showInterventions.setSelected(on);
    showInterventions.setText(on ? FOLD : UNFOLD);
    interventions.setVisible(on);
    fitColumn();
    frame.revalidate();
  }

  void presentation(boolean on) {
    presentation.setSelected(on);
    showInterventions(!on);
    float factor = on ? PRESENTATION_SCALE : 1f;
    charts.presentation(on);
    UiScale.apply(frame.getContentPane(), factor);
    UiScale.apply(frame.getJMenuBar(), factor);
    overlay.scale(factor);
    inspectors.scale(factor);
    if (roomChart != null) {
      roomChart.restyle(on ? org.minga.chart.ChartStyle.PRESENTATION
          : org.minga.chart.ChartStyle.STANDARD);
    }
    fitColumn();
    map.repaint();
    frame.revalidate();
  }

  private void refreshTitle() {
    if (session != null) {
      return; // one run: the title stays
    }
    frame.setTitle("Minga workshop \u2014 " + gui.scenarioFile().getFileName() + " \u00b7 seed "
        + gui.seed());
  }

  /** The control column: follows the viewport's width, scrolls vertically when too tall. */
  private static final class ColumnPanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    @Override
    public Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
      return visible.height - 32;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }

  void dispose() {
    stateWatch.stop();
    if (session != null) {
      session.dispose();
    }
    inspectors.dispose();
    frame.dispose();
  }

  // ---- parts, for the menus, the storyboard player and tests ---------------------------------

  JFrame frame() {
    return frame;
  }

  ChartsPanel charts() {
    return charts;
  }

  RunControls run() {
    return run;
  }

  ControlColumn controls() {
    return controls;
  }

  ShockPanel shocks() {
    return shocks;
  }

  LeverPanel levers() {
    return levers;
  }

  Monitors monitors() {
    return monitors;
  }

  InspectorWindow inspectors() {
    return inspectors;
  }

  FileActions files() {
    return files;
  }

  AbstractButton counterfactualSwitch() {
    return counterfactual;
  }
}
