package org.minga.play.web;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A player's phone in the API tests: its own cookie jar, plain HTTP requests. */
final class Phone {
  /** An answer: status, body, and the body as JSON (null if it is not). */
  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    String error() {
      return json().get("error").getAsString();
    }
  }

  final CookieManager cookies;
  private final HttpClient http;
  private final URI base;

  Phone(String url) {
    this(url, new CookieManager());
  }

  Phone(String url, CookieManager jar) {
    base = URI.create(url).resolve("/");
    cookies = jar;
    http = HttpClient.newBuilder().cookieHandler(jar).connectTimeout(Duration.ofSeconds(5)).build();
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Reply post(String path, String json) {
    return post(path, json, "application/json");
  }

  Reply post(String path, String body, String type) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply join(String code) {
    return post("/api/join", "{\"code\":\"" + code + "\"}");
  }

  Reply joinBoard(String code) {
    return post("/api/join", "{\"code\":\"" + code + "\",\"board\":true}");
  }

  /** Waits (long polls) until this player's window asks it something; returns the view. */
  JsonObject awaitWindow() {
    return awaitView(
        v ->
            v.get("window").isJsonObject()
                && v.getAsJsonObject("window").get("screen").isJsonObject());
  }

  /** Waits until the view satisfies a condition on it. */
  JsonObject awaitView(java.util.function.Predicate<JsonObject> done) {
    long since = -1;
    long end = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < end) {
      JsonObject v = get("/api/state?since=" + since).json();
      if (done.test(v)) {
        return v;
      }
      since = v.get("version").getAsLong();
    }
    throw new AssertionError("the view did not change as expected within 30 s");
  }

  Reply decide(int step, Map<String, String> choices) {
    JsonObject c = new JsonObject();
    choices.forEach(c::addProperty);
    JsonObject body = new JsonObject();
    body.addProperty("step", step);
    body.add("choices", c);
    return post("/api/decide", body.toString());
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(
              b.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
