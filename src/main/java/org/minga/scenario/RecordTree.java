package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;

/** Walks a bound record tree along its schema: the root, its sections and list elements. */
final class RecordTree {
  /** Called once per record with its schema and key path ("", "prices", "firms[0]"). */
  interface Visitor {
    void visit(RecordSchema schema, Record record, String path);
  }

  private RecordTree() {}

  /** Visits {@code record} and every record below it, parents first. */
  static void visit(RecordSchema schema, Record record, String path, Visitor visitor) {
    visitor.visit(schema, record, path);
    for (KeySpec spec : schema.keys()) {
      if (spec.kind() == KeyKind.SECTION) {
        visit(
            spec.children(), (Record) value(record, spec), Binder.join(path, spec.key()), visitor);
      } else if (spec.kind() == KeyKind.RECORD_LIST) {
        String keyPath = Binder.join(path, spec.key());
        List<?> items = (List<?>) value(record, spec);
        for (int i = 0; i < items.size(); i++) {
          visit(spec.children(), (Record) items.get(i), keyPath + "[" + i + "]", visitor);
        }
      }
    }
  }

  /** The value of {@code spec}'s component in {@code record}. */
  static Object value(Record record, KeySpec spec) {
    try {
      var accessor = spec.component().getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + spec.path(), e);
    }
  }

  /** The value at a path of sections and a key ({@code prices.base}), or null. */
  static Object valueAt(RecordSchema schema, Record root, String path) {
    RecordSchema s = schema;
    Object v = root;
    for (String key : path.split("\\.")) {
      KeySpec spec = s == null ? null : s.key(key);
      if (spec == null || !(v instanceof Record r)) {
        return null;
      }
      v = value(r, spec);
      s = spec.children();
    }
    return v;
  }
}
