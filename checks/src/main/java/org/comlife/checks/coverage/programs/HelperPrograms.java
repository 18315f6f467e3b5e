package org.comlife.checks.coverage.programs;

import java.util.List;

/**
 * The programs that drive every operation and flag of the runtime helpers in the
 * combinations a program can reach, for the scenario engines' check of an implementation. Each
 * is small (two or three threads ordered by events), so it explores in well under a second.
 */
public final class HelperPrograms {
    private HelperPrograms() {
    }

    public static List<NamedProgram> all() {
        return List.of(new NamedProgram("suspend-with-live-references", SuspendWithLiveReferences::start),
                new NamedProgram("suspended-classes-and-revoke", SuspendedClassesAndRevoke::start),
                new NamedProgram("single-use-activations", SingleUseActivations::start),
                new NamedProgram("table-marshaling", TableMarshaling::start),
                new NamedProgram("git-cookies", GitCookies::start),
                new NamedProgram("stream-handoffs", StreamHandoffs::start),
                new NamedProgram("in-apartment-activation", InApartmentActivation::start));
    }
}
