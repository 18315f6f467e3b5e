package org.comlife.checks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.coverage.map.BlankCells;
import org.comlife.checks.coverage.map.CoverageMap;
import org.comlife.checks.coverage.map.HelperCall;
import org.comlife.checks.coverage.programs.HelperPrograms;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckBudget;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage map holds what the README shows: recorded over the reference row's checks (the
 * explorer on the helper programs only, which exercise everything the other reference programs
 * do, and Lincheck's scenarios with fewer interleavings, to keep the build short), every helper call is exercised by at least two engines, and every
 * blank cell has its reason and no reason hides an exercised cell.
 */
class CoverageMapTest {
    private static CoverageMap map;

    @BeforeAll
    static void record() {
        map = CoverageMap.record(CoverageMapTest::sameScenariosFewerInterleavings, EngineSettings.PROPERTY_TRIES,
                HelperPrograms.all(), new ExplorationBudget(100_000, 5_000, 60_000));
    }

    /** Interleavings per Lincheck scenario while recording: enough for each scenario's calls to meet the states that matter. */
    private static final int INTERLEAVINGS = 10;

    /**
     * The matrix's scenarios with fewer interleavings each: the calls a scenario makes hardly
     * depend on how many of its interleavings are explored, and recording takes seconds.
     */
    private static LincheckBudget sameScenariosFewerInterleavings(HelperCheck check) {
        LincheckBudget budget = check.modelCheckingBudget();
        return new LincheckBudget(budget.iterations(), INTERLEAVINGS, budget.threads(), budget.actorsPerThread(),
                budget.actorsBefore());
    }

    /** Every helper call is exercised by two engines at least. */
    @Test
    void everyCallHasTwoEngines() {
        List<HelperCall> thin = new ArrayList<>();
        for (HelperCall call : HelperCall.values()) {
            if (map.engines(call) < 2) {
                thin.add(call);
            }
        }
        assertThat(thin).as(map.markdown()).isEmpty();
    }

    /** A blank cell always has its reason, and a reason never stands in an exercised cell. */
    @Test
    void blanksAreExactlyTheExplainedCells() {
        for (EngineId engine : EngineId.values()) {
            for (HelperCall call : HelperCall.values()) {
                boolean explained = BlankCells.reason(engine, call) != null;
                assertThat(explained).as(engine.id() + " x " + call + "\n" + map.markdown())
                        .isEqualTo(!map.exercises(engine, call));
            }
        }
    }

    /** The recording really ran: each recorded engine saw calls of every helper it is not declared to leave out. */
    @Test
    void eachRecordedEngineSawEveryHelper() {
        for (EngineId engine : List.of(EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE)) {
            for (HelperCall.Helper helper : HelperCall.Helper.values()) {
                boolean leftOut = true;
                for (HelperCall call : HelperCall.values()) {
                    leftOut &= call.helper() != helper || BlankCells.reason(engine, call) != null;
                }
                if (!leftOut) {
                    assertThat(map.exercised().get(engine)).as(engine.id() + " " + helper)
                            .anyMatch(call -> call.helper() == helper);
                }
            }
        }
    }
}
