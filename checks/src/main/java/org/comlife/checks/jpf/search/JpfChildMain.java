package org.comlife.checks.jpf.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JPF JVM's entry point: its class path is jpf.jar and the program's classes, and it is
 * compiled against nothing of JPF's. Arguments: a file with JPF's arguments (one
 * {@code +key=value} a line) and the file to write the run's facts to.
 */
public final class JpfChildMain {
    private JpfChildMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: JpfChildMain <jpf-arguments-file> <facts-file>");
        }
        JpfFacts facts = JpfSearch.run(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        JpfFactsFile.write(facts, Path.of(args[1]));
        // JPF may leave non-daemon threads behind; the facts are written, so end the JVM now.
        System.exit(0);
    }
}
