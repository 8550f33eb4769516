package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.model.Decision;

/** decisions.csv reads back the choices it wrote, to the last bit, and refuses a torn row. */
class DecisionsCsvTest {
  @TempDir Path dir;

  @Test
  void choicesReadBackToTheLastBit() throws Exception {
    List<DecisionRow> rows =
        List.of(
            new DecisionRow(
                "s",
                "bot-1",
                7,
                4,
                Decision.DELIVERY,
                "cash=1;debt=0",
                0.8543068567843373,
                0.1,
                8332,
                false),
            new DecisionRow(
                "s",
                "bot-1",
                7,
                4,
                Decision.LENDER,
                "cash=1;debt=0",
                Decision.LENDER.parse("public"),
                Double.NaN,
                8332,
                false),
            new DecisionRow(
                "s",
                "board-bot",
                2,
                5,
                Decision.RESERVE_MONTHS,
                "reserve=3",
                Double.NaN,
                12,
                30000,
                true));
    StringWriter text = new StringWriter();
    DecisionsCsv csv = new DecisionsCsv(text);
    rows.forEach(csv::write);
    csv.flush();
    assertTrue(
        text.toString().contains(",board,2,5,reserve_months,reserve=3,,12,30000,true\n"),
        text::toString);
    Path file = dir.resolve("decisions.csv");
    Files.writeString(file, text.toString());
    List<DecisionRow> back = DecisionsCsv.read(file, new DecisionsCsv.Bounds(10, 3, 12));
    assertEquals(3, back.size());
    for (int i = 0; i < rows.size(); i++) {
      // The rule column is informational: a replay computes it again.
      assertEquals(rows.get(i).withRule(Double.NaN), back.get(i));
    }
    DecisionsCsv.BadFile bad =
        assertThrows(
            DecisionsCsv.BadFile.class,
            () -> DecisionsCsv.read(file, new DecisionsCsv.Bounds(10, 2, 12)));
    assertEquals(
        file + ":4: unknown cooperative 2: the scenario has 2 cooperatives (0-1)",
        bad.getMessage());
  }
}
