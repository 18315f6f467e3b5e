package org.comlife.checks.jpf.program;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The runtime implementations a JPF run can select by name, since JPF runs in a JVM of its own
 * and cannot be handed an object: the reference ({@value #REFERENCE}), a catalogue fault's
 * helpers ({@code fault:<id>}, looked up in the catalogue), or a user's class
 * ({@code class:<name>}, loaded as {@code --impl} loads it, from JPF's class path, where the
 * runner puts the user's class path). This code runs inside JPF, so it stays plain.
 */
public final class JpfImplementations {
    public static final String REFERENCE = "reference";
    /** Starts the name of a catalogue fault's helpers: {@code fault:split-release}. */
    public static final String FAULT_PREFIX = "fault:";
    /** Starts the name of a user's implementation class: {@code class:com.example.MyCount}. */
    public static final String CLASS_PREFIX = "class:";

    private JpfImplementations() {
    }

    /** The name of a fault's helpers, as {@link #byName} takes it. */
    public static String ofFault(FaultId fault) {
        return FAULT_PREFIX + fault;
    }

    /** The name of a user's implementation class, as {@link #byName} takes it. */
    public static String ofClass(String className) {
        return CLASS_PREFIX + className;
    }

    /**
     * The name of helpers this JVM holds, if JPF can build the same ones: the reference, or a
     * catalogue fault's helpers; null for any other (a user's class is named by {@link #ofClass}).
     */
    public static String nameOf(RuntimeHelpers helpers) {
        if (REFERENCE.equals(helpers.name())) {
            return REFERENCE;
        }
        for (Fault fault : FaultCatalogue.all()) {
            if (fault.helpers() == helpers) {
                return ofFault(fault.id());
            }
        }
        return null;
    }

    /** Whether {@link #byName} knows the name without loading a class: the reference, a fault's, or a class name. */
    public static boolean isValidName(String name) {
        if (name == null) {
            return false;
        }
        if (name.startsWith(FAULT_PREFIX)) {
            String id = name.substring(FAULT_PREFIX.length());
            return FaultId.isWellFormed(id) && FaultCatalogue.ids().contains(FaultId.of(id));
        }
        return REFERENCE.equals(name) || (name.startsWith(CLASS_PREFIX) && name.length() > CLASS_PREFIX.length());
    }

    /** The implementation with that name; throws IllegalArgumentException saying which names there are. */
    public static RuntimeHelpers byName(String name) {
        if (REFERENCE.equals(name)) {
            return RuntimeHelpers.reference();
        }
        if (name != null && name.startsWith(FAULT_PREFIX)) {
            return FaultCatalogue.named(name.substring(FAULT_PREFIX.length())).helpers();
        }
        if (name != null && name.startsWith(CLASS_PREFIX)) {
            try {
                return ImplementationLoader.load(name.substring(CLASS_PREFIX.length()), List.of());
            } catch (ImplementationLoadException failed) {
                throw new IllegalArgumentException(failed.getMessage(), failed);
            }
        }
        throw new IllegalArgumentException("unknown runtime implementation '" + name + "'; known: " + REFERENCE
                + ", " + FAULT_PREFIX + "<fault id> (" + FaultCatalogue.known() + ") or " + CLASS_PREFIX
                + "<class name>");
    }
}
