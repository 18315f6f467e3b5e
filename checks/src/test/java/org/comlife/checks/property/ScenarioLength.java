package org.comlife.checks.property;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.StepObserver;

/** How long a catalogue fault's hand-written scenario is: the bound a shrunk chain must stay within. */
final class ScenarioLength {
    private ScenarioLength() {
    }

    /**
     * The API calls the fault's scenario makes: the journal length of one scheduler run of its
     * program (always running the first thread that can run).
     */
    static int apiSteps(Fault fault) {
        return DeterministicScheduler.run(fault.program(), fault.helpers(), (enabled, step) -> 0, StepObserver.NONE,
                10_000).world().journal().size();
    }
}
