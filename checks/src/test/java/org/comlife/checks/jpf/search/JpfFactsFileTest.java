package org.comlife.checks.jpf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JPF JVM's facts survive the trip through their file unchanged. */
class JpfFactsFileTest {

    /** Facts with an error, multi-line details and odd characters read back equal to what was written. */
    @Test
    void factsRoundTrip(@TempDir Path directory) throws IOException {
        JpfErrorReport error = new JpfErrorReport("gov.nasa.jpf.vm.NotDeadlockedProperty", "deadlock",
                "deadlock encountered:\n  thread a = b; c: d\u00e9", List.of("main", "server/main"),
                List.of(new JpfStep("server/main", "coInitializeEx"), new JpfStep("main", "call")));
        JpfFacts written = new JpfFacts(true, new JpfStatistics(7, 3, 1, 9, 12_345, 4), 42, 99L << 20,
                "max states exceeded: 7", null, error);
        Path file = directory.resolve("facts.properties");

        JpfFactsFile.write(written, file);

        assertThat(JpfFactsFile.read(file)).isEqualTo(written);
    }

    /** Facts without error or bound read back with nulls, not empty strings. */
    @Test
    void absentValuesStayAbsent(@TempDir Path directory) throws IOException {
        JpfFacts written = new JpfFacts(false, JpfStatistics.NONE, 1, 0, null, "it broke", null);
        Path file = directory.resolve("facts.properties");

        JpfFactsFile.write(written, file);

        assertThat(JpfFactsFile.read(file)).isEqualTo(written);
    }
}
