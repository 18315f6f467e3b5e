package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.jpf.search.JpfErrorReport;
import org.comlife.checks.jpf.search.JpfFacts;
import org.comlife.checks.jpf.search.JpfStatistics;
import org.comlife.checks.jpf.search.JpfStep;
import org.junit.jupiter.api.Test;

/** How what the JPF JVM saw becomes a verdict: only a complete, error-free run of a loaded target passes. */
class JpfResultsTest {
    private static final JpfStatistics EXPLORED = new JpfStatistics(120, 40, 3, 60, 90_000, 0);
    private static final String UNCAUGHT = "gov.nasa.jpf.vm.NoUncaughtExceptionsProperty";

    /** A complete search of a loaded target with no error passes. */
    @Test
    void completeSearchWithNoErrorPasses() {
        assertThat(verdictOf(facts(true, EXPLORED, null, null))).isEqualTo(JpfVerdict.PASSED);
    }

    /** A VM that never initialized, or a run that executed nothing, is TARGET_NOT_LOADED, never passed. */
    @Test
    void targetNotLoadedIsNeverPassed() {
        assertThat(verdictOf(facts(false, EXPLORED, null, null))).isEqualTo(JpfVerdict.TARGET_NOT_LOADED);
        assertThat(verdictOf(facts(true, JpfStatistics.NONE, null, null))).isEqualTo(JpfVerdict.TARGET_NOT_LOADED);
    }

    /** A class missing from JPF's class path shows as an uncaught ClassNotFoundException: target not loaded, not a bug. */
    @Test
    void missingClassOfTheTargetIsTargetNotLoaded() {
        JpfErrorReport missing = new JpfErrorReport(UNCAUGHT, UNCAUGHT,
                "java.lang.ClassNotFoundException: class not found: org.comlife.X\n\tat ...", List.of("main"), List.of());

        assertThat(verdictOf(facts(true, EXPLORED, null, missing))).isEqualTo(JpfVerdict.TARGET_NOT_LOADED);
    }

    /** A JDK method missing from JPF's library (String.isBlank on JDK 17) is JPF failing, not the program's error. */
    @Test
    void jdkMethodMissingFromJpfIsFailureNotError() {
        JpfErrorReport gap = new JpfErrorReport(UNCAUGHT, UNCAUGHT,
                "java.lang.NoSuchMethodError: java.lang.String.isBlank()Z", List.of("main"), List.of());

        JpfResult result = JpfResults.of("s", "reference", JpfGranularity.BYTECODE, facts(true, EXPLORED, null, gap));

        assertThat(result.verdict()).isEqualTo(JpfVerdict.FAILED);
        assertThat(result.failure()).contains("String.isBlank");
        assertThat(result.counterexample()).isNull();
    }

    /** A search stopped by its budget is BOUND_REACHED; so is JPF running out of memory. */
    @Test
    void boundedSearchIsNotPassed() {
        assertThat(verdictOf(facts(true, EXPLORED, "max states exceeded: 100", null)))
                .isEqualTo(JpfVerdict.BOUND_REACHED);
        JpfErrorReport outOfMemory = new JpfErrorReport("gov.nasa.jpf.vm.NoOutOfMemoryErrorProperty", "", "",
                List.of(), List.of());
        JpfResult result = JpfResults.of("s", "reference", JpfGranularity.BYTECODE,
                facts(true, EXPLORED, null, outOfMemory));
        assertThat(result.verdict()).isEqualTo(JpfVerdict.BOUND_REACHED);
        assertThat(result.searchConstraint()).isEqualTo("JPF out of memory");
    }

    /** A search that never completed an execution, or a JPF that threw, fails. */
    @Test
    void searchWithoutEndStateOrWithJpfExceptionFails() {
        assertThat(verdictOf(facts(true, new JpfStatistics(5, 0, 0, 5, 100, 0), null, null)))
                .isEqualTo(JpfVerdict.FAILED);
        JpfFacts threw = new JpfFacts(true, EXPLORED, 10, 0, null, "gov.nasa.jpf.JPFException: boom", null);
        assertThat(JpfResults.of("s", "reference", JpfGranularity.BYTECODE, threw).verdict())
                .isEqualTo(JpfVerdict.FAILED);
    }

    /** An error becomes a counterexample: the property's short name, the exception line, each broken invariant, the failed thread, the steps. */
    @Test
    void errorBecomesCounterexampleWithBrokenInvariants() {
        String details = "java.lang.AssertionError: vs-package broke the contract\n"
                + JpfScenarioDriver.BREACH_LINE + "invariant 5 (apartment-affinity) [sanitizer]: raw pointer\n"
                + JpfScenarioDriver.BREACH_LINE + "invariant 4 (stream-lifetime) [sanitizer]: double free\n"
                + JpfScenarioDriver.FAILED_THREAD_LINE + "thread t of p failed: call answered E_FAIL\n"
                + "\tat org.comlife.checks.jpf.program.JpfScenarioDriver.main(JpfScenarioDriver.java:40)\n";
        JpfErrorReport error = new JpfErrorReport(UNCAUGHT, UNCAUGHT, details, List.of("main", "p/t"),
                List.of(new JpfStep("p/t", "coInitializeEx"), new JpfStep("p/t", "call")));

        JpfResult result = JpfResults.of("vs-package", "reference", JpfGranularity.BYTECODE,
                facts(true, EXPLORED, null, error));

        assertThat(result.verdict()).isEqualTo(JpfVerdict.ERROR_FOUND);
        JpfCounterexample counterexample = result.counterexample();
        assertThat(counterexample.property()).isEqualTo("NoUncaughtExceptionsProperty");
        assertThat(counterexample.description()).isEqualTo("java.lang.AssertionError: vs-package broke the contract");
        assertThat(counterexample.brokenInvariants()).containsExactly(
                "invariant 5 (apartment-affinity) [sanitizer]: raw pointer",
                "invariant 4 (stream-lifetime) [sanitizer]: double free");
        assertThat(counterexample.failedThread()).isEqualTo("thread t of p failed: call answered E_FAIL");
        assertThat(counterexample.steps()).extracting(JpfStep::call).containsExactly("coInitializeEx", "call");
        assertThat(counterexample.render()).contains("broken: invariant 5", "failed: thread t", "p/t: call");
    }

    private static JpfVerdict verdictOf(JpfFacts facts) {
        return JpfResults.of("s", "reference", JpfGranularity.BYTECODE, facts).verdict();
    }

    private static JpfFacts facts(boolean initialized, JpfStatistics statistics, String constraint,
                                  JpfErrorReport error) {
        return new JpfFacts(initialized, statistics, 10, 1 << 20, constraint, null, error);
    }
}
