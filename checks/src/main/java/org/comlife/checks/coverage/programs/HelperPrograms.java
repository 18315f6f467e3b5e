package org.comlife.checks.coverage.programs;

import java.util.List;
import org.comlife.model.program.Program;

/**
 * The programs that drive every operation and flag of the four runtime helpers in the
 * combinations a program can reach, for the scenario engines' check of an implementation. Each
 * is small (two or three threads ordered by events), so it explores in well under a second.
 */
public final class HelperPrograms {
    private HelperPrograms() {
    }

    /** A program and the name reports give it. */
    public record Named(String name, Program program) {
    }

    public static List<Named> all() {
        return List.of(new Named("suspend-with-live-references", SuspendWithLiveReferences::start),
                new Named("suspended-classes-and-revoke", SuspendedClassesAndRevoke::start),
                new Named("single-use-activations", SingleUseActivations::start),
                new Named("table-marshaling", TableMarshaling::start),
                new Named("git-cookies", GitCookies::start));
    }
}
