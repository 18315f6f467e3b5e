package org.comlife.checks.jpf.race;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The helper races JPF can run, the JPF analogue of Lincheck's helper checks: a few threads run
 * one operation each, concurrently, on one fresh helper of the chosen runtime, and the outcome
 * must be that of some sequential order of the same operations under the helper's sequential
 * specification ({@link JpfHelperRaceDriver}). A seeded fault whose race window lies inside one
 * helper call shows here in a few hundred states, where a whole scenario hides it among
 * hundreds of thousands. This code runs inside JPF.
 */
public enum HelperRace {
    /** CoReleaseServerProcess of the last instance against an activation's implicit LockServer and a CoAddRefServerProcess. */
    SERVER_PROCESS_COUNT("server-process-count", "the server-process count at 1",
            List.of(ServerProcessCountRace.RELEASE, ServerProcessCountRace.LOCK_FOR_ACTIVATION,
                    ServerProcessCountRace.ADD_REF),
            ServerProcessCountRace::underTest, ServerProcessCountRace::specification),
    /** Two threads unmarshal the same NORMAL packet, as if each had read its own copy of the stream. */
    PACKET_UNMARSHAL_TWICE("packet-unmarshal-twice", "one NORMAL marshal packet",
            List.of(UnmarshalOncePacketRace.UNMARSHAL, UnmarshalOncePacketRace.UNMARSHAL),
            UnmarshalOncePacketRace::underTest, UnmarshalOncePacketRace::specification),
    /** One thread unmarshals a NORMAL packet while another releases its marshal data. */
    PACKET_UNMARSHAL_AND_RELEASE("packet-unmarshal-and-release", "one NORMAL marshal packet",
            List.of(UnmarshalOncePacketRace.UNMARSHAL, UnmarshalOncePacketRace.RELEASE_MARSHAL_DATA),
            UnmarshalOncePacketRace::underTest, UnmarshalOncePacketRace::specification),
    /** GetInterfaceFromGlobal of a cookie while another thread revokes it. */
    GIT_GET_AND_REVOKE("git-get-and-revoke", "the GIT with two entries",
            List.of(GlobalInterfaceTableRace.GET, GlobalInterfaceTableRace.REVOKE),
            GlobalInterfaceTableRace::underTest, GlobalInterfaceTableRace::specification);

    private final String id;
    private final String helper;
    private final List<String> operations;
    private final Function<RuntimeHelpers, RacedHelper> underTest;
    private final Supplier<RacedHelper> specification;

    HelperRace(String id, String helper, List<String> operations, Function<RuntimeHelpers, RacedHelper> underTest,
               Supplier<RacedHelper> specification) {
        this.id = id;
        this.helper = helper;
        this.operations = operations;
        this.underTest = underTest;
        this.specification = specification;
    }

    /** The id targets and reports use, e.g. "server-process-count". */
    public String id() {
        return id;
    }

    /** What the race runs on, for messages: e.g. "the server-process count at 1". */
    public String helper() {
        return helper;
    }

    /** The operations, one a thread, in thread order. */
    public List<String> operations() {
        return operations;
    }

    /** A fresh helper of the runtime, set up for the race. */
    RacedHelper underTest(RuntimeHelpers helpers) {
        return underTest.apply(helpers);
    }

    /** A fresh sequential specification, set up the same way. */
    RacedHelper specification() {
        return specification.get();
    }

    /** The race with that id; throws IllegalArgumentException naming the known ones. */
    public static HelperRace byId(String id) {
        List<String> known = new ArrayList<>();
        for (HelperRace race : values()) {
            if (race.id.equals(id)) {
                return race;
            }
            known.add(race.id);
        }
        throw new IllegalArgumentException("no helper race '" + id + "'; known: " + known);
    }
}
