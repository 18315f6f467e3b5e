package org.comlife.checks.coverage.bugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.matrix.EngineFinding;
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

    /** The explorer's check of the implementation finds a violation in one of its reference programs. */
    @ParameterizedTest
    @MethodSource("bugs")
    void exhaustiveCatches(IndependentBugs.Bug bug) {
        EngineFinding finding = new ExhaustiveEngine(new ExplorationBudget(1_000_000, 5_000, 60_000))
                .checkImplementation(bug.helpers());
        assertThat(finding.violationFound()).as(bug.name() + ": " + finding.remark()).isTrue();
    }

    /** The Lincheck check of the buggy helper fails (the engine runs it among its helper checks). */
    @ParameterizedTest
    @MethodSource("bugs")
    void lincheckCatches(IndependentBugs.Bug bug) {
        LincheckOutcome outcome = LincheckRunner.check(bug.lincheck(), LincheckStrategy.MODEL_CHECKING, bug.helpers(),
                bug.lincheck().modelCheckingBudget());
        assertThat(outcome.passed()).as(bug.name()).isFalse();
        assertThat(outcome.failure()).isNotBlank();
    }

    static List<IndependentBugs.Bug> bugsChainsCanSee() {
        return IndependentBugs.all().stream().filter(IndependentBugs.Bug::property).toList();
    }

    /** The property engine's check catches the bugs whose symptom correct chains can see. */
    @ParameterizedTest
    @MethodSource("bugsChainsCanSee")
    void propertyCatchesWhatChainsCanSee(IndependentBugs.Bug bug) {
        EngineFinding finding = new PropertyEngine(1, EngineSettings.PROPERTY_TRIES).checkImplementation(bug.helpers());
        assertThat(finding.violationFound()).as(bug.name() + ": " + finding.remark()).isTrue();
    }
}
