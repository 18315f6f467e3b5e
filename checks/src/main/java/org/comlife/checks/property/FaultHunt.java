package org.comlife.checks.property;

import java.util.Map;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.generate.Vocabulary;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.StepObserver;

/**
 * The property engine against a fault of the catalogue. A client fault is hunted with correct
 * chains plus its misuse enabled, on the reference; a runtime fault with correct chains on the
 * fault's helpers. Either way the hunt looks for the invariants the fault breaks.
 */
public final class FaultHunt {
    /** The catalogue faults no action chain can expose, and why. */
    private static final Map<String, String> OUT_OF_REACH = Map.of(
            "split-release", "its window lies between the decrement and the suspension inside one "
                    + "CoReleaseServerProcess call; the scheduler switches threads only between API calls",
            "non-atomic-unmarshal-once", "its window lies between the check and the mark inside one unmarshal; "
                    + "a chain that ends a packet twice is already a misuse the reference flags",
            "git-revoke-races-get", "its window lies between the lookup and the unmarshal inside one "
                    + "GetInterfaceFromGlobal call; the scheduler switches threads only between API calls");

    private FaultHunt() {
    }

    /** Settings that hunt the fault: its misuse (client) or helpers (runtime), and its invariants. */
    public static PropertySettings settings(Fault fault, long seed, int tries) {
        PropertySettings settings = PropertySettings.defaults(seed).withTries(tries)
                .withImplementation(fault.helpers()).hunting(fault.invariants());
        Misuse misuse = Misuse.forFault(fault.id());
        return misuse == null ? settings : settings.withVocabulary(Vocabulary.withMisuses(misuse));
    }

    public static PropertyResult hunt(Fault fault, long seed, int tries) {
        return PropertyRunner.check(settings(fault, seed, tries));
    }

    /** Why chains cannot reach the fault, or null when they can. */
    public static String outOfReach(Fault fault) {
        return OUT_OF_REACH.get(fault.id());
    }

    /**
     * The API calls the fault's hand-written scenario makes: the journal length of one scheduler
     * run of its program (always running the first thread that can run).
     */
    public static int scenarioApiSteps(Fault fault) {
        return DeterministicScheduler.run(fault.program(), fault.helpers(), (enabled, step) -> 0, StepObserver.NONE,
                10_000).world().journal().size();
    }
}
