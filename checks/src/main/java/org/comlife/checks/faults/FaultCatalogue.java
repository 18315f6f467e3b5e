package org.comlife.checks.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded bugs of the contract's table "The bugs these APIs exist to prevent", in the
 * table's order, followed by the two extra runtime faults of the Lincheck tier. The report and
 * the CLI list it; the engines run each fault's program and twin.
 */
public final class FaultCatalogue {
    private static final List<Fault> FAULTS = List.of(
            MarshalingFaults.doubleUnmarshal(),
            MarshalingFaults.missingDetach(),
            MarshalingFaults.foreignPointer(),
            MarshalingFaults.sharedProxy(),
            MarshalingFaults.uninitializedThread(),
            MarshalingFaults.staNotPumping(),
            ServerLifetimeFaults.tediousCount(),
            ServerLifetimeFaults.lockServerWindow(),
            ServerLifetimeFaults.notSuspendedRegistration(),
            ServerLifetimeFaults.splitRelease(),
            ServerLifetimeFaults.lateAddRef(),
            ServerLifetimeFaults.unbalancedUnlock(),
            ServerLifetimeFaults.leakedReference(),
            ServerLifetimeFaults.revokeWrongThread(),
            MarshalingFaults.doubleRevoke(),
            MarshalingFaults.nonAtomicUnmarshalOnce(),
            MarshalingFaults.gitRevokeRacesGet());

    private FaultCatalogue() {
    }

    /** Every fault, in a stable order: the contract table's, then the Lincheck tier's extras. */
    public static List<Fault> all() {
        return FAULTS;
    }

    /** Every fault's id, in catalogue order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Fault fault : FAULTS) {
            ids.add(fault.id());
        }
        return ids;
    }

    /** The faults of one kind, in catalogue order. */
    public static List<Fault> ofKind(FaultKind kind) {
        List<Fault> matching = new ArrayList<>();
        for (Fault fault : FAULTS) {
            if (fault.kind() == kind) {
                matching.add(fault);
            }
        }
        return matching;
    }

    /** The faults an engine claims to catch, in catalogue order. */
    public static List<Fault> claimedBy(String engineId) {
        List<Fault> matching = new ArrayList<>();
        for (Fault fault : FAULTS) {
            if (fault.isClaimedBy(engineId)) {
                matching.add(fault);
            }
        }
        return matching;
    }

    /** The fault with this id; an unknown id is refused with the list of known ones. */
    public static Fault byId(String id) {
        for (Fault fault : FAULTS) {
            if (fault.id().equals(id)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("no fault with id '" + id + "'; known ids: " + String.join(", ", ids()));
    }
}
