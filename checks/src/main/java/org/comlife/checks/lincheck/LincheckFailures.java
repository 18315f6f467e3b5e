package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ResultWithClock;
import org.jetbrains.kotlinx.lincheck.strategy.IncorrectResultsFailure;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.kotlinx.lincheck.strategy.UnexpectedExceptionFailure;
import org.jetbrains.kotlinx.lincheck.strategy.ValidationFailure;
import org.jetbrains.kotlinx.lincheck.util.ExceptionResult;
import org.jetbrains.kotlinx.lincheck.util.LincheckResult;
import org.jetbrains.lincheck.LincheckAssertionError;

/**
 * Tells Lincheck's findings from Lincheck's own failures, by its failure object (Lincheck 3.7's
 * {@code LincheckAssertionError} carries it):
 *
 * <table>
 *   <caption>Lincheck's failure, and what comlife makes of it</caption>
 *   <tr><th>Lincheck reports</th><th>comlife</th></tr>
 *   <tr><td>an exception thrown inside Lincheck's own code, a class it could not load, its
 *       "caught a bug in Lincheck" text (wherever it shows: a result, a thread's failure)</td>
 *       <td>{@link LincheckBroke}: an error cell</td></tr>
 *   <tr><td>a deadlock, a livelock, a time-out, an obstruction-freedom violation</td>
 *       <td>{@link LincheckBroke}: the run did not end (a loop or a block in the implementation),
 *       named with the frame it was in</td></tr>
 *   <tr><td>incorrect results</td><td>{@link LincheckFinding.Kind#NOT_LINEARIZABLE}</td></tr>
 *   <tr><td>a program's invariant broken ({@link ContractBroken})</td>
 *       <td>{@link LincheckFinding.Kind#CONTRACT_BROKEN}, with the run's journal</td></tr>
 *   <tr><td>any other exception, from the implementation or the program</td>
 *       <td>{@link LincheckFinding.Kind#OPERATION_FAILED}</td></tr>
 * </table>
 */
final class LincheckFailures {
    private static final String LINCHECK_BUG = "caught a bug in Lincheck";
    /** What a helper's finding breaks, as the report says it ("breaks linearizability: ..."). */
    private static final String LINEARIZABILITY = "linearizability";

    private LincheckFailures() {
    }

    /** What the failure of the check called {@code what} says; throws {@link LincheckBroke} when it is Lincheck's. */
    static LincheckFinding read(LincheckAssertionError error, String what) {
        String report = error.getMessage() == null ? "" : error.getMessage();
        LincheckFailure failure = error.getFailure$lincheck();
        Throwable thrown = exceptionOf(failure);
        Throwable internal = internalIn(thrown);
        for (Throwable result : resultExceptions(failure.getResults())) {
            internal = internal != null ? internal : internalIn(result);
            // Under runConcurrentTest the program's block is one operation: what it threw is its result.
            thrown = thrown != null ? thrown : result;
        }
        if (internal != null || report.contains(LINCHECK_BUG)) {
            throw new LincheckBroke("Lincheck failed in its own code while checking " + what + ": "
                    + (internal == null ? firstLine(report) : internal) + hint(internal));
        }
        boolean endedWithResults = failure instanceof IncorrectResultsFailure || failure instanceof ValidationFailure
                || failure instanceof UnexpectedExceptionFailure;
        if (!endedWithResults) {
            throw new LincheckBroke("Lincheck's run of " + what + " did not end (" + hang(failure) + ")"
                    + LincheckTraceSteps.whereStuck(failure.getTrace()) + ": code that loops or blocks");
        }
        ContractBroken broken = contractBroken(thrown);
        if (broken != null) {
            return contractBroken(broken, report);
        }
        List<String> threads = LincheckTraceSteps.threads(failure);
        List<LincheckFinding.Step> steps = LincheckTraceSteps.steps(failure);
        if (thrown != null) {
            return new LincheckFinding(LincheckFinding.Kind.OPERATION_FAILED, LINEARIZABILITY + ": an operation threw "
                    + thrown, threads, steps, List.of(), List.of(), report);
        }
        return new LincheckFinding(LincheckFinding.Kind.NOT_LINEARIZABLE, LINEARIZABILITY + ": no order of the "
                + "operations one at a time gives these results: " + LincheckTraceSteps.results(failure), threads,
                steps, List.of(), List.of(), report);
    }

    /** "a livelock", "a deadlock", "a time-out": what Lincheck saw instead of the end. */
    private static String hang(LincheckFailure failure) {
        String kind = failure.getClass().getSimpleName();
        if (kind.contains("Livelock")) {
            return "a livelock: a thread runs and never gets anywhere";
        }
        if (kind.contains("Deadlock")) {
            return "a deadlock: every thread waits";
        }
        if (kind.contains("Timeout")) {
            return "a time-out";
        }
        return kind.replace("Failure", "");
    }

    private static Throwable exceptionOf(LincheckFailure failure) {
        if (failure instanceof UnexpectedExceptionFailure unexpected) {
            return unexpected.getException();
        }
        if (failure instanceof ValidationFailure validation) {
            return validation.getException();
        }
        return null;
    }

    private static List<Throwable> resultExceptions(ExecutionResult results) {
        List<Throwable> thrown = new ArrayList<>();
        if (results == null) {
            return thrown;
        }
        List<LincheckResult> all = new ArrayList<>(results.getInitResults());
        for (List<ResultWithClock> thread : results.getParallelResultsWithClock()) {
            for (ResultWithClock result : thread) {
                all.add(result.getResult());
            }
        }
        all.addAll(results.getPostResults());
        for (LincheckResult result : all) {
            if (result instanceof ExceptionResult exception) {
                thrown.add(exception.getThrowable());
            }
        }
        return thrown;
    }

    /** The first throwable in the chain (causes, suppressed) that Lincheck threw itself, or null. */
    private static Throwable internalIn(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        if (thrown instanceof ClassNotFoundException || thrown instanceof LinkageError
                || thrown.getClass().getName().startsWith("org.jetbrains.kotlinx.lincheck.")
                || (thrown.getStackTrace().length > 0 && isLincheck(thrown.getStackTrace()[0].getClassName()))) {
            return thrown;
        }
        Throwable inCause = thrown.getCause() == thrown ? null : internalIn(thrown.getCause());
        if (inCause != null) {
            return inCause;
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            Throwable inSuppressed = internalIn(suppressed);
            if (inSuppressed != null) {
                return inSuppressed;
            }
        }
        return null;
    }

    static boolean isLincheck(String className) {
        return className.startsWith("org.jetbrains.kotlinx.lincheck.") || className.startsWith("org.jetbrains.lincheck.")
                || className.startsWith("sun.nio.ch.lincheck.");
    }

    /** A program's run that broke an invariant, with {@code report} as the text the report shows of it. */
    static LincheckFinding contractBroken(ContractBroken broken, String report) {
        return new LincheckFinding(LincheckFinding.Kind.CONTRACT_BROKEN, broken.breaches().get(0).toString(),
                List.of(), List.of(), broken.journal(), broken.breaches(), report);
    }

    private static ContractBroken contractBroken(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ContractBroken broken) {
                return broken;
            }
        }
        return null;
    }

    private static String hint(Throwable internal) {
        return internal instanceof ClassNotFoundException || internal instanceof NoClassDefFoundError
                ? " (Lincheck looks classes up on the JVM's class path: give the implementation's jar with --classpath,"
                + " which puts it there, or put it on the class path yourself)"
                : "";
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
