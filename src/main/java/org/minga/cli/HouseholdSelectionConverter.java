package org.minga.cli;

import org.minga.metrics.HouseholdSelection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --households all|none|sample:N}; a bad value is a usage error (exit 2). */
final class HouseholdSelectionConverter implements ITypeConverter<HouseholdSelection> {
  @Override
  public HouseholdSelection convert(String text) {
    try {
      return HouseholdSelection.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
