package org.comlife.checks.cli;

import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The implementation a replay file names: {@code reference}, a catalogue fault's helpers
 * ({@code fault:<id>}), or a user's class ({@code class:<name>}, loaded from the class path the
 * file records). Any other name, a fault the catalogue does not know, or a class that does not
 * load is bad input: replaying against something else would answer another question.
 */
final class RecordedImplementation {
    private RecordedImplementation() {
    }

    static RuntimeHelpers resolve(ReplayFile recorded, Path file) {
        String name = recorded.implementation();
        if (name.equals(JpfImplementations.REFERENCE)) {
            return RuntimeHelpers.reference();
        }
        if (name.startsWith(JpfImplementations.FAULT_PREFIX)) {
            String id = name.substring(JpfImplementations.FAULT_PREFIX.length());
            if (!FaultId.isWellFormed(id) || !FaultCatalogue.ids().contains(FaultId.of(id))) {
                throw unknown(name, file, "no fault of the catalogue has the id " + id);
            }
            return FaultCatalogue.named(id).helpers();
        }
        if (name.startsWith(JpfImplementations.CLASS_PREFIX) && name.length() > JpfImplementations.CLASS_PREFIX.length()) {
            try {
                return ImplementationLoader.load(name.substring(JpfImplementations.CLASS_PREFIX.length()),
                        recorded.classpath() == null ? List.of() : recorded.classpath());
            } catch (ImplementationLoadException unloadable) {
                throw unknown(name, file, unloadable.getMessage() + "; give it with --impl and --classpath");
            }
        }
        throw unknown(name, file, "an implementation is reference, fault:<id> or class:<name>");
    }

    private static UsageProblem unknown(String name, Path file, String why) {
        return new UsageProblem(file + " names the implementation '" + name + "', which comlife cannot find: " + why);
    }
}
