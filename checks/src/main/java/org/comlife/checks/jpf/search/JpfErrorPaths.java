package org.comlife.checks.jpf.search;

import static org.comlife.checks.jpf.search.JpfReflection.call;
import static org.comlife.checks.jpf.search.JpfReflection.isInstance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code gov.nasa.jpf.Error} (through reflection) into a {@link JpfErrorReport}: its path's
 * transitions give the threads in the order they first ran; their recorded steps
 * ({@code vm.store_steps}) give the invoke instructions, of which the program's COM API calls
 * are kept, in execution order.
 */
final class JpfErrorPaths {
    private static final String INVOKE_INSTRUCTION = "gov.nasa.jpf.vm.bytecode.InvokeInstruction";

    private JpfErrorPaths() {
    }

    static JpfErrorReport read(Object error) {
        String property = call(error, "getProperty").getClass().getName();
        String description = (String) call(error, "getDescription");
        String details = (String) call(error, "getDetails");
        List<String> threads = new ArrayList<>();
        List<JpfStep> steps = new ArrayList<>();
        Object path = call(error, "getPath");
        if (path != null) {
            for (Object transition : (Iterable<?>) path) {
                String thread = (String) call(call(transition, "getThreadInfo"), "getName");
                if (!threads.contains(thread)) {
                    threads.add(thread);
                }
                for (Object step : (Iterable<?>) transition) {
                    JpfStep comCall = comCall(thread, call(step, "getInstruction"));
                    if (comCall != null) {
                        steps.add(comCall);
                    }
                }
            }
        }
        return new JpfErrorReport(property, description, details == null ? "" : details, threads, steps);
    }

    private static JpfStep comCall(String thread, Object instruction) {
        if (!isInstance(INVOKE_INSTRUCTION, instruction)) {
            return null;
        }
        Object method = call(instruction, "getMethodInfo");
        String caller = method == null ? null : (String) call(method, "getClassName");
        String invokedClass = (String) call(instruction, "getInvokedMethodClassName");
        String invokedMethod = withoutSignature((String) call(instruction, "getInvokedMethodName"));
        return ComApiCalls.isProgramCall(caller, invokedClass, invokedMethod)
                || ComApiCalls.isRacedOperation(thread, caller, invokedClass, invokedMethod) ? new JpfStep(thread, invokedMethod)
                : null;
    }

    /** JPF names an invoked method with its descriptor, "coInitializeEx(Lorg/...;)L...;": keep the name. */
    static String withoutSignature(String method) {
        if (method == null) {
            return null;
        }
        int descriptor = method.indexOf('(');
        return descriptor < 0 ? method : method.substring(0, descriptor);
    }
}
