package org.minga.play.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * The JSON of the session's API. A missing value (NaN: no trader in reach, no cooperative) is
 * written as null, which browsers read, and read back as NaN; other numbers round-trip exactly, so
 * a bot deciding from the JSON decides as from the model's own numbers.
 */
final class Json {
  static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(double.class, new NanAsNull())
          .registerTypeAdapter(Double.class, new NanAsNull())
          .serializeNulls()
          .disableHtmlEscaping()
          .create();

  private Json() {}

  private static final class NanAsNull extends TypeAdapter<Double> {
    @Override
    public void write(JsonWriter out, Double value) throws IOException {
      if (value == null || value.isNaN() || value.isInfinite()) {
        out.nullValue();
      } else {
        out.value(value.doubleValue());
      }
    }

    @Override
    public Double read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return Double.NaN;
      }
      return in.nextDouble();
    }
  }
}
