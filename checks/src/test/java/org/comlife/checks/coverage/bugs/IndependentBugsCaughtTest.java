package org.comlife.checks.coverage.bugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each independently written buggy helper is caught by the reference row of {@code comlife hunt}:
 * by the exhaustive explorer's check of an implementation, by the Lincheck check of its helper
 * with the matrix's budget, and, for the bugs whose symptom correct chains can see, by the
 * property engine's check.
 */
class IndependentBugsCaughtTest {

    static List<IndependentBugs.Bug> bugs() {
        return IndependentBugs.all();
    }

    static List<IndependentBugs.Bug> bugsTheExplorerCatches() {
        return caughtBy(EngineId.EXHAUSTIVE);
    }

    static List<IndependentBugs.Bug> bugsLincheckCatches() {
        return caughtBy(EngineId.LINCHECK);
    }

    static List<IndependentBugs.Bug> bugsChainsCanSee() {
        return caughtBy(EngineId.PROPERTY);
    }

    private static List<IndependentBugs.Bug> caughtBy(EngineId engine) {
        return IndependentBugs.all().stream().filter(bug -> bug.caughtBy().contains(engine)).toList();
    }

    /** Every bug is caught by at least one engine that always runs (JPF is an optional tier). */
    @ParameterizedTest
    @MethodSource("bugs")
    void someAlwaysRunningEngineCatches(IndependentBugs.Bug bug) {
        assertThat(bug.caughtBy()).as(bug.name()).isNotEmpty().doesNotContain(EngineId.JPF);
    }

    /** The explorer's check of the implementation finds a violation in one of its reference programs. */
    @ParameterizedTest
    @MethodSource("bugsTheExplorerCatches")
    void exhaustiveCatches(IndependentBugs.Bug bug) {
        EngineFinding finding = new ExhaustiveEngine(new ExplorationBudget(1_000_000, 5_000, 60_000))
                .checkImplementation(bug.helpers());
        assertThat(finding.violationFound()).as(bug.name() + ": " + finding.remark()).isTrue();
    }

    /** The Lincheck check of the buggy helper fails (the engine runs it among its helper checks). */
    @ParameterizedTest
    @MethodSource("bugsLincheckCatches")
    void lincheckCatches(IndependentBugs.Bug bug) {
        LincheckOutcome outcome = LincheckRunner.check(bug.lincheck(), LincheckStrategy.MODEL_CHECKING, bug.helpers(),
                bug.lincheck().modelCheckingBudget());
        assertThat(outcome.passed()).as(bug.name()).isFalse();
        assertThat(outcome.failure()).isNotBlank();
    }

    /** The property engine's check catches the bugs whose symptom correct chains can see. */
    @ParameterizedTest
    @MethodSource("bugsChainsCanSee")
    void propertyCatchesWhatChainsCanSee(IndependentBugs.Bug bug) {
        EngineFinding finding = new PropertyEngine(1, EngineSettings.PROPERTY_TRIES).checkImplementation(bug.helpers());
        assertThat(finding.violationFound()).as(bug.name() + ": " + finding.remark()).isTrue();
    }
}
