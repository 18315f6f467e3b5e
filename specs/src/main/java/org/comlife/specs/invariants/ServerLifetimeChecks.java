package org.comlife.specs.invariants;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ProcessRole;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.ProxySnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/** The state predicates of server lifetime: invariants 1, 2, 8 and 10. */
final class ServerLifetimeChecks {
    private ServerLifetimeChecks() {
    }

    static List<String> countNotNegative(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot process : state.processes()) {
            if (process.serverRefs() < 0) {
                failures.add(process.name() + " has server-process count " + process.serverRefs());
            }
        }
        return failures;
    }

    static List<String> suspendedWhenCommitted(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot process : state.processes()) {
            if (process.shutdownCommitted() && !process.exited() && !process.classesSuspended()) {
                failures.add(process.name() + " committed shutdown but its class objects are not suspended");
            }
        }
        return failures;
    }

    static List<String> noReferenceIntoStoppingServer(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot server : state.processes()) {
            if (!server.shutdownCommitted() && !server.exited()) {
                continue;
            }
            for (ProxySnapshot held : state.heldReferencesTo(server.name())) {
                failures.add("a client holds proxy#" + held.id().number() + " to obj#" + held.objectId().number()
                        + " of " + server.name() + ", which " + (server.exited() ? "exited" : "committed shutdown"));
            }
        }
        return failures;
    }

    static List<String> factoryReferenceHoldsLock(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot server : state.processes()) {
            if (server.exited() || server.serverRefs() >= 1) {
                continue;
            }
            for (ProxySnapshot held : state.heldReferencesTo(server.name())) {
                if (held.classFactory()) {
                    failures.add("a client holds class factory obj#" + held.objectId().number() + " of " + server.name()
                            + " while its server-process count is " + server.serverRefs());
                }
            }
        }
        return failures;
    }

    static List<String> releasedServerExited(WorldSnapshot state) {
        List<String> failures = new ArrayList<>();
        for (ProcessSnapshot server : state.processes()) {
            if (server.role() == ProcessRole.SERVER && !server.exited()
                    && state.heldReferencesTo(server.name()).isEmpty()) {
                failures.add(server.name() + " is still running although no client references it (count "
                        + server.serverRefs() + ")");
            }
        }
        return failures;
    }
}
