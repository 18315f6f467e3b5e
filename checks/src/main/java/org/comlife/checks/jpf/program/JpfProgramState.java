package org.comlife.checks.jpf.program;

import java.util.List;
import org.comlife.checks.exhaustive.CanonicalState;
import org.comlife.checks.jpf.host.JpfGranularity;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.ThreadStatus;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * The program's state at each turn of {@link JpfGranularity#PROGRAM_STATE}, worked out inside
 * JPF: every invariant is checked there (as the exhaustive explorer checks every state), and
 * where JPF is about to choose who goes next, the state's canonical text is published for
 * {@link JpfProgramStateMatching} to match on instead of JPF's whole heap.
 *
 * <p>The text is the explorer's ({@link CanonicalState}: the model's state, each thread's status
 * and the results its code holds) followed by the threads JPF chooses among. Two JPF states with
 * one text have the same future: the model's code never reads object numbers, a thread's code is
 * deterministic given its results, and the choice is among the same threads. The candidates are
 * part of the text because when nobody can proceed {@link JpfApiSteps} lets every sleeper but
 * the thread handing over the turn look again, and that set is not read from the model's state.
 *
 * <p>This code runs inside JPF; {@link #published} is read from JPF's heap by its name.
 */
final class JpfProgramState {
    /** The field JPF's side reads: the text of the state at the choice JPF is making, else null. */
    static final String PUBLISHED_FIELD = "published";

    // Written and read only by the thread holding the turn, which is the only one running.
    static String published;

    private final ComWorld world;
    private final String program;

    /** The state of {@code program} running in {@code world}, which must keep a journal (threads' results). */
    JpfProgramState(ComWorld world, String program) {
        this.world = world;
        this.program = program;
    }

    /**
     * Checks every invariant in the state the threads stand in (each with its status, same index)
     * and publishes its text for the choice JPF is about to make among the candidates (JPF is
     * asked even when there is one, so that every state of the program is one of JPF's, matched
     * and counted as the explorer counts it).
     *
     * @throws InvariantsBroken when an invariant does not hold: the run ends there
     */
    void arrive(List<ComThread> threads, List<ThreadStatus> statuses, List<ComThread> candidates) {
        WorldSnapshot snapshot = WorldSnapshot.of(world);
        List<Breach> breaches = InvariantChecker.check(snapshot, false);
        if (!breaches.isEmpty()) {
            throw new InvariantsBroken(JpfScenarioDriver.contractBroken(program + " (in a state on the way)",
                    breaches, null));
        }
        StringBuilder text = new StringBuilder(CanonicalState.of(snapshot,
                RunState.of(threads, statuses, world.journal().entries())));
        text.append("\nturn among:");
        for (ComThread candidate : candidates) {
            text.append(' ').append(candidate.process().name()).append('/').append(candidate.name());
        }
        published = text.toString();
    }

    /** Takes the text back once JPF has chosen: the states between choices are not matched. */
    static void withdraw() {
        published = null;
    }

    /**
     * Invariants broken in a state on the way: thrown out of the logical thread that reached the
     * state and left uncaught, so that JPF reports it at once, with the path that led there.
     */
    static final class InvariantsBroken extends AssertionError {
        private static final long serialVersionUID = 1L;

        InvariantsBroken(String message) {
            super(message);
        }
    }
}
