package org.comlife.checks.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.matrix.EngineId;
import org.comlife.reports.io.AtomicFileWriter;

/**
 * A recorded counterexample that {@code comlife replay} runs again, one file per cell that found
 * a violation (counterexamples/&lt;row&gt;-&lt;engine&gt;.json). What it holds depends on the
 * engine: the explorer's program and schedule, the property engine's case seed, or the Lincheck
 * check (a helper check, or a program under its model checker). Every file names the row, the
 * implementation it was found with ({@code reference}, {@code fault:<id>} or {@code class:<name>}
 * with its class path), the problem and the invariant broken (null when none is named).
 * Version 1 files (the explorer's only, before engines were named) are still read.
 */
@JsonPropertyOrder({"version", "engine", "row", "implementation", "classpath", "program", "check", "schedule",
        "runSeed", "caseIndex", "caseSeed", "problem", "invariant", "fault"})
record ReplayFile(int version, String engine, String row, String implementation, List<String> classpath,
                  String program, String check, List<String> schedule, Long runSeed, Integer caseIndex,
                  Long caseSeed, String problem, Integer invariant, String fault) {
    static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file of one cell: its engine and row, the implementation, what replays it, what it broke. */
    static ReplayFile of(EngineId engine, String row, String implementation, List<String> classpath) {
        return new ReplayFile(VERSION, engine.id(), row, implementation, classpath, null, null, null, null, null,
                null, null, null, null);
    }

    ReplayFile withSchedule(String programRef, List<String> threads) {
        return new ReplayFile(version, engine, row, implementation, classpath, programRef, check, threads, runSeed,
                caseIndex, caseSeed, problem, invariant, fault);
    }

    ReplayFile withSeed(long run, int index, long seed) {
        return new ReplayFile(version, engine, row, implementation, classpath, program, check, schedule, run, index,
                seed, problem, invariant, fault);
    }

    ReplayFile withLincheck(String programRef, String helperCheck) {
        return new ReplayFile(version, engine, row, implementation, classpath, programRef, helperCheck, schedule,
                runSeed, caseIndex, caseSeed, problem, invariant, fault);
    }

    ReplayFile withProblem(String text, Integer invariantNumber) {
        return new ReplayFile(version, engine, row, implementation, classpath, program, check, schedule, runSeed,
                caseIndex, caseSeed, text, invariantNumber, fault);
    }

    /** The file, or one line saying what is wrong with it (bad input: exit code 2). */
    static ReplayFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("no counterexample file at " + file);
        }
        ReplayFile replay;
        try {
            replay = JSON.readValue(file.toFile(), ReplayFile.class);
        } catch (IOException unreadable) {
            throw new UsageProblem(file + " is not a comlife counterexample: " + oneLine(unreadable.getMessage()));
        }
        if (replay.version() == 1 && replay.fault() != null && replay.schedule() != null) {
            // Version 1: the explorer's schedule of a fault's program, with the fault's helpers.
            return new ReplayFile(VERSION, EngineId.EXHAUSTIVE.id(), replay.fault(), "fault:" + replay.fault(),
                    List.of(), "fault:" + replay.fault(), null, replay.schedule(), null, null, null, replay.problem(),
                    null, null);
        }
        if (replay.version() != VERSION || replay.engine() == null || replay.row() == null
                || replay.implementation() == null) {
            throw new UsageProblem(file + " is not a version " + VERSION + " comlife counterexample (it needs "
                    + "version, engine, row and implementation)");
        }
        return replay;
    }

    /** Written at once, readable like any new file of the user (the report's atomic writer). */
    void write(Path file) throws IOException {
        AtomicFileWriter.write(file, JSON.writeValueAsString(this) + "\n");
    }

    private static String oneLine(String text) {
        int newline = text == null ? -1 : text.indexOf('\n');
        return newline < 0 ? String.valueOf(text) : text.substring(0, newline);
    }
}
