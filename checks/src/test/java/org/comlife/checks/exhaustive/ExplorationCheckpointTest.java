package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exploration done in parts: saved when it runs out of budget, and gone on with from the file. */
class ExplorationCheckpointTest {
    private static final Program GIT_ONE_CALL = (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1);
    /** Distinct states and transitions of the GIT example with one call per worker, explored in one go. */
    private static final int GIT_ONE_CALL_STATES = 650;
    private static final long GIT_ONE_CALL_TRANSITIONS = 1_468;

    private static ExplorationBudget states(int most) {
        return new ExplorationBudget(most, 5_000, 120_000);
    }

    /** Three parts meet exactly the states and transitions of one exploration, and the last says it passed. */
    @Test
    void explorationInPartsMeetsTheSameStatesAsInOne(@TempDir Path folder) {
        ExplorationOptions options = ExplorationOptions.defaults().withCheckpoint(folder.resolve("git.checkpoint"));

        ExplorationResult first = ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(150),
                options);
        ExplorationResult second = ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(400),
                options.withWorkers(2));
        ExplorationResult last = ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(),
                states(100_000), options);

        assertThat(first.verdict()).isEqualTo(Verdict.BOUND_REACHED);
        assertThat(first.detail()).contains("saved to");
        assertThat(second.verdict()).isEqualTo(Verdict.BOUND_REACHED);
        assertThat(second.detail()).contains("went on from").contains("saved to");
        assertThat(second.distinctStates()).isGreaterThan(first.distinctStates());
        assertThat(last.verdict()).as(last.toString()).isEqualTo(Verdict.PASSED);
        assertThat(last.distinctStates()).isEqualTo(GIT_ONE_CALL_STATES);
        assertThat(last.transitions()).isEqualTo(GIT_ONE_CALL_TRANSITIONS);
        assertThat(last.runs()).isGreaterThan(second.runs());
    }

    /** A checkpoint of one program is refused by the exploration of another: it ends in an error, not a verdict. */
    @Test
    void checkpointOfAnotherProgramIsAnError(@TempDir Path folder) {
        ExplorationOptions options = ExplorationOptions.defaults().withCheckpoint(folder.resolve("git.checkpoint"));
        ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(100), options);

        ExplorationResult other = ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(),
                states(100_000), options);

        assertThat(other.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(other.detail()).contains("checkpoint is of another program");
    }

    /** A file that is not a checkpoint is refused with a message naming it, before anything runs. */
    @Test
    void fileThatIsNotACheckpointIsRefused(@TempDir Path folder) throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a checkpoint");

        assertThatThrownBy(() -> ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(100),
                ExplorationOptions.defaults().withCheckpoint(notes)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(notes.toString());
    }

    /** A checkpoint written by another version of comlife (its states written another way) is refused with a message saying so. */
    @Test
    void checkpointOfAnotherFormatIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("old.checkpoint");
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("comlife exhaustive checkpoint 1");
        }

        assertThatThrownBy(() -> ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(100),
                ExplorationOptions.defaults().withCheckpoint(file)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("another version of comlife");
    }

    /** A checkpoint cut short is refused with a message, not loaded in part. */
    @Test
    void truncatedCheckpointIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("git.checkpoint");
        ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(100),
                ExplorationOptions.defaults().withCheckpoint(file));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> ExhaustiveExplorer.explore(GIT_ONE_CALL, RuntimeHelpers.reference(), states(100),
                ExplorationOptions.defaults().withCheckpoint(file)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
    }

    /** A search that finishes leaves its checkpoint as it was: only a search out of budget is saved. */
    @Test
    void finishedSearchIsNotSaved(@TempDir Path folder) {
        Path file = folder.resolve("vs.checkpoint");
        ExplorationResult result = ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(),
                states(100_000), ExplorationOptions.defaults().withCheckpoint(file));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(file).doesNotExist();
    }
}
