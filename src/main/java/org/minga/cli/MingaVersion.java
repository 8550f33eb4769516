package org.minga.cli;

import picocli.CommandLine.IVersionProvider;

/** Minga's version from the jar manifest's Implementation-Version; "dev" when run from classes. */
public final class MingaVersion implements IVersionProvider {
  /** The version, e.g. {@code 0.1.0}, or {@code dev}. */
  public static String current() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Minga " + current()};
  }
}
