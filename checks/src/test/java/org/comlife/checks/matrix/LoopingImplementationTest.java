package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.looping.SpinningCount;
import com.example.looping.SpinningMarshaler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.Test;

/**
 * An implementation whose release and unmarshal never return ends every engine's cell within its budget with
 * an error that names the thread and the implementation's class, and leaves none of its threads
 * running: the matrix goes on.
 */
class LoopingImplementationTest {
    private static final Duration CELL_BUDGET = Duration.ofSeconds(8);

    /** Each engine's cell is an error naming the user's class, within its budget; no thread is left in its loop. */
    @Test
    void aLoopingReleaseIsAnErrorCellAndItsThreadsAreStopped() {
        RuntimeHelpers looping = RuntimeHelpers.reference()
                .withServerProcessCount("spinning", SpinningCount::new).withMarshaler("spinning", SpinningMarshaler::new);
        List<Engine> engines = List.of(new LincheckEngine(1), new PropertyEngine(1, 50),
                new ExhaustiveEngine(new ExplorationBudget(100_000, 5_000, 5_000), CELL_BUDGET));
        MatrixPlan plan = new MatrixPlan(engines, List.of(), looping, MatrixScope.FULL, CELL_BUDGET,
                MatrixShard.WHOLE, "");

        long start = System.nanoTime();
        Row reference = VerificationMatrix.run(plan, MatrixProgress.SILENT).report().rows().get(0);
        long millis = (System.nanoTime() - start) / 1_000_000;

        for (Cell cell : reference.cells()) {
            assertThat(cell.status()).as(cell.engine() + ": " + cell.message()).isEqualTo(Status.ERROR);
            // The engine that noticed the loop names where it was; a cell stopped at its budget names the thread.
            assertThat(cell.message()).as(cell.engine()).contains("com.example.looping.Spinning");
        }
        // Three cells, each at most its budget, a quarter more for the engine to end, and the stop.
        assertThat(millis).isLessThan(3 * (CELL_BUDGET.toMillis() * 5 / 4 + 2 * BoundedRun.STOP_GRACE.toMillis()
                + 2_000));
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : thread.getValue()) {
                assertThat(frame.getClassName()).as(thread.getKey().getName())
                        .doesNotStartWith("com.example.looping.Spinning");
            }
        }
    }
}
