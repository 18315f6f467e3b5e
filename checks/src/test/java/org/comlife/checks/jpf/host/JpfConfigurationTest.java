package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.program.JpfProgramStateMatching;
import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.lincheck.ExampleScenario;
import org.junit.jupiter.api.Test;

/** The JPF arguments a granularity becomes: what the driver is told, and what JPF's side is asked for. */
class JpfConfigurationTest {
    private static final Path SITE = Path.of("site.properties");
    private static final JpfBudget BUDGET = new JpfBudget(10_000, 1_000, 512);
    private static final JpfTarget EXAMPLE = JpfTarget.example(ExampleScenario.VS_PACKAGE, JpfImplementations.REFERENCE);

    /** At PROGRAM_STATE the driver matches program states and JPF's side installs the program-state serializer. */
    @Test
    void programStateAsksTheDriverAndJpfForProgramStates() {
        List<String> arguments = JpfConfiguration.arguments(SITE, EXAMPLE, BUDGET, JpfGranularity.PROGRAM_STATE,
                List.of());

        assertThat(arguments).contains("+target.args=VS_PACKAGE,reference," + JpfScenarioDriver.PROGRAM_STATES);
        assertThat(JpfProgramStateMatching.asked(arguments)).isTrue();
        assertThat(arguments).containsAll(JpfGranularity.SYNCHRONIZATION.settings().stream().map(s -> "+" + s).toList());
    }

    /** At API_STEP the driver takes turns and JPF keeps matching whole heaps. */
    @Test
    void apiStepKeepsHeapMatching() {
        List<String> arguments = JpfConfiguration.arguments(SITE, EXAMPLE, BUDGET, JpfGranularity.API_STEP, List.of());

        assertThat(arguments).contains("+target.args=VS_PACKAGE,reference," + JpfScenarioDriver.API_STEPS);
        assertThat(JpfProgramStateMatching.asked(arguments)).isFalse();
    }

    /** A helper race has no API steps: at PROGRAM_STATE it runs as at SYNCHRONIZATION, with heap matching. */
    @Test
    void helperRaceAtProgramStateRunsAsAtSynchronization() {
        JpfTarget race = JpfTarget.helperRace(HelperRace.byId("server-process-count"), JpfImplementations.REFERENCE);

        List<String> atProgramState = JpfConfiguration.arguments(SITE, race, BUDGET, JpfGranularity.PROGRAM_STATE,
                List.of());
        List<String> atSynchronization = JpfConfiguration.arguments(SITE, race, BUDGET,
                JpfGranularity.SYNCHRONIZATION, List.of());

        assertThat(atProgramState).isEqualTo(atSynchronization);
        assertThat(JpfProgramStateMatching.asked(atProgramState)).isFalse();
    }
}
