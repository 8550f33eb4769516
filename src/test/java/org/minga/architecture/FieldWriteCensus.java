package org.minga.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, from the compiled classes, the writes to a class's fields made from another class (nested
 * classes count as their top-level class): the figure the ownership rule drives to zero. {@code
 * java -cp target/classes:target/test-classes:... FieldWriteCensus} prints it.
 */
public final class FieldWriteCensus {
  private FieldWriteCensus() {}

  /** The production classes of Minga (tests excluded). */
  public static JavaClasses minga() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.minga");
  }

  /** Writes to fields of {@code owner} from other classes, described one per line. */
  public static List<String> foreignWrites(JavaClasses classes) {
    List<String> found = new ArrayList<>();
    for (JavaClass origin : classes) {
      for (JavaFieldAccess a : origin.getFieldAccessesFromSelf()) {
        if (a.getAccessType() != JavaFieldAccess.AccessType.SET) {
          continue;
        }
        JavaClass target = a.getTargetOwner();
        if (!target.getPackageName().startsWith("org.minga")
            || topLevel(target).equals(topLevel(origin))) {
          continue;
        }
        found.add(
            topLevel(target).getSimpleName()
                + "."
                + a.getTarget().getName()
                + " written by "
                + topLevel(origin).getSimpleName()
                + " ("
                + a.getSourceCodeLocation()
                + ")");
      }
    }
    return found;
  }

  static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  public static void main(String[] args) {
    JavaClasses classes = minga();
    List<String> writes = foreignWrites(classes);
    Map<String, Integer> byOwner = new TreeMap<>();
    for (String w : writes) {
      byOwner.merge(w.substring(0, w.indexOf('.')), 1, Integer::sum);
    }
    JavaClass model = classes.get("org.minga.model.MingaModel");
    long modelFields =
        model.getFields().stream()
            .filter(
                f ->
                    !f.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
            .count();
    System.out.println("fields on MingaModel: " + modelFields);
    System.out.println("writes to another class's fields: " + writes.size() + " " + byOwner);
    if (args.length > 0) {
      writes.forEach(System.out::println);
    }
  }
}
