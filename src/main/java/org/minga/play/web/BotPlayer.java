package org.minga.play.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.minga.model.Decision;
import org.minga.play.Bot;
import org.minga.play.Screen;

/**
 * A bot at the table, playing through the same HTTP API as a phone: it joins its seat, waits for
 * the state to change, reads its screen from the JSON and answers. With simulated time it answers
 * at once and reports its drawn response time (the server counts one past the countdown as timed
 * out); live, it takes its time, and does not answer when it would be late. Its choices and times
 * come from its own stream only, in the same order every session, so the record does not depend on
 * thread timing.
 */
public final class BotPlayer implements Runnable {
  private final Bot bot;
  private final URI base;
  private final String code;
  private final long countdownMs;
  private final boolean simulatedTime;
  private final HttpClient http;
  private final LongConsumer timings;

  /**
   * @param timings receives the duration (ns) of each join and answer accepted, for load reports
   */
  public BotPlayer(
      Bot bot,
      String joinUrl,
      String code,
      long countdownMs,
      boolean simulatedTime,
      LongConsumer timings) {
    this.bot = bot;
    this.base = URI.create(joinUrl).resolve("/");
    this.code = code;
    this.countdownMs = countdownMs;
    this.simulatedTime = simulatedTime;
    this.timings = timings;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public String name() {
    return bot.name();
  }

  /** Joins its seat (again after a 429, once the limit allows). */
  public void join() throws IOException, InterruptedException {
    JsonObject body = new JsonObject();
    body.addProperty("code", code);
    body.addProperty("seat", bot.name());
    send("/api/join", body);
  }

  /** Plays until the session is over or the thread is interrupted. */
  @Override
  public void run() {
    try {
      long since = -1;
      while (!Thread.currentThread().isInterrupted()) {
        JsonObject view = send("/api/state?since=" + since, null);
        since = view.get("version").getAsLong();
        if (view.get("over").getAsBoolean()) {
          return;
        }
        JsonElement w = view.get("window");
        if (w != null && w.isJsonObject()) {
          answer(w.getAsJsonObject());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      System.err.println("minga play: " + bot.name() + " lost the server: " + e.getMessage());
    }
  }

  private void answer(JsonObject window) throws IOException, InterruptedException {
    JsonElement s = window.get("screen");
    if (s == null || s.isJsonNull() || window.get("answered").getAsBoolean()) {
      return;
    }
    Screen screen = Json.GSON.fromJson(s, Screen.class);
    Map<Decision, Double> choices = bot.answer(screen);
    Bot.Timing t = bot.time(countdownMs);
    if (!simulatedTime) {
      if (t.timedOut()) {
        return; // a phone put away: the countdown runs out
      }
      Thread.sleep(
          Math.max(0, t.responseMs() - (countdownMs - window.get("remainingMs").getAsLong())));
    }
    JsonObject body = new JsonObject();
    body.addProperty("step", screen.step());
    JsonObject c = new JsonObject();
    choices.forEach((d, v) -> c.addProperty(d.id(), d.format(v)));
    body.add("choices", c);
    body.addProperty("responseMs", t.responseMs());
    send("/api/decide", body);
  }

  /** A GET (no body) or a JSON POST; retries after 429, fails on any other refusal. */
  private JsonObject send(String path, JsonObject body) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(SessionServer.POLL_SECONDS + 10));
    if (body != null) {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    while (true) {
      long start = System.nanoTime();
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        if (body != null) { // a state request's time is mostly waiting for the session
          timings.accept(System.nanoTime() - start);
        }
        return JsonParser.parseString(r.body()).getAsJsonObject();
      }
      if (r.statusCode() != 429) {
        throw new IOException(path + " answered " + r.statusCode() + ": " + r.body());
      }
      Thread.sleep(1000);
    }
  }

  /** Lets {@code bots} answer through the server, each on its own thread (joined first). */
  public static Map<String, Thread> play(Iterable<BotPlayer> bots)
      throws IOException, InterruptedException {
    Map<String, Thread> threads = new LinkedHashMap<>();
    for (BotPlayer p : bots) {
      p.join();
      Thread t = new Thread(p, "minga-" + p.name());
      t.setDaemon(true);
      threads.put(p.name(), t);
    }
    threads.values().forEach(Thread::start);
    return threads;
  }
}
