package org.comlife.checks.jpf.program;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.jpf.host.JpfGranularity;
import org.comlife.model.ComWorld;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * The program JPF runs: one scenario on real threads (no timeouts) in a fresh world with the
 * chosen runtime implementation, then every invariant at the end state. Broken invariants and a
 * failed thread (an API call that answered an unexpected HRESULT) are thrown as one
 * AssertionError, one line each, which JPF reports through its NoUncaughtExceptionsProperty; a
 * deadlock of Java threads is JPF's own property.
 *
 * <p>Arguments: the program ({@link JpfPrograms}: an example, {@code fault:<id>} or
 * {@code twin:<id>}), the implementation ({@link JpfImplementations}: {@code reference},
 * {@code fault:<id>} for the fault's own helpers, or {@code class:<name>}), and optionally
 * {@value #API_STEPS} or {@value #PROGRAM_STATES}; see {@link JpfGranularity}.
 *
 * <p>The world keeps no journal ({@link ComWorld#withoutJournal}) when JPF matches states on the
 * whole heap: a list of every call so far, in the order the calls happened to return, would
 * make each interleaving a state of its own. Every invariant is still checked at the end (and,
 * with {@value #PROGRAM_STATES}, in every state on the way).
 */
public final class JpfScenarioDriver {
    /** What starts each breach's line in the error message. */
    public static final String BREACH_LINE = "broken: ";
    /** What starts the line of a thread's failure in the error message. */
    public static final String FAILED_THREAD_LINE = "thread failed: ";
    /** The optional third argument: the logical threads take turns one API step at a time ({@link JpfApiSteps}). */
    public static final String API_STEPS = "api-steps";
    /**
     * Or: they take turns so, and JPF matches states on the program's state instead of its heap
     * ({@link JpfProgramState}, {@link JpfGranularity#PROGRAM_STATE}).
     */
    public static final String PROGRAM_STATES = "program-states";

    private JpfScenarioDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        String turns = args.length == 3 ? args[2] : null;
        if (args.length < 2 || args.length > 3
                || (turns != null && !API_STEPS.equals(turns) && !PROGRAM_STATES.equals(turns))) {
            throw new IllegalArgumentException("usage: JpfScenarioDriver <program> <implementation> [" + API_STEPS
                    + " | " + PROGRAM_STATES + "]");
        }
        RuntimeHelpers helpers = JpfImplementations.byName(args[1]);
        boolean programStates = PROGRAM_STATES.equals(turns);
        // Matched on the whole heap, a journal (every call so far, in the order the calls happened
        // to return) would make each interleaving a state of its own. Matched on the program's
        // state, the journal is what tells each thread's results, and is no part of the match.
        ComWorld world = programStates ? new ComWorld(helpers) : ComWorld.withoutJournal(helpers);
        JpfApiSteps steps = turns == null ? null
                : new JpfApiSteps(programStates ? new JpfProgramState(world, args[0]) : null);
        AssertionError failedThread = null;
        try {
            JpfPrograms.run(args[0], world, steps);
        } catch (JpfProgramState.InvariantsBroken broken) {
            throw broken; // found in a state on the way: the error as it is, with its path
        } catch (AssertionError failed) {
            failedThread = failed;
        }
        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), true);
        if (failedThread != null || !breaches.isEmpty()) {
            throw new AssertionError(contractBroken(args[0], breaches,
                    failedThread == null ? null : failedThread.getMessage()));
        }
    }

    /** The error text for broken invariants and a failed thread (or null), one line each. */
    static String contractBroken(String what, List<Breach> breaches, String failedThread) {
        StringBuilder message = new StringBuilder(what).append(" broke the contract");
        for (Breach breach : breaches) {
            message.append('\n').append(BREACH_LINE).append(breach);
        }
        if (failedThread != null) {
            message.append('\n').append(FAILED_THREAD_LINE).append(failedThread);
        }
        return message.toString();
    }

    /** The breaches named in the text of a JPF error this driver caused, in order. */
    public static List<String> breachesIn(String errorText) {
        return linesAfter(BREACH_LINE, errorText);
    }

    /** The failed thread named in the text of a JPF error this driver caused, or null. */
    public static String failedThreadIn(String errorText) {
        List<String> failed = linesAfter(FAILED_THREAD_LINE, errorText);
        return failed.isEmpty() ? null : failed.get(0);
    }

    private static List<String> linesAfter(String prefix, String errorText) {
        List<String> found = new ArrayList<>();
        if (errorText != null) {
            for (String line : errorText.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith(prefix)) {
                    found.add(trimmed.substring(prefix.length()));
                }
            }
        }
        return found;
    }
}
