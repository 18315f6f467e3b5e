package org.comlife.checks.lincheck;

/**
 * The four runtime helpers Lincheck checks for linearizability: the operation class it drives
 * and the sequential specification it compares with.
 */
public enum HelperCheck {
    SERVER_PROCESS_COUNT(ServerProcessCountOperations.UnderTest.class, ServerProcessCountOperations.Specification.class),
    CLASS_TABLE(ClassTableOperations.UnderTest.class, ClassTableOperations.Specification.class),
    GLOBAL_INTERFACE_TABLE(GlobalInterfaceTableOperations.UnderTest.class, GlobalInterfaceTableSpecification.class),
    UNMARSHAL_ONCE_PACKET(UnmarshalOncePacketOperations.UnderTest.class, UnmarshalOncePacketSpecification.class);

    private final Class<?> operations;
    private final Class<?> specification;

    HelperCheck(Class<?> operations, Class<?> specification) {
        this.operations = operations;
        this.specification = specification;
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
