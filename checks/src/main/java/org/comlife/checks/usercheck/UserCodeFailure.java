package org.comlife.checks.usercheck;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Predicate;
import org.comlife.checks.matrix.BoundedRun;

/**
 * A failure of the user's code in one line, for a message and never as a stack trace: the
 * exception's class and message and the frame of the user's code it came from.
 */
final class UserCodeFailure {
    private UserCodeFailure() {
    }

    /**
     * The frames of the user's code: the program's own class and the classes nested in it, and
     * any class outside the JDK, comlife's engines and their libraries (a helper class of the
     * program's).
     */
    static Predicate<StackTraceElement> userFrames(String programClass) {
        int nested = programClass.indexOf('$');
        String topLevel = nested < 0 ? programClass : programClass.substring(0, nested);
        return frame -> frame.getClassName().equals(topLevel) || frame.getClassName().startsWith(topLevel + "$")
                || BoundedRun.OUTSIDE_HARNESS.test(frame);
    }

    /** "IllegalStateException: no site (at com.example.MyCheck.start(MyCheck.java:42))". */
    static String describe(Throwable failure, String programClass) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root
                && (root instanceof InvocationTargetException || root.getMessage() == null)) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root));
        StackTraceElement frame = frameOf(root, userFrames(programClass));
        return frame == null ? text : text + " (at " + frame + ")";
    }

    private static StackTraceElement frameOf(Throwable failure, Predicate<StackTraceElement> user) {
        StackTraceElement[] frames = failure.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (user.test(frame)) {
                return frame;
            }
        }
        return frames.length == 0 ? null : frames[0];
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
