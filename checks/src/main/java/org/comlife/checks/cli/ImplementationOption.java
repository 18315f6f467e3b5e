package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Turns --impl and --classpath into the implementation under test: the reference when none is
 * named or when it is named {@value #REFERENCE}, else the user's class.
 */
final class ImplementationOption {
    /** The name that selects the reference implementation explicitly. */
    static final String REFERENCE = "reference";

    private ImplementationOption() {
    }

    static RuntimeHelpers resolve(String className, String classpath) {
        if (className == null || className.equals(REFERENCE)) {
            if (classpath != null) {
                throw new UsageProblem("--classpath needs --impl: name the class to check");
            }
            return RuntimeHelpers.reference();
        }
        List<String> entries = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        try {
            return ImplementationLoader.load(className, entries);
        } catch (ImplementationLoadException problem) {
            throw new UsageProblem(problem.getMessage());
        }
    }
}
