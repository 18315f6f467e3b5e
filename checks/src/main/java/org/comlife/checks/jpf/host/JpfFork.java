package org.comlife.checks.jpf.host;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.comlife.checks.jpf.search.JpfChildMain;
import org.comlife.checks.jpf.search.JpfFacts;
import org.comlife.checks.jpf.search.JpfFactsFile;
import org.comlife.checks.jpf.search.JpfStatistics;

/**
 * Runs {@link JpfChildMain} in a JVM of its own (class path: jpf.jar and the program's
 * classes), in a fresh temporary directory, and reads back its facts. The JVM gets the budget's
 * heap and is killed if it outlives the budget's time by {@link #GRACE_MILLIS}; a JVM that
 * fails, hangs or writes no facts gives facts that carry the failure and the end of its log.
 */
final class JpfFork {
    /** Time for the JPF JVM to start, load JPF and report, beyond the search's own budget. */
    static final long GRACE_MILLIS = 60_000;
    private static final int LOG_TAIL_CHARACTERS = 4_000;

    private JpfFork() {
    }

    static JpfFacts run(JpfInstallation installation, List<String> jpfArguments, JpfBudget budget, Path directory)
            throws IOException, InterruptedException {
        Path argumentsFile = directory.resolve("jpf-arguments.txt");
        Path factsFile = directory.resolve("facts.properties");
        Path log = directory.resolve("jpf.log");
        Files.write(argumentsFile, jpfArguments, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + budget.heapMegabytes() + "m");
        // JPF's model of java.util.Random reaches into jdk.internal.misc.
        command.add("--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED");
        command.add("-cp");
        command.add(hostClasspath(installation));
        command.add(JpfChildMain.class.getName());
        command.add(argumentsFile.toString());
        command.add(factsFile.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // If this JVM is stopped while JPF runs, take the JPF JVM down with it.
        Thread killer = new Thread(process::destroyForcibly, "jpf-jvm-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        boolean finished = false;
        try {
            finished = process.waitFor(budget.maxMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } finally {
            removeQuietly(killer);
            if (!finished) { // out of time, or this thread was interrupted
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!finished) {
            return failed("the JPF JVM did not finish within " + (budget.maxMillis() + GRACE_MILLIS) + " ms", millis, log);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(factsFile)) {
            return failed("the JPF JVM exited with " + process.exitValue() + " and no result", millis, log);
        }
        return JpfFactsFile.read(factsFile);
    }

    /**
     * jpf.jar and the program's own locations: JPF on JDK 17 asks the host JVM for the module of
     * every class it loads (Class.forName), so the program's classes must resolve there as well.
     */
    static String hostClasspath(JpfInstallation installation) {
        StringBuilder classpath = new StringBuilder(installation.jpfJar().toString());
        for (Path location : JpfConfiguration.programLocations()) {
            classpath.append(File.pathSeparator).append(location);
        }
        return classpath.toString();
    }

    /** Deletes the run's directory and everything in it. */
    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down; the hook will run and stop the JPF JVM.
        }
    }

    private static JpfFacts failed(String what, long millis, Path log) throws IOException {
        String text = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        String tail = text.length() > LOG_TAIL_CHARACTERS ? text.substring(text.length() - LOG_TAIL_CHARACTERS) : text;
        return new JpfFacts(false, JpfStatistics.NONE, millis, 0, null, what + "; end of its log:\n" + tail, null);
    }
}
