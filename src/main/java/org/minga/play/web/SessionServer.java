package org.minga.play.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The session's web server (Javalin on Jetty), bound to one interface: the phone page and its
 * texts, the players' API, and for the facilitator's machine only (loopback) the join QR code and
 * the session's status. It serves nothing else.
 *
 * <p>API: {@code POST /api/join {code, seat?, board?}} sets the seat's token in an HttpOnly cookie
 * (a cookie already held resumes the seat); {@code GET /api/state?since=V} answers with the
 * player's view once the session has changed since version V (at most 20 s later); {@code POST
 * /api/decide {step, choices: {id: value}, responseMs?}}; {@code POST /api/leave}. Errors are JSON
 * {@code {error}} with a plain message, 400/401/403/409/429; requests are rate limited per token,
 * or per address before joining; POST bodies must be JSON (a form on another site cannot send that)
 * and small.
 */
public final class SessionServer implements AutoCloseable {
  public static final String COOKIE = "minga_seat";

  /** How long a state request waits for a change before answering anyway. */
  static final long POLL_SECONDS = 20;

  /** The server cannot listen where it was asked to (the port is in use, say). */
  public static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Requests per second and burst allowed per player or address. */
  public record Limits(double perSecond, int burst) {
    /** A room of phones: a poll a second, answers, a page load. */
    public static final Limits ROOM = new Limits(5, 20);
  }

  private final LiveSession session;
  private final Assets assets = new Assets();
  private final RateLimit limit;
  private final ExecutorService replies =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "minga-replies");
            t.setDaemon(true);
            return t;
          });
  private final Javalin app;
  private final String url;

  private SessionServer(LiveSession session, InetAddress bind, int port, Limits limits) {
    this.session = session;
    this.limit = new RateLimit(limits.perSecond(), limits.burst());
    app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = 8 * 1024;
              config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
            });
    routes();
    try {
      app.start(bind.getHostAddress(), port);
    } catch (RuntimeException e) {
      app.stop();
      replies.shutdownNow();
      throw new Unavailable(
          "cannot listen on "
              + bind.getHostAddress()
              + ":"
              + port
              + ": "
              + (e instanceof JavalinBindException
                  ? "the port is in use (give another with " + "--port, or 0 for any free port)"
                  : e.getMessage()),
          e);
    }
    String host =
        bind instanceof Inet6Address ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
    url = "http://" + host + ":" + app.port() + "/?code=" + session.code();
  }

  /**
   * Starts serving {@code session} on {@code bind}:{@code port} (0: any free port).
   *
   * @throws Unavailable when it cannot listen there
   */
  public static SessionServer start(
      LiveSession session, InetAddress bind, int port, Limits limits) {
    return new SessionServer(session, bind, port, limits);
  }

  /** The address players open (the code included, as the QR code carries it). */
  public String joinUrl() {
    return url;
  }

  public int port() {
    return app.port();
  }

  /** The machine's address on its local network (IPv4, up, not virtual), else loopback. */
  public static InetAddress defaultAddress() {
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!n.isUp() || n.isLoopback() || n.isVirtual() || n.isPointToPoint()) {
          continue;
        }
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
            return a;
          }
        }
      }
    } catch (SocketException e) {
      // no interfaces readable: loopback below
    }
    return InetAddress.getLoopbackAddress();
  }

  private void routes() {
    app.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header(
              "Content-Security-Policy",
              "default-src 'self'; img-src 'self' data:; " + "frame-ancestors 'none'");
          ctx.header("Cache-Control", "no-store");
        });
    app.before(
        "/api/*",
        ctx -> {
          String token = ctx.cookie(COOKIE);
          String key =
              session.seatOf(token) != null ? "t:" + token : "a:" + ctx.req().getRemoteAddr();
          if (!limit.allow(key)) {
            throw Refused.tooMany();
          }
        });
    for (String path : new String[] {"/", "/app.js", "/style.css"}) {
      app.get(
          path,
          ctx -> {
            Assets.Asset a = assets.file(path);
            ctx.contentType(a.type()).result(a.bytes());
          });
    }
    app.get("/api/languages", ctx -> json(ctx, assets.languages()));
    app.get(
        "/api/texts/{lang}",
        ctx -> {
          Map<String, String> t = assets.texts(ctx.pathParam("lang"));
          if (t == null) {
            throw new Refused(404, "No such language.");
          }
          json(ctx, t);
        });
    app.post(
        "/api/join",
        ctx -> {
          JsonObject body = body(ctx);
          LiveSession.Joined j =
              session.join(
                  ctx.cookie(COOKIE),
                  text(body, "code"),
                  text(body, "seat"),
                  body.has("board") && bool(body, "board"),
                  local(ctx));
          ctx.header(
              "Set-Cookie", COOKIE + "=" + j.token() + "; Path=/; HttpOnly; SameSite=Strict");
          json(ctx, session.view(j.token()));
        });
    app.get(
        "/api/state",
        ctx -> {
          String token = ctx.cookie(COOKIE);
          session.view(token); // refuses an unknown player now, not after the wait
          long since = since(ctx.queryParam("since"));
          ctx.future(
              () ->
                  session
                      .changeAfter(since)
                      .completeOnTimeout(since, POLL_SECONDS, TimeUnit.SECONDS)
                      .thenAcceptAsync(v -> json(ctx, session.view(token)), replies));
        });
    app.post(
        "/api/decide",
        ctx -> {
          JsonObject body = body(ctx);
          JsonElement raw = body.get("choices");
          if (raw == null || !raw.isJsonObject()) {
            throw Refused.invalid("Send your choices, one for each decision.");
          }
          Map<String, String> choices = new LinkedHashMap<>();
          for (Map.Entry<String, JsonElement> e : raw.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonPrimitive()) {
              throw Refused.invalid("A choice is a number or an option's name.");
            }
            choices.put(e.getKey(), e.getValue().getAsString());
          }
          String token = ctx.cookie(COOKIE);
          session.decide(
              token,
              (int) number(body, "step"),
              choices,
              body.has("responseMs") ? number(body, "responseMs") : 0);
          json(ctx, session.view(token));
        });
    app.post(
        "/api/leave",
        ctx -> {
          session.leave(ctx.cookie(COOKIE));
          json(ctx, Map.of("left", true));
        });
    app.get(
        "/api/status",
        ctx -> {
          requireLocal(ctx);
          json(ctx, session.status());
        });
    app.get(
        "/join.svg",
        ctx -> {
          requireLocal(ctx);
          ctx.contentType("image/svg+xml").result(new JoinQr(url).svg());
        });
    app.get(
        "/join.png",
        ctx -> {
          requireLocal(ctx);
          ByteArrayOutputStream png = new ByteArrayOutputStream();
          ImageIO.write(new JoinQr(url).image(8), "png", png);
          ctx.contentType("image/png").result(png.toByteArray());
        });
    app.exception(
        Refused.class,
        (e, ctx) -> {
          if (e.status() == 429) {
            ctx.header("Retry-After", "1");
          }
          ctx.status(e.status());
          json(ctx, Map.of("error", e.getMessage()));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          System.err.println("minga play: request " + ctx.path() + " failed: " + e);
          ctx.status(500);
          json(ctx, Map.of("error", "Something went wrong on the server."));
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null) {
            json(ctx, Map.of("error", "Not found."));
          }
        });
  }

  private static void json(Context ctx, Object o) {
    ctx.contentType("application/json; charset=utf-8").result(Json.GSON.toJson(o));
  }

  private static JsonObject body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.startsWith("application/json")) {
      throw Refused.invalid("Send JSON (Content-Type: application/json).");
    }
    try {
      JsonElement e = JsonParser.parseString(ctx.body());
      if (!e.isJsonObject()) {
        throw Refused.invalid("Send a JSON object.");
      }
      return e.getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw Refused.invalid("That is not valid JSON.");
    }
  }

  private static String text(JsonObject body, String key) {
    JsonElement e = body.get(key);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonPrimitive() || e.getAsString().length() > 64) {
      throw Refused.invalid("'" + key + "' is a short text.");
    }
    return e.getAsString();
  }

  private static boolean bool(JsonObject body, String key) {
    JsonElement e = body.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw Refused.invalid("'" + key + "' is true or false.");
    }
    return e.getAsBoolean();
  }

  private static long number(JsonObject body, String key) {
    JsonElement e = body.get(key);
    try {
      if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
        return e.getAsBigDecimal().longValueExact();
      }
    } catch (ArithmeticException x) {
      // not a whole number: refused below
    }
    throw Refused.invalid("'" + key + "' is a whole number.");
  }

  private static long since(String text) {
    if (text == null) {
      return -1;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Refused.invalid("'since' is a whole number.");
    }
  }

  private static boolean local(Context ctx) {
    try {
      return thisMachine(InetAddress.getByName(ctx.req().getRemoteAddr()));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Whether {@code from} is this machine: loopback, or one of its own addresses (the facilitator's
   * browser reaching the server at the LAN address it binds by default comes from that address).
   */
  static boolean thisMachine(InetAddress from) {
    try {
      return from.isLoopbackAddress() || java.net.NetworkInterface.getByInetAddress(from) != null;
    } catch (java.net.SocketException e) {
      return false;
    }
  }

  private static void requireLocal(Context ctx) {
    if (!local(ctx)) {
      throw Refused.forbidden("Only on the facilitator's machine.");
    }
  }

  @Override
  public void close() {
    app.stop();
    replies.shutdownNow();
  }
}
