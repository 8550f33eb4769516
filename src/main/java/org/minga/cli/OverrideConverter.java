package org.minga.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks the shape of a {@code --set key.path=value} argument at parse time, so a malformed one is
 * a usage error naming the option. Whether the key exists and the value fits is the scenario
 * loader's job.
 */
final class OverrideConverter implements ITypeConverter<String> {
  @Override
  public String convert(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || text.substring(0, eq).isBlank()) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is not of the form key.path=value "
              + "(for example producers.count=500)");
    }
    return text;
  }
}
