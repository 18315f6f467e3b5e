package org.comlife.checks.exhaustive;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How an exploration is run, apart from its bounds: how many workers search side by side, who
 * is shown its progress and how often, the checkpoint file it goes on from (if the file
 * exists) and saves to when it runs out of budget (null: none), and the reductions it applies
 * (none by default; a checkpoint is for an exploration without).
 */
public record ExplorationOptions(int workers, long progressEveryMillis, Consumer<ExplorationProgress> progress,
                                 Path checkpoint, Reductions reductions) {

    public ExplorationOptions(int workers, long progressEveryMillis, Consumer<ExplorationProgress> progress,
                              Path checkpoint) {
        this(workers, progressEveryMillis, progress, checkpoint, Reductions.NONE);
    }

    public ExplorationOptions {
        if (reductions == null) {
            throw new IllegalArgumentException("reductions must not be null (Reductions.NONE for none)");
        }
        if (checkpoint != null && reductions.any()) {
            throw new IllegalArgumentException("a checkpoint saves an exploration without reductions, not one with "
                    + reductions.label());
        }
        if (workers < 1) {
            throw new IllegalArgumentException("an exploration needs at least one worker, not " + workers);
        }
        if (progress != null && progressEveryMillis < 1) {
            throw new IllegalArgumentException("progress is reported at least every millisecond, not every "
                    + progressEveryMillis + " ms");
        }
    }

    /** One worker, no progress reports, no checkpoint. */
    public static ExplorationOptions defaults() {
        return new ExplorationOptions(1, 0, null, null);
    }

    public ExplorationOptions withWorkers(int count) {
        return new ExplorationOptions(count, progressEveryMillis, progress, checkpoint, reductions);
    }

    public ExplorationOptions withProgress(long everyMillis, Consumer<ExplorationProgress> listener) {
        return new ExplorationOptions(workers, everyMillis, listener, checkpoint, reductions);
    }

    public ExplorationOptions withCheckpoint(Path file) {
        return new ExplorationOptions(workers, progressEveryMillis, progress, file, reductions);
    }

    public ExplorationOptions withReductions(Reductions applied) {
        return new ExplorationOptions(workers, progressEveryMillis, progress, checkpoint, applied);
    }
}
