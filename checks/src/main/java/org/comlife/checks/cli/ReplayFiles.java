package org.comlife.checks.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.matrix.MatrixRun;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.model.Invariant;

/**
 * Writes a replay file ({@link ReplayFile}) for every violation found in a hunt, in the report
 * folder's {@value #FOLDER}/, named after the row and the engine, after deleting the files an
 * earlier run left there (the folder's .json files: only the kind this writer makes).
 */
final class ReplayFiles {
    static final String FOLDER = "counterexamples";

    private ReplayFiles() {
    }

    /**
     * Writes the files; answers each file, relative to the report folder, by row and engine column
     * ("row/engine"). {@code user} is the user's class checked on the reference row, or null.
     */
    static Map<String, String> write(Path out, List<MatrixRun.Found> found, ImplementationClass user)
            throws IOException {
        return write(out, found, user, List.of());
    }

    /**
     * As {@link #write(Path, List, ImplementationClass)}, recording also the jars and folders that
     * hold a user's program ({@code comlife check}), so that its replay loads the program again.
     */
    static Map<String, String> write(Path out, List<MatrixRun.Found> found, ImplementationClass user,
                                     List<Path> programClasspath) throws IOException {
        Path folder = out.resolve(FOLDER);
        Files.createDirectories(folder);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (MatrixRun.Found one : found) {
            ReplayFile file = fileOf(one, user, programClasspath);
            if (file == null) {
                continue;
            }
            String name = FOLDER + "/" + one.row() + "-" + one.engine().id() + ".json";
            file.write(out.resolve(name));
            files.put(one.row() + "/" + one.engine().id(), name);
        }
        return files;
    }

    /** The file of one finding, or null when its engine has nothing to replay it with (JPF). */
    static ReplayFile fileOf(MatrixRun.Found found, ImplementationClass user, List<Path> programClasspath) {
        String implementation;
        List<String> classpath = new ArrayList<>();
        if (found.fault() != null) {
            implementation = JpfImplementations.nameOf(found.fault().helpers());
        } else if (user != null) {
            implementation = JpfImplementations.ofClass(user.className());
            user.classpath().forEach(entry -> classpath.add(entry.toString()));
        } else {
            implementation = JpfImplementations.REFERENCE;
        }
        programClasspath.forEach(entry -> classpath.add(entry.toAbsolutePath().toString()));
        ReplayFile file = ReplayFile.of(found.engine(), found.row(), implementation, classpath);
        ReplayData replay = found.finding().replay();
        if (replay instanceof ReplayData.Schedule schedule) {
            file = file.withSchedule(schedule.program().toString(), schedule.threads());
        } else if (replay instanceof ReplayData.Seed seed) {
            file = file.withSeed(seed.runSeed(), seed.caseIndex(), seed.caseSeed());
        } else if (replay instanceof ReplayData.Lincheck lincheck) {
            file = file.withLincheck(lincheck.program() == null ? null : lincheck.program().toString(),
                    lincheck.check() == null ? null : lincheck.check().id());
        } else {
            return null;
        }
        Invariant invariant = replay.invariant();
        return file.withProblem(replay.problem(), invariant == null ? null : invariant.number());
    }
}
