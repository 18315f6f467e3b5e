package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.comlife.checks.impl.UserJar;
import org.comlife.checks.impl.UserSources;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's classes given with --classpath work on every engine as on the JVM's class path, even
 * with nested classes (an enum switched on): the correct count passes every engine that runs, and
 * the buggy one is a violation in the implementation with its interleaving, never an error.
 */
class UserJarHuntTest {
    private static final String PACKAGE = "com.example.userjar";
    @RegisterExtension
    final Terminal terminal = new Terminal();


    /** The correct class passes Lincheck, the property engine, the explorer (and JPF when installed). */
    @Test
    void aCorrectClassWithNestedClassesPassesEveryEngine(@TempDir Path temp) throws Exception {
        Path jar = UserJar.build(temp.resolve("build"), UserSources.both(PACKAGE));
        Path report = temp.resolve("report");

        int exit = ComlifeCommand.execute("hunt", "--impl", PACKAGE + "." + UserSources.CORRECT, "--classpath", jar.toString(),
                "--faults", "double-revoke", "--quick", "--budget", "2", "--out", report.toString());

        MatrixReport written = ReportJson.read(report.resolve("report.json"));
        for (Cell cell : written.row(VerificationMatrix.REFERENCE_ROW).orElseThrow().cells()) {
            if (cell.engine().equals("jpf") && cell.status() == Status.SKIPPED) {
                continue; // jpf-core not given to this build
            }
            assertThat(cell.status()).as(cell.engine() + ": " + cell.message()).isEqualTo(Status.PASSED);
            assertThat(cell.explored()).as(cell.engine()).isPositive();
        }
        assertThat(exit).as(terminal.out()).isZero();
    }

    /** The buggy class is found not linearizable by Lincheck, with its steps, and not reported as an error. */
    @Test
    void aBuggyClassWithNestedClassesIsAViolationNotAnError(@TempDir Path temp) throws Exception {
        Path jar = UserJar.build(temp.resolve("build"), UserSources.both(PACKAGE));
        Path report = temp.resolve("report");

        int exit = ComlifeCommand.execute("hunt", "--impl", PACKAGE + "." + UserSources.SPLIT, "--classpath", jar.toString(),
                "--engines", "lincheck", "--faults", "split-release", "--out", report.toString());

        assertThat(exit).isEqualTo(ComlifeCommand.EXIT_FAILED);
        Cell lincheck = ReportJson.read(report.resolve("report.json")).row(VerificationMatrix.REFERENCE_ROW)
                .orElseThrow().cellFor("lincheck").orElseThrow();
        assertThat(lincheck.status()).as(lincheck.message()).isEqualTo(Status.VIOLATION_IN_IMPLEMENTATION);
        assertThat(lincheck.counterexample().steps()).extracting(step -> step.operation())
                .contains("release()", "lockForActivation()");
        assertThat(report.resolve("counterexamples/reference-lincheck.json")).exists();
    }
}
