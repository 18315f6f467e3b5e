package org.comlife.checks.cli;

import java.util.List;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.matrix.ProgramRef;

/**
 * What a replay file of {@code comlife check} needs before it replays: its program is a user's
 * class, which loads from the class path the file records, put on this JVM's class path as
 * {@code --classpath} puts it.
 */
final class UserProgramReplay {
    private UserProgramReplay() {
    }

    /** Whether the file's program is a user's ({@code program:<class>}). */
    static boolean names(ReplayFile recorded) {
        return ProgramRef.namesUserProgram(recorded.program());
    }

    /** Puts the recorded class path on this JVM's class path; one that cannot be read is bad input. */
    static void loadClasspath(ReplayFile recorded) {
        try {
            ImplementationLoader.userClassLoader(recorded.classpath() == null ? List.of() : recorded.classpath());
        } catch (ImplementationLoadException unreadable) {
            throw new UsageProblem("the program's class path in the file cannot be used: " + unreadable.getMessage());
        }
    }
}
