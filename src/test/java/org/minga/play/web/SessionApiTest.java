package org.minga.play.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's web API as phones use it, over real HTTP on loopback: joining, deciding only for
 * one's own seat, reconnecting, refusals with plain messages, the rate limit, and the rule deciding
 * for players who left or ran out of time; a board shared by several phones, and the facilitator
 * freeing a seat or giving it another household.
 */
class SessionApiTest {
  private Table table;

  private Table table(int people, boolean board, long countdownMs) throws Exception {
    table = new Table(people, board, 0, 8, countdownMs);
    return table;
  }

  @AfterEach
  void close() {
    if (table != null) {
      table.close();
    }
  }

  /** Choices a household phone sends for what its window asks. */
  private static Map<String, String> answers(JsonObject view) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (var c : view.getAsJsonObject("window").getAsJsonArray("controls")) {
      String id = c.getAsJsonObject().get("id").getAsString();
      out.put(
          id,
          switch (id) {
            case "delivery" -> "0.5";
            case "lender" -> "public";
            case "advance_rule" -> "reference";
            case "reserve_months" -> "12";
            default -> "0.6";
          });
    }
    return out;
  }

  private static int step(JsonObject view) {
    return view.getAsJsonObject("window").get("step").getAsInt();
  }

  @Test
  void theRightCodeSeatsAPlayerWithAnHttpOnlyCookieAndAWrongOneIsRefused() throws Exception {
    Table t = table(2, false, 30_000);
    Phone phone = new Phone(t.url());
    Phone.Reply wrong = phone.join("ZZZZZ".equals(t.code()) ? "YYYYY" : "ZZZZZ");
    assertEquals(403, wrong.status());
    assertTrue(wrong.error().contains("not this session's code"), wrong.body());
    assertEquals(401, phone.get("/api/state").status(), "no seat without joining");

    Phone.Reply ok = phone.join(" " + t.code().toLowerCase() + " ");
    assertEquals(200, ok.status(), ok.body());
    assertEquals("player-1", ok.json().get("player").getAsString());
    assertEquals("household", ok.json().get("role").getAsString());
    String cookie = ok.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals("player-2", new Phone(t.url()).join(t.code()).json().get("player").getAsString());
    Phone.Reply full = new Phone(t.url()).join(t.code());
    assertEquals(409, full.status());
    assertTrue(full.error().contains("Every seat is taken"), full.body());
  }

  @Test
  void playersDecideForTheirOwnSeatOnlyAndTheRecordHasTheirChoices() throws Exception {
    Table t = table(1, true, 30_000);
    Phone household = new Phone(t.url());
    Phone board = new Phone(t.url());
    assertEquals(200, household.join(t.code()).status());
    assertEquals("board", board.joinBoard(t.code()).json().get("player").getAsString());

    JsonObject hv = household.awaitWindow();
    JsonObject bv = board.awaitWindow();
    int step = step(hv);
    assertEquals(4, step, "the May harvest");
    assertTrue(
        hv.getAsJsonObject("window").getAsJsonObject("screen").get("household").isJsonObject());
    // A household cannot take the board's decisions, nor answer for another month.
    Phone.Reply foreign = household.decide(step, Map.of("advance_share", "0.5"));
    assertEquals(400, foreign.status());
    assertTrue(foreign.error().contains("not a decision you take"), foreign.body());
    assertEquals(409, household.decide(step + 1, answers(hv)).status());
    Phone stranger = new Phone(t.url());
    stranger.cookies.getCookieStore().add(URI.create(t.url()), cookie("forged"));
    assertEquals(401, stranger.decide(step, answers(hv)).status());

    Phone.Reply h = household.decide(step, answers(hv));
    assertEquals(200, h.status(), h.body());
    assertTrue(h.json().getAsJsonObject("window").get("answered").getAsBoolean());
    assertEquals(409, household.decide(step, answers(hv)).status(), "only once");
    assertEquals(200, board.decide(step, answers(bv)).status());

    Table.await(() -> t.rows().stream().anyMatch(r -> r.contains(",board,")));
    List<String> rows = t.rows();
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.startsWith("test,player-1,household,")
                        && r.contains(",delivery,") == hv.toString().contains("\"delivery\"")),
        rows::toString);
    for (String r : rows) {
      assertTrue(r.endsWith(",false"), "answered in time: " + r);
    }
    assertTrue(
        rows.stream().anyMatch(r -> r.contains(",lender,") && r.contains(",public,")),
        rows::toString);
    assertTrue(
        rows.stream().anyMatch(r -> r.contains(",reserve_months,") && r.contains(",12,")),
        rows::toString);
  }

  private static HttpCookie cookie(String value) {
    HttpCookie c = new HttpCookie(SessionServer.COOKIE, value);
    c.setPath("/");
    return c;
  }

  @Test
  void aBoardSharedBySeveralPhonesTakesTheFirstAnswerRecordedWithItsPhone() throws Exception {
    Table t = table(1, true, 30_000);
    Phone first = new Phone(t.url());
    Phone second = new Phone(t.url());
    // A household that does not answer yet keeps the month open.
    Phone household = new Phone(t.url());
    assertEquals(200, household.join(t.code()).status());
    assertEquals("board", first.joinBoard(t.code()).json().get("player").getAsString());
    assertEquals("board-2", second.joinBoard(t.code()).json().get("player").getAsString());
    assertEquals(2, t.session.status().joined(), "the board's seat, two phones; a household");
    assertEquals(List.of("board", "board-2"), t.session.seatStates().get(0).players());
    JsonObject v = first.awaitWindow();
    second.awaitWindow();
    Phone.Reply answered = second.decide(step(v), answers(v));
    assertEquals(200, answered.status(), answered.body());
    Phone.Reply late = first.decide(step(v), answers(v));
    assertEquals(409, late.status());
    assertTrue(late.error().contains("board-2 answered first"), late.body());
    assertTrue(
        first.get("/api/state").json().getAsJsonObject("window").get("answered").getAsBoolean(),
        "every phone of the board sees the board has decided");
    JsonObject hv = household.awaitWindow();
    assertEquals(200, household.decide(step(hv), answers(hv)).status());
    Table.await(() -> !t.rows().isEmpty());
    for (String r : t.rows()) {
      assertTrue(r.startsWith("test,board-2,board,") || r.startsWith("test,player-1,"), r);
    }
    assertTrue(
        t.rows().stream().anyMatch(r -> r.startsWith("test,board-2,board,")), t.rows()::toString);
  }

  @Test
  void theFacilitatorFreesASeatAndGivesASeatAnotherHousehold() throws Exception {
    Table t = table(2, false, 30_000);
    // Before anyone joins (the months wait): player-2 gets another household.
    int before = t.session.seats().get(1).agent();
    int other = before + 1;
    while (!t.model.producer(other).isActive() || t.session.seats().get(0).agent() == other) {
      other++;
    }
    t.session.reseat(t.model, "player-2", other);
    assertEquals(other, t.session.seats().get(1).agent());
    int taken = t.session.seats().get(0).agent();
    IllegalArgumentException twice =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> t.session.reseat(t.model, "player-2", taken));
    assertTrue(twice.getMessage().contains("played by player-1"), twice.getMessage());

    Phone one = new Phone(t.url());
    Phone two = new Phone(t.url());
    assertEquals(200, one.join(t.code()).status());
    assertEquals(other, two.join(t.code()).json().get("agent").getAsInt());

    t.session.free("player-1");
    assertEquals(401, one.get("/api/state").status(), "a freed seat's phone is signed out");
    assertEquals(1, t.session.status().joined());
    Phone.Reply back = new Phone(t.url()).join(t.code());
    assertEquals(
        "player-1-2",
        back.json().get("player").getAsString(),
        "the seat is free for the next phone, under a name of its own");
    assertEquals(taken, back.json().get("agent").getAsInt());
  }

  @Test
  void reconnectingWithTheCookieResumesTheSeat() throws Exception {
    Table t = table(2, false, 30_000);
    Phone first = new Phone(t.url());
    JsonObject seat = first.join(t.code()).json();
    // The same phone after a reload: a new client, the cookie kept.
    CookieManager jar = first.cookies;
    Phone again = new Phone(t.url(), jar);
    Phone.Reply back = again.post("/api/join", "{}");
    assertEquals(200, back.status(), back.body());
    assertEquals(seat.get("player"), back.json().get("player"));
    assertEquals(seat.get("agent"), back.json().get("agent"));
    assertEquals(200, again.get("/api/state").status());
    Phone other = new Phone(t.url());
    assertNotEquals(seat.get("agent"), other.join(t.code()).json().get("agent"));
  }

  @Test
  void invalidInputsAreRefusedWithAPlainMessage() throws Exception {
    Table t = table(1, false, 30_000);
    Phone phone = new Phone(t.url());
    phone.join(t.code());
    JsonObject v = phone.awaitWindow();
    int step = step(v);
    Map<String, String> good = answers(v);
    String[][] cases = {
      {"delivery", "1.5", "delivery is a number from 0 to 1, not '1.5'"},
      {"delivery", "NaN", "delivery is a number from 0 to 1"},
      {"lender", "bank", "lender is one of none, intermediary, cooperative, public"},
      {"lender", null, "A choice for lender is missing"},
    };
    for (String[] c : cases) {
      Map<String, String> bad = new java.util.LinkedHashMap<>(good);
      if (!bad.containsKey(c[0])) {
        continue;
      }
      if (c[1] == null) {
        bad.remove(c[0]);
      } else {
        bad.put(c[0], c[1]);
      }
      Phone.Reply r = phone.decide(step, bad);
      assertEquals(400, r.status(), r.body());
      assertTrue(r.error().contains(c[2]), r.body());
    }
    assertEquals(400, phone.post("/api/decide", "{\"step\": 4, \"choices\": [1]}").status());
    assertEquals(400, phone.post("/api/decide", "{\"step\": \"four\"}").status());
    assertEquals(400, phone.post("/api/decide", "not json").status());
    Phone.Reply form = phone.post("/api/decide", "step=4", "application/x-www-form-urlencoded");
    assertEquals(400, form.status());
    assertTrue(form.error().contains("Send JSON"), form.body());
    assertEquals(
        413,
        phone.post("/api/decide", "{\"x\":\"" + "a".repeat(20_000) + "\"}").status(),
        "a large body is refused before it is read");
    assertEquals(200, phone.decide(step, good).status(), "the good answer still counts");
  }

  @Test
  void aPlayerSendingTooManyRequestsIsSlowedDown() throws Exception {
    Table t = table(1, false, 30_000);
    Phone phone = new Phone(t.url());
    phone.join(t.code());
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      Phone.Reply r = phone.get("/api/languages");
      if (r.status() == 429) {
        refused++;
        assertEquals("1", r.raw().headers().firstValue("Retry-After").orElse(""));
        assertTrue(r.error().contains("Too many requests"), r.body());
      }
    }
    // Limits.ROOM lets a player burst 20 requests, then 5 a second: 40 requests sent in well under
    // a second get at most 20 + 5 through, so at least 15 are refused.
    assertTrue(refused >= 15, refused + " of 40 refused");
    Phone other = new Phone(t.url());
    assertEquals(200, other.get("/").status(), "the page itself is not limited");
  }

  @Test
  void whenAPlayerLeavesOrTheCountdownRunsOutTheModelsRuleDecides() throws Exception {
    Table t = table(2, false, 2_000);
    Phone stays = new Phone(t.url());
    Phone leaves = new Phone(t.url());
    stays.join(t.code());
    leaves.join(t.code());
    JsonObject v = stays.awaitWindow();
    leaves.awaitWindow();
    assertEquals(200, leaves.post("/api/leave", "{}").status());
    long start = System.nanoTime();
    // The one who stayed does not answer either: the countdown ends the window.
    JsonObject after = stays.awaitView(x -> x.get("last").isJsonObject());
    assertTrue(System.nanoTime() - start >= 1_500_000_000L, "the countdown ran");
    assertTrue(after.getAsJsonObject("last").get("timedOut").getAsBoolean());
    assertEquals(step(v), after.getAsJsonObject("last").get("step").getAsInt());
    Table.await(() -> !t.rows().isEmpty());
    for (String r : t.rows()) {
      assertTrue(r.endsWith(",2000,true"), "timed out, no choice: " + r);
      String[] f = r.split(",", -1);
      assertEquals("", f[7], r);
    }
    // The session went on: the next month's window opens, the player who left may come back.
    JsonObject next =
        stays.awaitView(
            x ->
                x.get("window").isJsonObject()
                    && x.getAsJsonObject("window").get("step").getAsInt() > step(v));
    assertFalse(next.getAsJsonObject("window").get("answered").getAsBoolean());
  }

  @Test
  void theServerServesItsOwnFilesAndNothingElse() throws Exception {
    Table t = table(1, false, 30_000);
    Phone phone = new Phone(t.url());
    Phone.Reply page = phone.get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<script src=\"/app.js\">"));
    assertTrue(
        page.raw()
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'self'"));
    assertTrue(page.raw().headers().firstValue("Server").isEmpty(), "no server version");
    for (String path :
        List.of(
            "/web/index.html",
            "/web/",
            "/../pom.xml",
            "/simplelogger.properties",
            "/org/minga/cli/Main.class",
            "/api/texts/xx",
            "/api/texts/..%2F..%2Fpom")) {
      Phone.Reply r = phone.get(path);
      assertTrue(r.status() == 404 || r.status() == 400, path + " " + r.status());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    assertEquals("Español", phone.get("/api/languages").json().get("es").getAsString());
    assertEquals("Entrar", phone.get("/api/texts/es").json().get("join.button").getAsString());
    Phone.Reply qr = phone.get("/join.svg");
    assertEquals(200, qr.status(), "the facilitator's machine gets the QR code");
    assertTrue(qr.body().contains("<svg"));
    assertEquals(200, phone.get("/join.png").status());
    assertTrue(t.url().endsWith("/?code=" + t.code()));
  }
}
