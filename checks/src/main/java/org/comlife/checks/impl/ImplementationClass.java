package org.comlife.checks.impl;

import java.nio.file.Path;
import java.util.List;

/**
 * A user's implementation as they named it ({@code --impl}, {@code --classpath}): engines that
 * run in a JVM of their own (JPF) load it again there by these names.
 *
 * @param className the class's fully qualified name
 * @param classpath the jars and folders that hold it, beyond comlife's own class path
 */
public record ImplementationClass(String className, List<Path> classpath) {
    public ImplementationClass {
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("an implementation class needs a name");
        }
        classpath = List.copyOf(classpath);
    }
}
