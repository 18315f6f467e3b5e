package org.comlife.checks.usercheck;

import java.nio.file.Path;
import java.util.List;
import org.comlife.model.program.ProgramParameters;

/**
 * A user's program as they named it: its class, the jars and folders beyond comlife's own class
 * path that hold it ({@code --classpath}), and the parameters they set ({@code -P name=value}).
 * Engines that run in a JVM of their own (JPF) load it again there by these names
 * ({@link ProgramLoader#jpfName}).
 *
 * @param className  the class's fully qualified name
 * @param classpath  the jars and folders that hold it; empty when comlife's class path does
 * @param parameters the parameters as the user set them
 */
public record ProgramClass(String className, List<Path> classpath, ProgramParameters parameters) {
    public ProgramClass {
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("a program needs a class name");
        }
        className = className.trim();
        classpath = List.copyOf(classpath);
        parameters = parameters == null ? ProgramParameters.none() : parameters;
    }

    /** The class on comlife's own class path (a test's class path), with these parameters. */
    public static ProgramClass onClasspath(String className, ProgramParameters parameters) {
        return new ProgramClass(className, List.of(), parameters);
    }
}
