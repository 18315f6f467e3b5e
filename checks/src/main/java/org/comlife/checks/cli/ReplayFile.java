package org.comlife.checks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comlife.reports.io.AtomicFileWriter;

/**
 * A recorded counterexample that {@code comlife replay} can run again: the fault whose program
 * it is, the implementation it was found with, the schedule (which thread ran at each step),
 * and the problem it led to.
 */
record ReplayFile(int version, String fault, String implementation, List<String> schedule, String problem) {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static ReplayFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("no counterexample file at " + file);
        }
        ReplayFile replay;
        try {
            replay = JSON.readValue(file.toFile(), ReplayFile.class);
        } catch (IOException unreadable) {
            throw new UsageProblem(file + " is not a comlife counterexample: " + unreadable.getMessage());
        }
        if (replay.version() != VERSION || replay.fault() == null || replay.schedule() == null) {
            throw new UsageProblem(file + " is not a version " + VERSION + " comlife counterexample");
        }
        return replay;
    }

    /** Written at once, readable like any new file of the user (the report's atomic writer). */
    void write(Path file) throws IOException {
        AtomicFileWriter.write(file, JSON.writeValueAsString(this) + "\n");
    }
}
