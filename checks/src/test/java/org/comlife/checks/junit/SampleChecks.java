package org.comlife.checks.junit;

import java.util.concurrent.atomic.AtomicReference;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.usercheck.ProgramCheckResult;
import org.comlife.checks.worked.git.GitSharedSettings;
import org.comlife.checks.worked.tally.TallyCheck;
import org.junit.jupiter.api.condition.EnabledIf;

/** Checks {@link CheckProgramExtensionTest} launches itself (the build's own test run skips them). */
@EnabledIf(value = "org.comlife.checks.LaunchedTests#launching",
        disabledReason = "launched by a test through LaunchedTests")
class SampleChecks {
    static final AtomicReference<ProgramCheckResult> RECEIVED = new AtomicReference<>();

    /** A correct program, expected to pass. */
    @CheckProgram(value = GitSharedSettings.class, parameters = "reads=1", engines = EngineId.EXHAUSTIVE)
    void gitSharingPasses() {
    }

    /** The wrong Tally server, expected to be caught; the method gets the result. */
    @CheckProgram(value = TallyCheck.class, engines = EngineId.PROPERTY, expect = CheckProgram.Expected.VIOLATION)
    void ownCountIsCaught(ProgramCheckResult result) {
        RECEIVED.set(result);
    }

    /** The wrong Tally server, wrongly expected to pass: fails with the counterexample. */
    @CheckProgram(value = TallyCheck.class, engines = EngineId.PROPERTY)
    void ownCountExpectedToPass() {
    }
}
