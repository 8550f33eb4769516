package org.minga.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's architecture, checked on the compiled classes (ArchUnit): agents own their state
 * (no class writes another's fields), money moves only through the ledger, the model is a headless
 * library, and the packages depend one way. Writes into another object's array elements are not
 * field writes to ArchUnit; the classes owning such arrays say who fills them.
 */
class ArchitectureRulesTest {
  private static JavaClasses minga;

  @BeforeAll
  static void importClasses() {
    minga = FieldWriteCensus.minga();
    // Guard: a wrong import would make every rule pass vacuously.
    assertTrue(minga.size() > 200, "imported only " + minga.size() + " classes");
  }

  @Test
  void noClassWritesAnotherClassesFields() {
    List<String> writes = FieldWriteCensus.foreignWrites(minga);
    assertEquals(List.of(), writes, writes.size() + " writes to another class's fields");
  }

  @Test
  void onlyTheLedgerChangesAnAgentsMoney() {
    // Balances change only in the Ledger's transfers, so money is conserved by construction.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.minga.model.Ledger")
        .should()
        .callMethodWhere(
            describe(
                "a balance change (creditByLedger, debitByLedger)",
                call -> call.getTarget().getName().endsWith("ByLedger")))
        .check(minga);
    assertTrue(
        minga.get("org.minga.model.Ledger").getMethodCallsFromSelf().stream()
            .anyMatch(call -> call.getTarget().getName().endsWith("ByLedger")),
        "the Ledger itself changes balances (else the rule above would pass vacuously)");
  }

  @Test
  void theModelImportsNoUserInterfaceFilesCommandLineOrOutputs() {
    noClasses()
        .that()
        .resideInAPackage("org.minga.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.awt..",
            "javax.swing..",
            "java.nio.file..",
            "org.jfree..",
            "picocli..",
            "org.minga.cli..",
            "org.minga.gui..",
            "org.minga.output..",
            "org.minga.chart..",
            "org.minga.metrics..",
            "org.minga.sweep..",
            "org.minga.play..",
            "org.minga.patterns..")
        .because("the model runs headless and knows nothing of windows, files or the command line")
        .check(minga);
  }

  @Test
  void chartsDoNotReachBackIntoTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.minga.chart..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.minga.cli..", "org.minga.gui..")
        .check(minga);
  }
}
