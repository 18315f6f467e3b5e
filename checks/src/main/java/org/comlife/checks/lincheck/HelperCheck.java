package org.comlife.checks.lincheck;

/**
 * The linearizability checks of the four runtime helpers (the marshaler has two: the NORMAL
 * packet's one end, and every flag's packets side by side): the operation class Lincheck drives
 * and the sequential specification it compares with.
 */
public enum HelperCheck {
    SERVER_PROCESS_COUNT(ServerProcessCountOperations.UnderTest.class, ServerProcessCountOperations.Specification.class),
    CLASS_TABLE(ClassTableOperations.UnderTest.class, ClassTableOperations.Specification.class,
            LincheckTierBudgets.CLASS_TABLE_MODEL_CHECKING),
    GLOBAL_INTERFACE_TABLE(GlobalInterfaceTableOperations.UnderTest.class, GlobalInterfaceTableSpecification.class),
    UNMARSHAL_ONCE_PACKET(UnmarshalOncePacketOperations.UnderTest.class, UnmarshalOncePacketSpecification.class),
    MARSHAL_PACKETS(MarshalPacketsOperations.UnderTest.class, MarshalPacketsSpecification.class,
            LincheckTierBudgets.MARSHAL_PACKETS_MODEL_CHECKING);

    private final Class<?> operations;
    private final Class<?> specification;

    private final LincheckBudget modelChecking;

    HelperCheck(Class<?> operations, Class<?> specification) {
        this(operations, specification, LincheckTierBudgets.HELPER_MODEL_CHECKING);
    }

    HelperCheck(Class<?> operations, Class<?> specification, LincheckBudget modelChecking) {
        this.operations = operations;
        this.specification = specification;
        this.modelChecking = modelChecking;
    }

    /** The budget of the check under the model checker in the matrix. */
    public LincheckBudget modelCheckingBudget() {
        return modelChecking;
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
