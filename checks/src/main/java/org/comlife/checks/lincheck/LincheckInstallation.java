package org.comlife.checks.lincheck;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.jetbrains.lincheck.jvm.agent.InstrumentationMode;
import org.jetbrains.lincheck.jvm.agent.LincheckInstrumentation;

/**
 * Whether Lincheck's bytecode instrumentation stays installed between Lincheck runs.
 *
 * <p>Lincheck installs its instrumentation around every run and takes it off afterwards. Each
 * swap retransforms the model's classes, which throws their compiled code away, so every run
 * starts cold, in the interpreter: for a short program that is most of the run. A process that
 * runs many checks in a row (the {@code comlife} command) asks, before its first run, to keep
 * the instrumentation between runs; Lincheck then runs check after check on classes instrumented
 * and compiled once. The other engines run slower on instrumented classes, so whoever ran a batch
 * of Lincheck checks (the matrix, after Lincheck's column) {@linkplain #release() releases} it.
 * This uses Lincheck's agent API (the one its static {@code -javaagent} mode uses), which is not
 * its documented surface, so it is proven before any verdict rests on it: a canary with a lost
 * update ({@link LincheckCanary}) must be caught each time it is installed.
 *
 * <table>
 *   <caption>Before a Lincheck run, and on release</caption>
 *   <tr><th>state</th><th>before a run</th><th>release</th></tr>
 *   <tr><td>not asked</td><td>run as Lincheck does (installed around the run)</td><td>nothing</td></tr>
 *   <tr><td>asked, not yet tried</td><td>attach for good, install, run the canary: kept or
 *       broken; if Lincheck refuses the attach, per run (the reason kept)</td><td>nothing</td></tr>
 *   <tr><td>kept</td><td>run</td><td>uninstall: released</td></tr>
 *   <tr><td>released</td><td>install, run the canary: kept or broken</td><td>nothing</td></tr>
 *   <tr><td>per run</td><td>run as Lincheck does</td><td>nothing</td></tr>
 *   <tr><td>broken</td><td>throw {@link LincheckBroke}</td><td>nothing</td></tr>
 * </table>
 * Once attached for good, Lincheck no longer installs around a run by itself, so a failed
 * install or an escaped canary leaves no run to trust: an engine error, never a verdict from an
 * engine that would see nothing.
 */
public final class LincheckInstallation {
    private enum State { NOT_ASKED, ASKED, KEPT, RELEASED, PER_RUN, BROKEN }

    private static State state = State.NOT_ASKED;
    /** Why the state is PER_RUN or BROKEN. */
    private static String reason;

    private LincheckInstallation() {
    }

    /**
     * Asks that the first Lincheck run of this process keeps the instrumentation installed.
     * {@code comlife}'s main asks; tests and a user's JUnit suite keep Lincheck's default.
     */
    public static synchronized void keepForThisProcess() {
        if (state == State.NOT_ASKED) {
            state = State.ASKED;
        }
    }

    /** Called before every Lincheck run. */
    static synchronized void beforeRun() {
        if (state == State.ASKED) {
            attach();
        }
        if (state == State.RELEASED) {
            install();
        }
        if (state == State.BROKEN) {
            throw new LincheckBroke(reason);
        }
    }

    /** Takes the kept instrumentation off; the next Lincheck run installs it again. */
    public static synchronized void release() {
        if (state != State.KEPT) {
            return;
        }
        try {
            LincheckInstrumentation.INSTANCE.uninstall();
            state = State.RELEASED;
        } catch (RuntimeException | LinkageError failed) {
            broken("Lincheck's kept instrumentation failed to come off: " + failed);
        }
    }

    /** One line for the report: how Lincheck's instrumentation is installed in this process. */
    public static synchronized String describe() {
        return switch (state) {
            case NOT_ASKED, ASKED -> "installed around each Lincheck run";
            case KEPT, RELEASED -> "kept installed between Lincheck runs (the lost-update canary was caught)";
            case PER_RUN -> "installed around each Lincheck run (" + reason + ")";
            case BROKEN -> "broken: " + reason;
        };
    }

    private static void attach() {
        try {
            if (LincheckInstrumentation.INSTANCE.getJavaAgentAttachType() != null) {
                perRun("Lincheck had already run in this process");
                return;
            }
            Instrumentation instrumentation = ByteBuddyAgent.install();
            LincheckInstrumentation.INSTANCE.attachJavaAgentStatically(instrumentation);
        } catch (RuntimeException | LinkageError refused) {
            perRun("keeping it installed was refused: " + refused);
            return;
        }
        install();
    }

    private static void install() {
        try {
            LincheckInstrumentation.INSTANCE.install(InstrumentationMode.MODEL_CHECKING);
        } catch (RuntimeException | LinkageError failed) {
            broken("Lincheck's instrumentation failed to install for the process: " + failed);
            return;
        }
        if (LincheckCanary.caught()) {
            state = State.KEPT;
        } else {
            broken("Lincheck's model checker did not catch the lost-update canary on the instrumentation kept"
                    + " installed, so it would see nothing in the checks either");
        }
    }

    private static void perRun(String why) {
        state = State.PER_RUN;
        reason = why;
    }

    private static void broken(String why) {
        state = State.BROKEN;
        reason = why;
    }
}
