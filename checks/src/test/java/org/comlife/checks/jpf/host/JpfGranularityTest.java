package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.lincheck.ExampleScenario;
import org.junit.jupiter.api.Test;

/** On a real jpf-core (skipped without one), the granularity setting reaches JPF and changes where it switches threads. */
class JpfGranularityTest {

    /** Switching only at synchronization reaches the end of the out-of-process server on a path several times shorter. */
    @Test
    void synchronizationGranularityShortensThePaths() {
        JpfRunner runner = JpfTier.runnerOrSkip();
        JpfBudget budget = JpfScenariosTest.BUDGET.withMaxStates(2_000);

        JpfResult bytecode = runner.run(ExampleScenario.OUT_OF_PROCESS_SERVER, JpfImplementations.REFERENCE, budget,
                JpfGranularity.BYTECODE);
        JpfResult synchronization = runner.run(ExampleScenario.OUT_OF_PROCESS_SERVER, JpfImplementations.REFERENCE,
                budget, JpfGranularity.SYNCHRONIZATION);

        assertThat(bytecode.statistics().endStates()).as(bytecode.summary()).isZero();
        assertThat(synchronization.statistics().endStates()).as(synchronization.summary()).isPositive();
        assertThat(synchronization.statistics().maxDepth()).isLessThan(bytecode.statistics().maxDepth());
    }
}
