package org.comlife.checks.jpf;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComWorld;
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
 * <p>Arguments: the program (an {@code ExampleScenario} enum name, optionally with a call count
 * as {@code NAME/calls}, {@code fault:<id>} or {@code twin:<id>}), the implementation
 * ({@link JpfImplementations} name, or {@code fault} for the fault's own helpers), and
 * optionally {@value #API_STEPS}; see {@link JpfTarget} and {@link JpfGranularity}.
 *
 * <p>The world keeps no journal ({@link ComWorld#withoutJournal}): JPF matches states on the
 * whole heap, and a list of every call so far, in the order the calls happened to return,
 * would make each interleaving a state of its own. Every invariant is still checked at the end.
 */
public final class JpfScenarioDriver {
    /** What starts each breach's line in the error message. */
    static final String BREACH_LINE = "broken: ";
    /** What starts the line of a thread's failure in the error message. */
    static final String FAILED_THREAD_LINE = "thread failed: ";
    /** The optional third argument: the logical threads take turns one API step at a time ({@link JpfApiSteps}). */
    static final String API_STEPS = "api-steps";

    private JpfScenarioDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !API_STEPS.equals(args[2]))) {
            throw new IllegalArgumentException("usage: JpfScenarioDriver <program> <implementation> [" + API_STEPS + "]");
        }
        // No journal: JPF keeps its own trace, and a journal would make every order of calls a new state.
        ComWorld world = ComWorld.withoutJournal(JpfPrograms.helpers(args[0], args[1]));
        AssertionError failedThread = null;
        try {
            JpfPrograms.run(args[0], world, args.length == 3);
        } catch (AssertionError failed) {
            failedThread = failed;
        }
        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), true);
        if (failedThread != null || !breaches.isEmpty()) {
            StringBuilder message = new StringBuilder(args[0]).append(" broke the contract");
            for (Breach breach : breaches) {
                message.append('\n').append(BREACH_LINE).append(breach);
            }
            if (failedThread != null) {
                message.append('\n').append(FAILED_THREAD_LINE).append(failedThread.getMessage());
            }
            throw new AssertionError(message.toString());
        }
    }

    /** The breaches named in the text of a JPF error this driver caused, in order. */
    static List<String> breachesIn(String errorText) {
        return linesAfter(BREACH_LINE, errorText);
    }

    /** The failed thread named in the text of a JPF error this driver caused, or null. */
    static String failedThreadIn(String errorText) {
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
