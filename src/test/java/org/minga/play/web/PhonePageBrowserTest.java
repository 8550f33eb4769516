package org.minga.play.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page in a real browser (Chromium headless, phone-sized, through chromedriver), on three
 * phones of one session: a wrong code refused, joining (one in Spanish, one as the board),
 * deciding, a time-out said in plain words, and a reload resuming the seat. Saves screenshots to
 * target/screenshots/phone-*.png (docs/img/ has copies).
 */
@Tag("browser")
class PhonePageBrowserTest {
  private static final Path SHOTS = Path.of("target/screenshots");
  private final List<ChromeDriver> phones = new ArrayList<>();
  private Table table;

  private ChromeDriver phone() {
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    // Root on a CI machine needs --no-sandbox; a phone's screen, no internet.
    o.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en");
    o.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver d = new ChromeDriver(service, o);
    phones.add(d);
    return d;
  }

  @AfterEach
  void close() {
    phones.forEach(WebDriver::quit);
    if (table != null) {
      table.close();
    }
  }

  private static WebElement await(WebDriver d, String id) {
    return new WebDriverWait(d, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private static void awaitText(WebDriver d, String id, String text) {
    new WebDriverWait(d, Duration.ofSeconds(40))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  private static void join(WebDriver d, String code, boolean board) {
    WebElement input = await(d, "code");
    input.clear();
    input.sendKeys(code);
    if (board) {
      d.findElement(By.id("board")).click();
    }
    d.findElement(By.id("join-button")).click();
  }

  /** The whole page, as tall as it is, as a PNG under target/screenshots. */
  private static void shoot(ChromeDriver d, String name) throws IOException {
    Number height = (Number) d.executeScript("return document.documentElement.scrollHeight");
    d.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            390,
            "height",
            Math.max(844, height.intValue()),
            "deviceScaleFactor",
            2,
            "mobile",
            true));
    Files.createDirectories(SHOTS);
    Files.copy(
        d.getScreenshotAs(OutputType.FILE).toPath(),
        SHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
    d.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @Test
  void threePhonesJoinDecideTimeOutAndReconnect() throws Exception {
    table = new Table(2, true, 0, 8, 20_000);
    ChromeDriver en = phone();
    ChromeDriver es = phone();
    ChromeDriver board = phone();

    // A wrong code is refused in plain words; the right one seats the player.
    en.get(table.url().replaceAll("\\?code=.*", ""));
    join(en, "QQQQQ".equals(table.code()) ? "WWWWW" : "QQQQQ", false);
    awaitText(en, "join-error", "not this session's code");
    shoot(en, "phone-join-en");
    join(en, table.code(), false);
    awaitText(en, "who", "You are household");
    String who = en.findElement(By.id("who")).getText();

    // The QR code's address carries the code; this player reads Spanish.
    es.get(table.url());
    await(es, "lang-es").click();
    awaitText(es, "join-button", "Entrar");
    assertEquals(table.code(), es.findElement(By.id("code")).getAttribute("value"));
    es.findElement(By.id("join-button")).click();
    awaitText(es, "who", "Usted es la familia");

    board.get(table.url());
    join(board, table.code(), true);
    awaitText(board, "who", "You are the board of cooperative");

    // Everyone is in: the May harvest asks each of them.
    for (WebDriver d : List.of(en, es, board)) {
      await(d, "decide");
      awaitText(d, "countdown", "s");
    }
    assertTrue(en.findElement(By.id("facts")).getText().contains("Cash in hand"));
    assertTrue(es.findElement(By.id("facts")).getText().contains("Dinero en mano"));
    assertTrue(board.findElement(By.id("facts")).getText().contains("Members"));
    shoot(en, "phone-household-en");
    shoot(es, "phone-household-es");
    shoot(board, "phone-board-en");

    // One household forgets a question and is told; then answers.
    en.findElement(By.id("decide")).click();
    awaitText(en, "decide-error", "Choose one answer");
    en.findElement(By.id("lender-cooperative")).click();
    en.findElement(By.id("decide")).click();
    awaitText(en, "notice", "Your decision is in");
    board.findElement(By.id("decide")).click(); // the scenario's own settings, as shown
    awaitText(board, "notice", "Your decision is in");

    // The Spanish phone does not answer: the countdown runs out and the rule decides.
    awaitText(es, "outcome", "la regla del modelo decidió por su familia");
    shoot(es, "phone-timedout-es");
    awaitText(en, "outcome", "Your decision counted");

    // A reload (a dropped phone) resumes the same seat, without the code.
    en.navigate().refresh();
    awaitText(en, "who", "You are household");
    assertEquals(who, en.findElement(By.id("who")).getText());
    assertFalse(en.findElement(By.id("join")).isDisplayed());

    Table.await(() -> table.rows().stream().anyMatch(r -> r.contains(",player-2,")));
    List<String> rows = table.rows();
    assertTrue(
        rows.stream().filter(r -> r.contains(",player-1,")).allMatch(r -> r.endsWith(",false")),
        rows::toString);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.contains(",player-1,")
                        && r.contains(",lender,")
                        && r.contains(",cooperative,")),
        rows::toString);
    assertTrue(
        rows.stream()
            .filter(r -> r.contains(",player-2,"))
            .allMatch(r -> r.endsWith(",20000,true")),
        rows::toString);
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("test,board,board,")), rows::toString);
  }
}
