package org.comlife.checks.impl;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A user's jar, built the way a user builds one: Java sources compiled against comlife's classes
 * (this JVM's class path) and packed into a jar that is on no class path of this JVM.
 */
public final class UserJar {
    private UserJar() {
    }

    /** Compiles the sources (class name to source text) into {@code folder}/user.jar. */
    public static Path build(Path folder, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(folder.resolve("src"));
        Path classes = Files.createDirectories(folder.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', File.separatorChar) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, arguments.toArray(new String[0])) != 0) {
            throw new IllegalStateException("the user's sources did not compile: " + sources.keySet());
        }
        Path jar = folder.resolve("user.jar");
        SystemClassPath.pack(classes, jar);
        return jar;
    }
}
