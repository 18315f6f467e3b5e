package org.comlife.checks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The reference row of {@code comlife hunt}, split into one test per check so that PIT can run
 * the cheapest checks that cover a mutant first: Lincheck's helper checks with the matrix's
 * budgets, the property engine's check (its chains and the bad-input property), and the
 * exhaustive explorer on each reference program. JPF is left out: it runs in a JVM of its own,
 * which PIT's mutants do not reach. Not a surefire test (the name does not end in Test): `mvn
 * verify` runs the same checks through {@code VerificationMatrixTest}; PIT runs this class
 * (README, "Mutation testing").
 */
class ReferenceRowChecks {
    /** The settings of {@code comlife hunt}: 60 s per exploration, seed 1. */
    private static final EngineSettings HUNT = EngineSettings.ofReference(60, 1, JpfLookup.absent("not part of this run"));

    /** Each helper check of the Lincheck engine passes against the reference, having run. */
    @ParameterizedTest
    @EnumSource(HelperCheck.class)
    void lincheck(HelperCheck check) {
        LincheckOutcome outcome = LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING,
                RuntimeHelpers.reference(), check.modelCheckingBudget());
        assertThat(outcome.failure()).as(check.id()).isNull();
        assertThat(outcome.invocations()).isPositive();
    }

    /** The property engine's check of the reference (its chains and bad inputs) finds nothing, having run. */
    @Test
    void property() {
        EngineFinding finding = new PropertyEngine(1, EngineSettings.PROPERTY_TRIES)
                .checkImplementation(RuntimeHelpers.reference());
        assertThat(finding.violationFound()).as(finding.remark()).isFalse();
        assertThat(finding.explored()).isPositive();
    }

    /** Each reference program of the exhaustive engine explores completely with no violation. */
    @ParameterizedTest
    @MethodSource("programs")
    void exhaustive(NamedProgram program) {
        ExplorationResult result = ExhaustiveExplorer.explore(program.program(), RuntimeHelpers.reference(),
                HUNT.explorationBudget());
        assertThat(result.verdict()).as(program.name() + ": " + result.detail()).isEqualTo(Verdict.PASSED);
        assertThat(result.distinctStates()).isPositive();
    }

    static Stream<NamedProgram> programs() {
        return ExhaustiveEngine.referencePrograms().stream();
    }
}
