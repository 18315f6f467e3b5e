package org.comlife.reports.render;

import java.util.Optional;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.MatrixReport;

/** How to replay one counterexample, in the words a reader can paste. */
public final class ReplayText {
    /** Stands for a replay file in {@link MatrixReport#replayHelp()}. */
    public static final String FILE_PLACEHOLDER = "<file>";

    private ReplayText() {
    }

    /**
     * The command that replays the counterexample: the report's replay help with the
     * counterexample's replay file in place of {@value #FILE_PLACEHOLDER}, or else the
     * counterexample's own replay text; empty when the report says nothing of replaying it.
     */
    public static Optional<String> command(MatrixReport report, Counterexample counterexample) {
        String help = report.replayHelp();
        if (counterexample.replayFile() != null && help != null && help.contains(FILE_PLACEHOLDER)) {
            return Optional.of(help.replace(FILE_PLACEHOLDER, counterexample.replayFile()));
        }
        return Optional.ofNullable(counterexample.replay());
    }
}
