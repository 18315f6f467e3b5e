package org.comlife.checks.impl;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Puts a user's jars and folders on this JVM's own class path, so that their classes load as
 * if the JVM had been started with them on {@code -cp}: every engine then sees them, Lincheck
 * included, which looks classes up by name with the application class loader (a separate
 * class loader of the user's classes would make it fail on the first nested class). The entries
 * are appended through the instrumentation of a Java agent attached to this JVM (the one
 * Lincheck attaches as well); a folder is appended as a jar of its contents, made in a temporary
 * file. Appending cannot be undone, and an entry is appended once.
 */
final class SystemClassPath {
    private static final Set<Path> APPENDED = new HashSet<>();

    private SystemClassPath() {
    }

    /** Appends the entries (jars or folders) to the application class loader's search. */
    static synchronized void append(List<File> entries) throws ImplementationLoadException {
        Instrumentation instrumentation = instrumentation();
        for (File entry : entries) {
            Path path = entry.toPath().toAbsolutePath().normalize();
            if (APPENDED.contains(path)) {
                continue;
            }
            try {
                File jar = entry.isDirectory() ? jarOf(path) : entry;
                instrumentation.appendToSystemClassLoaderSearch(new JarFile(jar));
            } catch (IOException unreadable) {
                throw new ImplementationLoadException("classpath entry " + entry + " cannot be read: "
                        + unreadable.getMessage(), unreadable);
            }
            APPENDED.add(path);
        }
    }

    private static Instrumentation instrumentation() throws ImplementationLoadException {
        try {
            return ByteBuddyAgent.install();
        } catch (IllegalStateException | LinkageError noAgent) {
            throw new ImplementationLoadException("cannot put the --classpath entries on this JVM's class path (no "
                    + "Java agent can attach: " + noAgent.getMessage() + "); run java -cp with your jar and "
                    + "comlife's instead", noAgent);
        }
    }

    /** A temporary jar holding the folder's files, deleted when the JVM exits. */
    private static File jarOf(Path folder) throws IOException {
        Path jar = Files.createTempFile("comlife-classpath-", ".jar");
        jar.toFile().deleteOnExit();
        pack(folder, jar);
        return jar.toFile();
    }

    /** Writes the folder's files, by their paths below it, into a new jar. */
    static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
