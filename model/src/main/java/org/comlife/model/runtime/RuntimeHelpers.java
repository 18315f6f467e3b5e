package org.comlife.model.runtime;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which implementation of each runtime helper the processes of a world use. Every process gets
 * fresh instances. The reference implementation is the default; a seeded fault or a user's own
 * implementation replaces one helper and keeps the others, so the same suite checks it.
 */
public final class RuntimeHelpers {
    private final String name;
    private final Supplier<Marshaler> marshaler;
    private final Supplier<ServerProcessCount> serverProcessCount;
    private final Supplier<ClassTable> classTable;
    private final Function<Marshaler, GlobalInterfaceTable> globalInterfaceTable;
    private final Supplier<InterThreadStreams> interThreadStreams;
    private final Supplier<ProxyDispatch> proxyDispatch;
    private final Supplier<ClassObjectActivation> classObjectActivation;

    private RuntimeHelpers(String name, Supplier<Marshaler> marshaler,
                           Supplier<ServerProcessCount> serverProcessCount,
                           Supplier<ClassTable> classTable,
                           Function<Marshaler, GlobalInterfaceTable> globalInterfaceTable,
                           Supplier<InterThreadStreams> interThreadStreams,
                           Supplier<ProxyDispatch> proxyDispatch,
                           Supplier<ClassObjectActivation> classObjectActivation) {
        this.name = name;
        this.marshaler = marshaler;
        this.serverProcessCount = serverProcessCount;
        this.classTable = classTable;
        this.globalInterfaceTable = globalInterfaceTable;
        this.interThreadStreams = interThreadStreams;
        this.proxyDispatch = proxyDispatch;
        this.classObjectActivation = classObjectActivation;
    }

    /** The reference implementation of every helper. */
    public static RuntimeHelpers reference() {
        return new RuntimeHelpers("reference", () -> new ReferenceMarshaler(),
                () -> new ReferenceServerProcessCount(), () -> new ReferenceClassTable(),
                m -> new ReferenceGlobalInterfaceTable(m),
                () -> new ReferenceInterThreadStreams(), () -> new ReferenceProxyDispatch(),
                () -> new ReferenceClassObjectActivation());
    }

    /** A name for reports: "reference", or the names of the substituted helpers. */
    public String name() {
        return name;
    }

    public RuntimeHelpers withMarshaler(String implementation, Supplier<Marshaler> factory) {
        return new RuntimeHelpers(rename(implementation), Objects.requireNonNull(factory),
                serverProcessCount, classTable, globalInterfaceTable,
                interThreadStreams, proxyDispatch, classObjectActivation);
    }

    public RuntimeHelpers withServerProcessCount(String implementation, Supplier<ServerProcessCount> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, Objects.requireNonNull(factory),
                classTable, globalInterfaceTable, interThreadStreams, proxyDispatch, classObjectActivation);
    }

    public RuntimeHelpers withClassTable(String implementation, Supplier<ClassTable> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, serverProcessCount,
                Objects.requireNonNull(factory), globalInterfaceTable, interThreadStreams, proxyDispatch,
                classObjectActivation);
    }

    public RuntimeHelpers withGlobalInterfaceTable(String implementation,
                                                   Function<Marshaler, GlobalInterfaceTable> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, serverProcessCount, classTable,
                Objects.requireNonNull(factory), interThreadStreams, proxyDispatch, classObjectActivation);
    }

    public RuntimeHelpers withInterThreadStreams(String implementation, Supplier<InterThreadStreams> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, serverProcessCount, classTable,
                globalInterfaceTable, Objects.requireNonNull(factory), proxyDispatch, classObjectActivation);
    }

    public RuntimeHelpers withProxyDispatch(String implementation, Supplier<ProxyDispatch> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, serverProcessCount, classTable,
                globalInterfaceTable, interThreadStreams, Objects.requireNonNull(factory), classObjectActivation);
    }

    /** This runtime with the activation path (claim, implicit lock, marshal out) replaced. */
    public RuntimeHelpers withClassObjectActivation(String implementation, Supplier<ClassObjectActivation> factory) {
        return new RuntimeHelpers(rename(implementation), marshaler, serverProcessCount, classTable,
                globalInterfaceTable, interThreadStreams, proxyDispatch, Objects.requireNonNull(factory));
    }

    private String rename(String implementation) {
        Objects.requireNonNull(implementation, "implementation");
        return "reference".equals(name) ? implementation : name + "+" + implementation;
    }

    public Marshaler newMarshaler() {
        return requireInstance(marshaler.get(), "marshaler");
    }

    public ServerProcessCount newServerProcessCount() {
        return requireInstance(serverProcessCount.get(), "server-process count");
    }

    public ClassTable newClassTable() {
        return requireInstance(classTable.get(), "class table");
    }

    public GlobalInterfaceTable newGlobalInterfaceTable(Marshaler forProcess) {
        return requireInstance(globalInterfaceTable.apply(forProcess), "global interface table");
    }

    public InterThreadStreams newInterThreadStreams() {
        return requireInstance(interThreadStreams.get(), "inter-thread streams");
    }

    public ProxyDispatch newProxyDispatch() {
        return requireInstance(proxyDispatch.get(), "proxy dispatch");
    }

    public ClassObjectActivation newClassObjectActivation() {
        return requireInstance(classObjectActivation.get(), "class-object activation");
    }

    private <T> T requireInstance(T helper, String what) {
        if (helper == null) {
            throw new IllegalStateException("the " + what + " factory of implementation '" + name
                    + "' returned null");
        }
        return helper;
    }
}
