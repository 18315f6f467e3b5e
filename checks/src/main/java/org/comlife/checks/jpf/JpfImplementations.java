package org.comlife.checks.jpf;

import java.util.List;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.faults.runtime.NonAtomicUnmarshalOnceMarshaler;
import org.comlife.checks.faults.runtime.RevokeRacesGetGlobalInterfaceTable;
import org.comlife.checks.faults.runtime.SplitReleaseServerProcessCount;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The runtime implementations a JPF run can select by name: the reference, or the reference with
 * one helper replaced by a seeded runtime fault, or a user's class ({@code class:<name>}, loaded
 * as {@code --impl} loads it, from JPF's class path, where the runner puts the user's class path).
 * This code runs inside JPF, so it stays plain.
 */
public final class JpfImplementations {
    public static final String REFERENCE = "reference";
    public static final String SPLIT_RELEASE = "split-release";
    public static final String NON_ATOMIC_UNMARSHAL_ONCE = "non-atomic-unmarshal-once";
    public static final String GIT_REVOKE_RACES_GET = "revoke-races-get";
    /** Starts the name of a user's implementation class: {@code class:com.example.MyCount}. */
    public static final String CLASS_PREFIX = "class:";

    private JpfImplementations() {
    }

    /** Every name {@link #byName} knows. */
    public static List<String> names() {
        return List.of(REFERENCE, SPLIT_RELEASE, NON_ATOMIC_UNMARSHAL_ONCE, GIT_REVOKE_RACES_GET);
    }

    /** The name of a user's implementation class, as {@link #byName} takes it. */
    public static String ofClass(String className) {
        return CLASS_PREFIX + className;
    }

    /** Whether {@link #byName} knows the name without loading anything: a built-in one, or a class name. */
    public static boolean isValidName(String name) {
        return names().contains(name) || (name != null && name.startsWith(CLASS_PREFIX)
                && name.length() > CLASS_PREFIX.length());
    }

    /** The implementation with that name; throws IllegalArgumentException naming the known ones. */
    public static RuntimeHelpers byName(String name) {
        if (name != null && name.startsWith(CLASS_PREFIX)) {
            try {
                return ImplementationLoader.load(name.substring(CLASS_PREFIX.length()), List.of());
            } catch (ImplementationLoadException failed) {
                throw new IllegalArgumentException(failed.getMessage(), failed);
            }
        }
        RuntimeHelpers reference = RuntimeHelpers.reference();
        if (REFERENCE.equals(name)) {
            return reference;
        }
        if (SPLIT_RELEASE.equals(name)) {
            return reference.withServerProcessCount(name, () -> new SplitReleaseServerProcessCount());
        }
        if (NON_ATOMIC_UNMARSHAL_ONCE.equals(name)) {
            return reference.withMarshaler(name, () -> new NonAtomicUnmarshalOnceMarshaler());
        }
        if (GIT_REVOKE_RACES_GET.equals(name)) {
            return reference.withGlobalInterfaceTable(name, marshaler -> new RevokeRacesGetGlobalInterfaceTable(marshaler));
        }
        throw new IllegalArgumentException("unknown runtime implementation '" + name + "'; known: " + names()
                + " or " + CLASS_PREFIX + "<class name>");
    }
}
