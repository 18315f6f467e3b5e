package org.comlife.checks.jpf;

import java.util.Map;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;

/**
 * Which helper race opens a runtime fault's window, for the faults whose window lies inside one
 * helper call. JPF hunts those on the race instead of the fault's program: on a whole scenario
 * the window sits behind an early divergence that a depth-first search does not revisit within
 * its budget (split-release), or no correct program opens it at all (non-atomic-unmarshal-once),
 * while the race opens it in a few hundred states. Every other fault, client faults and
 * lockserver-window (a missing lock, not a window inside one call), is hunted on its program.
 */
public final class FaultHelperRaces {
    private static final Map<String, HelperRace> RACES = Map.of(
            "split-release", HelperRace.SERVER_PROCESS_COUNT,
            "non-atomic-unmarshal-once", HelperRace.PACKET_UNMARSHAL_TWICE,
            "git-revoke-races-get", HelperRace.GIT_GET_AND_REVOKE);

    private FaultHelperRaces() {
    }

    /** The race that opens the fault's window, or null when JPF hunts the fault on its program. */
    public static HelperRace of(Fault fault) {
        return fault.kind() == FaultKind.RUNTIME ? RACES.get(fault.id()) : null;
    }
}
