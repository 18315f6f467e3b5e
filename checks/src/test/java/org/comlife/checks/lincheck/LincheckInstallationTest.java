package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's instrumentation kept installed for a process ({@link LincheckInstallation}) finds
 * what Lincheck installing it around every run finds, at the same invocation, before and after
 * a release. Each mode runs {@link KeptInstallationProbe} in a JVM of its own.
 */
class LincheckInstallationTest {
    private static final long CHILD_LIMIT_SECONDS = 300;
    /** The kept mode's output, probed once for both tests. */
    private static String kept;

    /** Kept installed: both faults caught and the twin passed in both rounds, the canary caught. */
    @Test
    void keptInstallationCatchesTheFaultsBeforeAndAfterARelease() throws Exception {
        assertThat(kept()).contains("round 1 double-unmarshal caught=true", "round 2 double-unmarshal caught=true",
                "round 1 split-release caught=true", "round 2 split-release caught=true",
                "round 1 twin passed=true", "round 2 twin passed=true",
                "round 1 instrumentation kept installed between Lincheck runs (the lost-update canary was caught)",
                "round 2 instrumentation kept installed");
    }

    /** The kept installation reaches each verdict at the same invocation as Lincheck's own way. */
    @Test
    void keptInstallationFindsWhatPerRunInstallationFinds() throws Exception {
        String perRun = probe("default");

        assertThat(perRun).contains("instrumentation installed around each Lincheck run");
        assertThat(results(kept())).hasSize(6).containsExactlyElementsOf(results(perRun));
    }

    private static synchronized String kept() throws IOException, InterruptedException {
        if (kept == null) {
            kept = probe("keep");
        }
        return kept;
    }

    private static List<String> results(String output) {
        return output.lines().filter(line -> line.startsWith("round ") && !line.contains(" instrumentation "))
                .toList();
    }

    private static String probe(String mode) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+EnableDynamicAgentLoading", "-cp", System.getProperty("java.class.path"),
                KeptInstallationProbe.class.getName(), mode).redirectErrorStream(true).start();
        byte[] output;
        try {
            child.getOutputStream().close();
            output = child.getInputStream().readAllBytes();
        } finally {
            if (!child.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }
}
