package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The linearizability checks of the runtime helpers (the marshaler has two: the NORMAL
 * packet's one end, and every flag's packets side by side; proxy dispatch has none: it keeps no
 * state, and what it must get right is which thread runs a call, which the scenario engines check): the operation class Lincheck drives
 * and the sequential specification it compares with.
 */
public enum HelperCheck {
    SERVER_PROCESS_COUNT(ServerProcessCountOperations.UnderTest.class, ServerProcessCountOperations.Specification.class,
            "addRef, release, lockForActivation, suspend and resume of the server-process count, each as if alone",
            LincheckTierBudgets.SERVER_PROCESS_COUNT_MODEL_CHECKING),
    CLASS_TABLE(ClassTableOperations.UnderTest.class, ClassTableOperations.Specification.class,
            "registering, revoking, publishing and claiming class objects, each as if alone",
            LincheckTierBudgets.CLASS_TABLE_MODEL_CHECKING),
    GLOBAL_INTERFACE_TABLE(GlobalInterfaceTableOperations.UnderTest.class, GlobalInterfaceTableSpecification.class,
            "registering, getting and revoking GIT cookies, each as if alone",
            LincheckTierBudgets.GLOBAL_INTERFACE_TABLE_MODEL_CHECKING),
    UNMARSHAL_ONCE_PACKET(UnmarshalOncePacketOperations.UnderTest.class, UnmarshalOncePacketSpecification.class,
            "ending one NORMAL packet (unmarshal or release), at most once whoever tries",
            LincheckTierBudgets.UNMARSHAL_ONCE_PACKET_MODEL_CHECKING),
    MARSHAL_PACKETS(MarshalPacketsOperations.UnderTest.class, MarshalPacketsSpecification.class,
            "marshaling, unmarshaling and releasing NORMAL, TABLESTRONG and TABLEWEAK packets, each as if alone",
            LincheckTierBudgets.MARSHAL_PACKETS_MODEL_CHECKING),
    INTER_THREAD_STREAMS(InterThreadStreamsOperations.UnderTest.class, InterThreadStreamsSpecification.class,
            "handing a pointer over in a stream: marshaled in, got once, the stream released on every path",
            LincheckTierBudgets.INTER_THREAD_STREAMS_MODEL_CHECKING),
    CLASS_OBJECT_ACTIVATION(ClassObjectActivationOperations.UnderTest.class,
            ClassObjectActivationOperations.Specification.class,
            "activations against releases of the count and of a held factory: the implicit lock counted before "
                    + "the factory leaves, refused once suspended",
            LincheckTierBudgets.CLASS_OBJECT_ACTIVATION_MODEL_CHECKING);

    private final Class<?> operations;
    private final Class<?> specification;
    private final String claim;

    private final LincheckBudget modelChecking;

    HelperCheck(Class<?> operations, Class<?> specification, String claim, LincheckBudget modelChecking) {
        this.operations = operations;
        this.specification = specification;
        this.claim = claim;
        this.modelChecking = modelChecking;
    }

    /** The budget of the check under the model checker in the matrix. */
    public LincheckBudget modelCheckingBudget() {
        return modelChecking;
    }

    /** What is claimed linearizable, in one line (each operation class's javadoc states it in full). */
    public String claim() {
        return claim;
    }

    /** The check with this id ("server-process-count"); an unknown id is refused, naming the known ones. */
    public static HelperCheck parse(String id) {
        for (HelperCheck check : values()) {
            if (check.id().equals(id)) {
                return check;
            }
        }
        List<String> known = new ArrayList<>();
        for (HelperCheck check : values()) {
            known.add(check.id());
        }
        throw new IllegalArgumentException("unknown helper check '" + id + "'; known: " + String.join(", ", known));
    }

    public Class<?> operations() {
        return operations;
    }

    public Class<?> specification() {
        return specification;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
