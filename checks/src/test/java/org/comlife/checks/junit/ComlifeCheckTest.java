package org.comlife.checks.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.usercheck.BadPrograms;
import org.comlife.checks.usercheck.CheckOutcome;
import org.comlife.checks.usercheck.ProgramCheckResult;
import org.comlife.checks.worked.git.GitSharedSettings;
import org.comlife.checks.worked.tally.TallyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Checking a program from a test: a correct program passes with every engine having explored
 * something; a wrong one fails with the counterexample, the invariant and the replay command;
 * a program comlife cannot check fails with the reason; JPF without jpf-core aborts the test.
 */
class ComlifeCheckTest {

    /** A correct program passes, each engine having explored states or schedules, and its report is written. */
    @Test
    void aCorrectProgramPasses(@TempDir Path temp) {
        ProgramCheckResult result = ComlifeCheck.of(GitSharedSettings.class).parameter("reads", 1)
                .engines(EngineId.EXHAUSTIVE, EngineId.PROPERTY).reportFolder(temp).assertNoViolation();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.NO_VIOLATION);
        assertThat(result.cells()).hasSize(2).allSatisfy(cell -> assertThat(cell.explored()).isPositive());
        assertThat(temp.resolve("report.html")).exists();
    }

    /** A wrong program fails assertNoViolation with the swimlane, the invariant broken and how to replay it. */
    @Test
    void aWrongProgramFailsWithItsCounterexample(@TempDir Path temp) {
        assertThatThrownBy(() -> ComlifeCheck.of(TallyCheck.class).engines(EngineId.EXHAUSTIVE).reportFolder(temp)
                .assertNoViolation())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks the contract (found by exhaustive)")
                .hasMessageContaining("tally-server-1/main")
                .hasMessageContaining("Breaks invariant 2 (no-premature-shutdown)")
                .hasMessageContaining("Replay: java -jar checks/target/comlife.jar replay " + temp.toAbsolutePath()
                        .resolve("counterexamples").resolve(TallyCheck.class.getName() + "-exhaustive.json"));
        assertThat(temp.resolve("counterexamples").resolve(TallyCheck.class.getName() + "-exhaustive.json")).exists();
    }

    /** assertViolation passes on the wrong program and fails on a correct one. */
    @Test
    void assertViolationWantsAViolation(@TempDir Path temp) {
        ProgramCheckResult caught = ComlifeCheck.of(TallyCheck.class).engines(EngineId.PROPERTY)
                .reportFolder(temp.resolve("tally")).assertViolation();
        assertThat(caught.violatingEngines()).containsExactly(EngineId.PROPERTY);

        assertThatThrownBy(() -> ComlifeCheck.of(GitSharedSettings.class).engines(EngineId.EXHAUSTIVE)
                .reportFolder(temp.resolve("git")).assertViolation())
                .hasMessageContaining("was expected to break the contract, but no engine found a violation");
    }

    /** A program comlife cannot check fails the test with the reason, and JPF without jpf-core aborts it. */
    @Test
    void uncheckableProgramsAndMissingJpfAreNeverPasses(@TempDir Path temp) {
        assertThatThrownBy(() -> ComlifeCheck.of(BadPrograms.StartThrows.class).reportFolder(temp).assertNoViolation())
                .isInstanceOf(AssertionError.class).hasMessageContaining("comlife cannot check")
                .hasMessageContaining("forgot to register the server");
        assertThatThrownBy(() -> ComlifeCheck.of(GitSharedSettings.class).engines(EngineId.JPF)
                .jpf(temp.resolve("no-jpf")).reportFolder(temp).assertNoViolation())
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("JPF");
    }
}
