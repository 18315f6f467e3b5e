package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.search.JpfStep;
import org.comlife.checks.lincheck.ExampleScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenarios under Java PathFinder, when jpf-core is given (-Djpf.home or JPF_HOME; skipped
 * otherwise). The examples' full state spaces are far beyond a test's time (see checks/JPF.md),
 * so they are explored within {@link #BUDGET} at bytecode granularity and must show no error
 * there; the misuse is caught on the first path, at both granularities. The state bound makes
 * each run the same exploration on any machine. {@link JpfGranularityTest} runs the deepest
 * example at synchronization granularity.
 */
class JpfScenariosTest {
    /**
     * 12,000 states: the deepest example (out-of-process server) completes its first execution
     * at depth ~8,500 at bytecode granularity; the time bound is only a safety net.
     */
    static final JpfBudget BUDGET = new JpfBudget(120_000, 12_000, 1536);

    /** JPF explores the example with the reference and finds no error: the target ran, completed executions, broke nothing. */
    @ParameterizedTest
    @EnumSource(value = ExampleScenario.class, names = {"VS_PACKAGE", "MANAGED_AUTO_MARSHAL", "OUT_OF_PROCESS_SERVER"})
    void referenceExampleShowsNoErrorWithinBudget(ExampleScenario scenario) {
        JpfResult result = JpfTier.runnerOrSkip().run(scenario, JpfImplementations.REFERENCE, BUDGET,
                JpfGranularity.BYTECODE);

        assertThat(result.verdict()).as(result.summary()).isIn(JpfVerdict.PASSED, JpfVerdict.BOUND_REACHED);
        if (result.verdict() == JpfVerdict.BOUND_REACHED) { // the state bound, not the time: the same run everywhere
            assertThat(result.searchConstraint()).as(result.summary()).startsWith("max states exceeded");
        }
        assertThat(result.counterexample()).isNull();
        assertThat(result.statistics().newStates()).as(result.summary()).isPositive();
        assertThat(result.statistics().endStates()).as("complete executions: " + result.summary()).isPositive();
        assertThat(result.statistics().instructions()).isPositive();
    }

    /** The foreign-pointer misuse is caught: invariant 5 in the counterexample, whose steps are the threads' COM calls in order. */
    @ParameterizedTest
    @EnumSource(JpfGranularity.class)
    void foreignPointerMisuseIsCaughtWithItsSteps(JpfGranularity granularity) {
        JpfResult result = JpfTier.runnerOrSkip().run(ExampleScenario.VS_PACKAGE_FOREIGN_POINTER,
                JpfImplementations.REFERENCE, BUDGET, granularity);

        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.ERROR_FOUND);
        JpfCounterexample counterexample = result.counterexample();
        assertThat(counterexample.property()).isEqualTo("NoUncaughtExceptionsProperty");
        assertThat(counterexample.brokenInvariants()).anySatisfy(breach -> assertThat(breach)
                .startsWith("invariant 5").contains("raw pointer"));
        assertThat(counterexample.threads()).contains("devenv/main", "devenv/background");
        // Causal order only: the main thread publishes the pointer before the background thread calls through it.
        assertThat(counterexample.steps()).extracting(JpfStep::toString)
                .containsSubsequence("devenv/main: coInitializeEx", "devenv/main: setEvent", "devenv/background: call")
                .containsSubsequence("devenv/background: coInitializeEx", "devenv/background: waitForEvent",
                        "devenv/background: call");
        assertThat(counterexample.steps()).allSatisfy(step -> assertThat(step.call()).matches("[a-zA-Z]+"));
    }
}
