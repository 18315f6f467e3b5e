package org.comlife.checks.usercheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.matrix.EngineId;
import org.comlife.model.program.ProgramParameters;
import org.comlife.reports.io.AtomicFileWriter;

/**
 * A violation of a user's program recorded so that {@code comlife replay} can run it again with
 * no other input: the program's class, the class path and parameters it was checked with, the
 * engine that found it, the schedule (which thread ran at each step) and the problem it led to.
 *
 * @param version    {@value #VERSION}
 * @param program    the program's fully qualified class name
 * @param classpath  the jars and folders beyond comlife's class path, absolute
 * @param parameters the parameters as set
 * @param engine     the id of the engine that found it
 * @param schedule   the thread that ran at each step
 * @param problem    what broke, as the engine said it
 */
public record ProgramReplayFile(int version, String program, List<String> classpath, Map<String, String> parameters,
                                String engine, List<String> schedule, String problem) {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ProgramReplayFile {
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
    }

    /** The record of a violation of the program, found by the engine with the schedule. */
    static ProgramReplayFile of(UserProgram program, EngineId engine, List<String> schedule, String problem) {
        List<String> classpath = new ArrayList<>();
        for (Path entry : program.named().classpath()) {
            classpath.add(entry.toAbsolutePath().toString());
        }
        return new ProgramReplayFile(VERSION, program.id(), classpath, program.named().parameters().givenValues(),
                engine.id(), schedule, problem);
    }

    /** Whether the file is a program's replay file rather than a catalogue fault's (it names a program). */
    public static boolean isOne(Path file) {
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            return tree != null && tree.has("program");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Reads the file; a file that is not a version {@value #VERSION} program replay is refused with the reason. */
    public static ProgramReplayFile read(Path file) throws ProgramRejected {
        ProgramReplayFile replay;
        try {
            replay = JSON.readValue(file.toFile(), ProgramReplayFile.class);
        } catch (IOException unreadable) {
            throw new ProgramRejected(file + " is not a comlife program counterexample: " + unreadable.getMessage());
        }
        if (replay.version() != VERSION || replay.program() == null || replay.schedule() == null) {
            throw new ProgramRejected(file + " is not a version " + VERSION + " comlife program counterexample");
        }
        return replay;
    }

    /** The program as it was checked. */
    public ProgramClass programClass() {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath) {
            entries.add(Path.of(entry));
        }
        return new ProgramClass(program, entries, ProgramParameters.of(parameters));
    }

    /** Written at once, readable like any new file of the user. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.write(file, JSON.writeValueAsString(this) + "\n");
    }
}
