package org.comlife.checks.coverage.map;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckBudget;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Which {@link HelperCall} each engine's check of an implementation exercises, recorded while the
 * check runs against the reference (so the map is what runs, not what someone wrote down), and
 * why each cell left blank is blank ({@link BlankCells}).
 *
 * @param exercised the calls each recorded engine made
 */
public record CoverageMap(Map<EngineId, Set<HelperCall>> exercised) {

    /** The reference row as {@code comlife hunt} runs it: every helper check, 500 chains, every reference program. */
    public static CoverageMap ofReferenceRow() {
        return record(HelperCheck::modelCheckingBudget, EngineSettings.PROPERTY_TRIES,
                ExhaustiveEngine.referencePrograms(), new ExplorationBudget(1_000_000, 5_000, 60_000));
    }

    /**
     * Records the engines' checks of the reference: Lincheck's helper checks with the given
     * budgets, the property engine's check with its number of chains, the explorer on the programs.
     */
    public static CoverageMap record(Function<HelperCheck, LincheckBudget> lincheckBudget, int propertyChains,
                                     List<NamedProgram> programs, ExplorationBudget exploration) {
        Map<EngineId, Set<HelperCall>> exercised = new EnumMap<>(EngineId.class);
        CoverageRecorder lincheck = new CoverageRecorder();
        for (HelperCheck check : HelperCheck.values()) {
            LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING, recording(lincheck),
                    lincheckBudget.apply(check));
        }
        exercised.put(EngineId.LINCHECK, lincheck.seen());
        CoverageRecorder property = new CoverageRecorder();
        new PropertyEngine(1, propertyChains).checkImplementation(recording(property));
        exercised.put(EngineId.PROPERTY, property.seen());
        CoverageRecorder exhaustive = new CoverageRecorder();
        for (NamedProgram program : programs) {
            ExhaustiveExplorer.explore(program.program(), recording(exhaustive), exploration);
        }
        exercised.put(EngineId.EXHAUSTIVE, exhaustive.seen());
        return new CoverageMap(exercised);
    }

    private static RuntimeHelpers recording(CoverageRecorder recorder) {
        return RecordingHelpers.of(RuntimeHelpers.reference(), recorder);
    }

    /** Whether the engine exercised the call (never true for an engine whose calls are not recorded). */
    public boolean exercises(EngineId engine, HelperCall call) {
        Set<HelperCall> calls = exercised.get(engine);
        return calls != null && calls.contains(call);
    }

    /** How many recorded engines exercise the call. */
    public int engines(HelperCall call) {
        int engines = 0;
        for (Set<HelperCall> calls : exercised.values()) {
            engines += calls.contains(call) ? 1 : 0;
        }
        return engines;
    }

    /** The map as a Markdown table, one row per call, one column per engine, each blank with its reason's number. */
    public String markdown() {
        StringBuilder table = new StringBuilder("| helper call |");
        StringBuilder rule = new StringBuilder("|---|");
        for (EngineId engine : EngineId.values()) {
            table.append(' ').append(engine.displayName()).append(" |");
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        List<String> reasons = BlankCells.reasons();
        for (HelperCall call : HelperCall.values()) {
            table.append("| ").append(call).append(" |");
            for (EngineId engine : EngineId.values()) {
                String reason = BlankCells.reason(engine, call);
                table.append(' ').append(exercises(engine, call) ? "✓"
                        : reason == null ? "**blank, no reason**" : "– (" + (reasons.indexOf(reason) + 1) + ")")
                        .append(" |");
            }
            table.append('\n');
        }
        table.append('\n');
        for (int i = 0; i < reasons.size(); i++) {
            table.append(i + 1).append(". ").append(reasons.get(i)).append('\n');
        }
        return table.toString();
    }
}
