package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The four runtime helpers Lincheck checks for linearizability: the operation class it drives
 * and the sequential specification it compares with.
 */
public enum HelperCheck {
    SERVER_PROCESS_COUNT(ServerProcessCountOperations.UnderTest.class, ServerProcessCountOperations.Specification.class,
            "addRef, release, lockForActivation and resume of the server-process count, each as if alone"),
    CLASS_TABLE(ClassTableOperations.UnderTest.class, ClassTableOperations.Specification.class,
            "registering, revoking, publishing and claiming class objects, each as if alone"),
    GLOBAL_INTERFACE_TABLE(GlobalInterfaceTableOperations.UnderTest.class, GlobalInterfaceTableSpecification.class,
            "registering, getting and revoking GIT cookies, each as if alone"),
    UNMARSHAL_ONCE_PACKET(UnmarshalOncePacketOperations.UnderTest.class, UnmarshalOncePacketSpecification.class,
            "ending one NORMAL packet (unmarshal or release), at most once whoever tries");

    private final Class<?> operations;
    private final Class<?> specification;
    private final String claim;

    HelperCheck(Class<?> operations, Class<?> specification, String claim) {
        this.operations = operations;
        this.specification = specification;
        this.claim = claim;
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
