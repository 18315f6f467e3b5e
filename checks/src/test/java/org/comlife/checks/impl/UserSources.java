package org.comlife.checks.impl;

import java.util.Map;

/**
 * Server-process counts as a user writes them, each with a nested enum switched on (which
 * compiles to two nested classes): one correct, one that releases in two steps.
 */
public final class UserSources {
    /** A correct count: the release to zero suspends in the same step. */
    public static final String CORRECT = "PhasedCount";
    /** A buggy count: the release decrements, lets go of the lock, then suspends. */
    public static final String SPLIT = "SplitPhasedCount";

    private static final String TEMPLATE = """
            package PACKAGE;

            import org.comlife.model.runtime.ServerProcessCount;

            public class NAME implements ServerProcessCount {
                enum Phase { RUNNING, SUSPENDED }

                private int count;
                private Phase phase = Phase.RUNNING;

                public synchronized int addRef() {
                    return ++count;
                }

                public int release() {
                    int left;
                    synchronized (this) {
                        if (count == 0) {
                            return -1;
                        }
                        left = --count;
                        ATOMIC
                    }
                    SPLIT
                    return left;
                }

                public synchronized boolean lockForActivation() {
                    switch (phase) {
                        case SUSPENDED:
                            return false;
                        default:
                            count++;
                            return true;
                    }
                }

                public synchronized void suspend() {
                    phase = Phase.SUSPENDED;
                }

                public synchronized void resume() {
                    phase = Phase.RUNNING;
                }

                public synchronized boolean isSuspended() {
                    return phase == Phase.SUSPENDED;
                }

                public synchronized int count() {
                    return count;
                }
            }
            """;

    private UserSources() {
    }

    /**
     * Both classes in the package, by fully qualified name. Each test takes a package of its own:
     * a jar put on the JVM's class path stays there, and its classes would hide another test's.
     */
    public static Map<String, String> both(String packageName) {
        return Map.of(packageName + "." + CORRECT, source(packageName, CORRECT,
                        "if (left == 0) { phase = Phase.SUSPENDED; }", ""),
                packageName + "." + SPLIT, source(packageName, SPLIT, "", "if (left == 0) { suspend(); }"));
    }

    private static String source(String packageName, String name, String atomic, String split) {
        return TEMPLATE.replace("PACKAGE", packageName).replace("NAME", name).replace("ATOMIC", atomic)
                .replace("SPLIT", split);
    }
}
