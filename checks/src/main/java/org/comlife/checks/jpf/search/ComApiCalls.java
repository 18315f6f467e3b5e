package org.comlife.checks.jpf.search;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.comlife.model.ComApi;
import org.comlife.model.ComThread;
import org.comlife.model.program.Program;

/**
 * Which invocations in a JPF error path are a program's COM API calls: a method of
 * {@link ComThread} marked {@link ComApi} (not an accessor or the harness's own bookkeeping),
 * invoked from program code (the examples, the scenarios, the driver), not
 * from the model's internals, the JDK or JPF. In a helper race the steps are the raced
 * operations instead: a helper's operation invoked by the race's code.
 */
final class ComApiCalls {
    static final String API_CLASS = ComThread.class.getName();
    private static final String MODEL = "org.comlife.model.";
    private static final String PROGRAMS_IN_MODEL = "org.comlife.model.examples.";
    /** The names of ComThread's methods marked as COM API calls, read from its class on this (the host's) JVM. */
    private static final Set<String> API_CALLS = apiCalls();

    private static final String RACES = "org.comlife.checks.jpf.race.";
    /** The thread JPF runs the driver's main method on. */
    private static final String DRIVER_THREAD = "main";
    private static final String RACED_OPERATIONS = "org.comlife.checks.lincheck.";
    /** Methods of the operations classes that read rather than operate. */
    private static final Set<String> NOT_OPERATIONS = Set.of("state", "toString", "hashCode", "equals", "getClass");

    private ComApiCalls() {
    }

    /** Whether code in {@code callerClass} invoking {@code invokedClass.invokedMethod} is a program's COM call. */
    static boolean isProgramCall(String callerClass, String invokedClass, String invokedMethod) {
        return API_CLASS.equals(invokedClass) && invokedMethod != null && API_CALLS.contains(invokedMethod)
                && isProgramCode(callerClass);
    }

    private static Set<String> apiCalls() {
        Set<String> names = new HashSet<>();
        for (Method method : ComThread.class.getMethods()) {
            if (method.isAnnotationPresent(ComApi.class)) {
                names.add(method.getName());
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Whether code in {@code callerClass} invoking {@code invokedClass.invokedMethod} on the
     * thread is one operation of a helper race: the race (in this package) calling an operation
     * of the helper under test (the Lincheck tier's operations classes, which the races reuse) on
     * one of the racing threads. The driver's main thread only sets the helper up and replays the
     * sequential orders of the specification: none of that is the race.
     */
    static boolean isRacedOperation(String thread, String callerClass, String invokedClass, String invokedMethod) {
        return !DRIVER_THREAD.equals(thread) && callerClass != null && callerClass.startsWith(RACES) && invokedClass != null
                && invokedClass.startsWith(RACED_OPERATIONS) && invokedMethod != null && !invokedMethod.startsWith("<")
                && !NOT_OPERATIONS.contains(invokedMethod);
    }

    /** Program code: neither the JDK nor JPF, nor the model's own packages (its examples are programs). */
    static boolean isProgramCode(String className) {
        if (className == null || className.startsWith("java.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("gov.nasa.")) {
            return false;
        }
        return !className.startsWith(MODEL) || className.startsWith(PROGRAMS_IN_MODEL);
    }
}
