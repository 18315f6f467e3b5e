package org.comlife.checks.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.matrix.BoundedRun;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Turns --impl and --classpath into the implementation under test: the reference when none is
 * named or when it is named {@value #REFERENCE}, else the user's class.
 */
final class ImplementationOption {
    /** The name that selects the reference implementation explicitly. */
    static final String REFERENCE = "reference";
    /** Time for loading the class and making its first instance. */
    private static final Duration LOAD_BUDGET = Duration.ofSeconds(30);

    private ImplementationOption() {
    }

    static RuntimeHelpers resolve(String className, String classpath) {
        if (className == null || className.equals(REFERENCE)) {
            if (classpath != null) {
                throw new UsageProblem("--classpath needs --impl: name the class to check");
            }
            return RuntimeHelpers.reference();
        }
        // Loading makes one instance: a constructor that loops must not hang the command.
        BoundedRun.Outcome<RuntimeHelpers> loaded = BoundedRun.call("loading " + className, LOAD_BUDGET,
                () -> ImplementationLoader.load(className, entries(classpath)));
        if (loaded instanceof BoundedRun.Completed<RuntimeHelpers> completed) {
            return completed.value();
        }
        if (loaded instanceof BoundedRun.Failed<RuntimeHelpers> failed) {
            throw new UsageProblem(failed.failure() instanceof ImplementationLoadException problem ? problem.getMessage()
                    : "cannot load " + className + ": " + failed.failure());
        }
        throw new UsageProblem("cannot load " + className + ": " + ((BoundedRun.TimedOut<RuntimeHelpers>) loaded)
                .message());
    }

    /** The user's class by name, for engines that load it again in a JVM of their own; null for the reference. */
    static ImplementationClass named(String className, String classpath) {
        if (className == null || className.equals(REFERENCE)) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (String entry : entries(classpath)) {
            paths.add(Path.of(entry).toAbsolutePath());
        }
        return new ImplementationClass(className.trim(), paths);
    }

    private static List<String> entries(String classpath) {
        List<String> entries = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
