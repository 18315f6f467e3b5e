package org.comlife.checks.faults;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.matrix.EngineId;

/**
 * The seeded bugs: the entries of {@link MarshalingFaults} (the first source document's bugs),
 * then those of {@link ServerLifetimeFaults} (the second's), each file in its own order. The
 * report and the CLI list it; the engines run each fault's program and twin. An entry added to
 * either file is in the catalogue with no other edit.
 */
public final class FaultCatalogue {
    private static final List<Fault> FAULTS = collect();

    private FaultCatalogue() {
    }

    private static List<Fault> collect() {
        List<Fault> faults = new ArrayList<>(MarshalingFaults.entries());
        faults.addAll(ServerLifetimeFaults.entries());
        List<FaultId> seen = new ArrayList<>();
        for (Fault fault : faults) {
            if (seen.contains(fault.id())) {
                throw new IllegalStateException("two catalogue entries have the id " + fault.id());
            }
            seen.add(fault.id());
        }
        return List.copyOf(faults);
    }

    /** Every fault, in a stable order: the first document's, then the second's. */
    public static List<Fault> all() {
        return FAULTS;
    }

    /** Every fault's id, in catalogue order. */
    public static List<FaultId> ids() {
        List<FaultId> ids = new ArrayList<>();
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
    public static List<Fault> claimedBy(EngineId engine) {
        List<Fault> matching = new ArrayList<>();
        for (Fault fault : FAULTS) {
            if (fault.isClaimedBy(engine)) {
                matching.add(fault);
            }
        }
        return matching;
    }

    /** The fault with this id; an unknown id is refused with the list of known ones. */
    public static Fault byId(FaultId id) {
        for (Fault fault : FAULTS) {
            if (fault.id().equals(id)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("no fault with id '" + id + "'; known ids: " + known());
    }

    /** The fault a user or a command line names by its id's text; anything else is refused, listing the known ids. */
    public static Fault named(String text) {
        if (!FaultId.isWellFormed(text)) {
            throw new IllegalArgumentException("no fault with id '" + text + "'; known ids: " + known());
        }
        return byId(FaultId.of(text));
    }

    /** The known ids, comma-separated, for messages. */
    public static String known() {
        StringBuilder text = new StringBuilder();
        for (Fault fault : FAULTS) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(fault.id());
        }
        return text.toString();
    }
}
