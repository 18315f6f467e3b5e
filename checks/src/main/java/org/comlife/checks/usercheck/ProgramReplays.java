package org.comlife.checks.usercheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.ReplayData;

/**
 * Writes a replay file ({@link ProgramReplayFile}) for every violation an engine found with a
 * schedule, into the report folder's {@value #FOLDER}/, one per engine.
 */
public final class ProgramReplays {
    /** The folder of the replay files, in the report folder. */
    public static final String FOLDER = "counterexamples";

    private ProgramReplays() {
    }

    /** The replay file of the engine's violation, relative to the report folder. */
    public static String fileOf(EngineId engine) {
        return FOLDER + "/" + engine.id() + ".json";
    }

    /** Writes the files; answers each file, relative to the report folder, by the id of the engine that found it. */
    public static Map<String, String> write(ProgramCheckResult result, Path reportFolder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<EngineId, EngineFinding> entry : result.findings().entrySet()) {
            EngineFinding finding = entry.getValue();
            if (finding.violationFound() && finding.replay() instanceof ReplayData.Schedule schedule) {
                String file = fileOf(entry.getKey());
                ProgramReplayFile.of(result.program(), entry.getKey(), schedule.threads(), schedule.problem())
                        .write(reportFolder.resolve(file));
                files.put(entry.getKey().id(), file);
            }
        }
        return files;
    }
}
