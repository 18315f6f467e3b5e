package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.kotlinx.lincheck.trace.CodeLocationTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MethodCallTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MethodReturnTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.ReturnedValueResult;
import org.jetbrains.kotlinx.lincheck.trace.SwitchEventTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.Trace;
import org.jetbrains.kotlinx.lincheck.trace.TracePoint;

/**
 * Lincheck's interleaving as steps, the way the report draws every counterexample: one step per
 * call a thread makes, down to {@link #DEPTH} calls deep (the operation, the helper method it
 * calls, and what that calls: where a helper's window lies), in the order the model checker ran
 * them, and one per switch point, where the model checker hands the turn to another thread.
 * Lincheck's field reads and writes and its monitor events are left in its own text. Without
 * a trace (the stress strategy) the steps are each thread's operations with their results.
 */
final class LincheckTraceSteps {
    /** How deep into an operation's calls the steps go: 0 is the operation itself. */
    static final int DEPTH = 2;
    /** Calls that say nothing about the interleaving (an enum's name, an object's identity). */
    private static final Set<String> BOILERPLATE = Set.of("ordinal", "name", "values", "valueOf", "hashCode",
            "equals", "toString", "getClass", "compareTo");

    private LincheckTraceSteps() {
    }

    /** Lincheck's names of the threads, "Thread 1", "Thread 2", ... */
    static List<String> threads(LincheckFailure failure) {
        List<String> names = new ArrayList<>();
        for (int thread = 0; thread < failure.getScenario().getNThreads(); thread++) {
            names.add("Thread " + (thread + 1));
        }
        return names;
    }

    static List<LincheckFinding.Step> steps(LincheckFailure failure) {
        List<String> threads = threads(failure);
        Trace trace = failure.getTrace();
        if (trace == null) {
            return operations(failure, threads);
        }
        List<LincheckFinding.Step> steps = new ArrayList<>();
        int[] depth = new int[threads.size()];
        String[] operation = new String[threads.size()];
        for (TracePoint point : trace.getTrace()) {
            int thread = point.getIThread();
            if (point.getActorId() < 0 || thread < 0 || thread >= threads.size()) {
                continue; // set-up outside the operations, or the main thread's own work
            }
            if (point instanceof MethodCallTracePoint call) {
                if (depth[thread] <= DEPTH && (depth[thread] == 0 || !BOILERPLATE.contains(call.getMethodName()))) {
                    String text = call(call);
                    if (depth[thread] == 0) {
                        operation[thread] = text;
                    }
                    steps.add(new LincheckFinding.Step(threads.get(thread), text,
                            result(call), depth[thread] == 0 ? null : "inside " + operation[thread]));
                }
                depth[thread]++;
            } else if (point instanceof MethodReturnTracePoint) {
                depth[thread] = Math.max(0, depth[thread] - 1);
            } else if (point instanceof SwitchEventTracePoint) {
                steps.add(new LincheckFinding.Step(threads.get(thread), "(switch)", null,
                        "the model checker lets another thread run here"));
            }
        }
        return steps.isEmpty() ? operations(failure, threads) : steps;
    }

    /** Each thread's operations and results ("release(): 0, lockForActivation(): true"). */
    static String results(LincheckFailure failure) {
        List<String> parts = new ArrayList<>();
        for (LincheckFinding.Step step : operations(failure, threads(failure))) {
            parts.add(step.operation() + (step.result() == null ? "" : ": " + step.result()) + " (" + step.thread()
                    + ")");
        }
        return String.join(", ", parts);
    }

    /** Where a thread was when Lincheck gave up on a run that did not end: ", in X.y(X.java:3)", or "". */
    static String whereStuck(Trace trace) {
        if (trace == null) {
            return "";
        }
        List<TracePoint> points = trace.getTrace();
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i) instanceof CodeLocationTracePoint located && located.getStackTraceElement() != null
                    && !LincheckFailures.isLincheck(located.getStackTraceElement().getClassName())) {
                StackTraceElement frame = located.getStackTraceElement();
                return ", Thread " + (located.getIThread() + 1) + " in " + frame.getClassName().replace('/', '.') + "."
                        + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static List<LincheckFinding.Step> operations(LincheckFailure failure, List<String> threads) {
        List<LincheckFinding.Step> steps = new ArrayList<>();
        List<List<Actor>> actors = failure.getScenario().getParallelExecution();
        ExecutionResult results = failure.getResults();
        for (int thread = 0; thread < actors.size(); thread++) {
            for (int i = 0; i < actors.get(thread).size(); i++) {
                String result = results == null || results.getParallelResultsWithClock().size() <= thread
                        || results.getParallelResultsWithClock().get(thread).size() <= i ? null
                        : String.valueOf(results.getParallelResultsWithClock().get(thread).get(i).getResult());
                steps.add(new LincheckFinding.Step(threads.get(thread), actors.get(thread).get(i).toString(), result,
                        null));
            }
        }
        return steps;
    }

    private static String call(MethodCallTracePoint call) {
        String owner = call.getOwnerName();
        List<String> parameters = call.getParameters() == null ? List.of() : call.getParameters();
        return (owner == null || owner.isEmpty() ? "" : owner + ".") + call.getMethodName() + "("
                + String.join(", ", parameters) + ")";
    }

    private static String result(MethodCallTracePoint call) {
        if (call.getThrownException() != null) {
            return "threw " + call.getThrownException();
        }
        ReturnedValueResult returned = call.getReturnedValue();
        if (returned instanceof ReturnedValueResult.ValueResult value) {
            return value.getValueRepresentation();
        }
        return null;
    }
}
