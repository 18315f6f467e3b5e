package org.comlife.checks.coverage.map;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.matrix.EngineId;

/**
 * Why a cell of the coverage map is blank: the engine does not exercise that helper call in its
 * check of an implementation, and this says why. {@code CoverageMapTest} fails on a blank cell
 * without a reason, and on a reason given for a cell the engine does exercise.
 */
public final class BlankCells {
    private static final String JPF = "Java PathFinder runs in a JVM of its own, where these recording helpers do "
            + "not reach; it explores the explorer's example programs and the fault twins at the bytecode, and its "
            + "helper races run the count's release and lock, the unmarshal-once packet and the GIT's get and revoke";

    private static final String NO_DISPATCH_CHECK = "proxy dispatch has no Lincheck helper check: it keeps no state "
            + "of its own, and what it must get right (which thread runs a call, and when) shows in a program's "
            + "threads, which the explorer and the property engine schedule; Lincheck's helper checks make no call "
            + "through a proxy";
    private static final String CHAINS_ACTIVATE_FROM_CLIENTS = "the chains' actions run on client threads, in "
            + "processes of their own; the generated server's main thread registers and pumps, and activates nothing "
            + "from its own apartment";

    private BlankCells() {
    }

    /** The reason the engine leaves the call out, or null when none is declared. */
    public static String reason(EngineId engine, HelperCall call) {
        if (engine == EngineId.JPF) {
            return JPF;
        }
        if (engine == EngineId.LINCHECK && call.helper() == HelperCall.Helper.PROXY_DISPATCH) {
            return NO_DISPATCH_CHECK;
        }
        if (engine == EngineId.PROPERTY && call == HelperCall.ACTIVATE_IN_APARTMENT) {
            return CHAINS_ACTIVATE_FROM_CLIENTS;
        }
        return null;
    }

    /** Every reason, in the order the map numbers them. */
    public static List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (EngineId engine : EngineId.values()) {
            for (HelperCall call : HelperCall.values()) {
                String reason = reason(engine, call);
                if (reason != null && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        return reasons;
    }
}
