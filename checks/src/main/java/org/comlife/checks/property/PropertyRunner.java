package org.comlife.checks.property;

import java.util.SplittableRandom;
import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.property.execute.CaseProperty;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.CaseRunner;
import org.comlife.checks.property.generate.ChainGenerator;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.checks.property.report.GenerationStatistics;
import org.comlife.checks.property.shrink.ChainShrinker;
import org.comlife.checks.property.shrink.ShrinkResult;

/**
 * The property engine's entry point. Each try draws a case seed from the run's seed, generates a
 * concurrent chain and a scheduler seed from it, runs the chain one API step at a time with every
 * invariant checked after every step (and the end-of-run ones at the end) plus the user's
 * property, and on the first failure shrinks the case to a minimal one.
 *
 * <pre>{@code
 * PropertyResult result = PropertyRunner.check(PropertySettings.defaults(42).withTries(200));
 * PropertyRunner.assertHolds(PropertySettings.defaults(42)
 *         .withImplementation(RuntimeHelpers.reference().withServerProcessCount("mine", Mine::new)));
 * }</pre>
 */
public final class PropertyRunner {
    private PropertyRunner() {
    }

    /** Runs the built-in invariant properties. */
    public static PropertyResult check(PropertySettings settings) {
        return check(settings, CaseProperty.INVARIANTS_ONLY);
    }

    /** Runs the built-in invariant properties and the user's property on every case. */
    public static PropertyResult check(PropertySettings settings, CaseProperty property) {
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        long[] caseSeeds = new long[settings.tries()];
        for (int i = 0; i < caseSeeds.length; i++) {
            caseSeeds[i] = seeds.nextLong();
        }
        return run(settings, property, caseSeeds);
    }

    /** Runs the one case the seed generates (the seed a failure report prints), shrinking it if it fails. */
    public static PropertyResult checkCase(long caseSeed, PropertySettings settings, CaseProperty property) {
        return run(settings, property, new long[] {caseSeed});
    }

    /** Like {@link #check(PropertySettings, CaseProperty)}, throwing {@link PropertyFailure} on failure. */
    public static PropertyResult assertHolds(PropertySettings settings, CaseProperty property) {
        PropertyResult result = check(settings, property);
        if (!result.passed()) {
            throw new PropertyFailure(result);
        }
        return result;
    }

    public static PropertyResult assertHolds(PropertySettings settings) {
        return assertHolds(settings, CaseProperty.INVARIANTS_ONLY);
    }

    /**
     * Runs every case and stops at none, shrinking nothing: what a vocabulary generates and how
     * often it fails, for coverage reports and for tuning a hunt.
     */
    public static GenerationStatistics survey(PropertySettings settings) {
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        CaseRunner runner = new CaseRunner(settings.implementation(), CaseProperty.INVARIANTS_ONLY);
        GenerationStatistics statistics = new GenerationStatistics();
        for (int i = 0; i < settings.tries(); i++) {
            GeneratedCase generated = ChainGenerator.generate(seeds.nextLong(), settings.generation());
            statistics.record(runner.run(generated));
        }
        return statistics;
    }

    private static PropertyResult run(PropertySettings settings, CaseProperty property, long[] caseSeeds) {
        long start = System.nanoTime();
        CaseRunner runner = new CaseRunner(settings.implementation(), property);
        GenerationStatistics statistics = new GenerationStatistics();
        int otherFailures = 0;
        for (int i = 0; i < caseSeeds.length; i++) {
            GeneratedCase generated = ChainGenerator.generate(caseSeeds[i], settings.generation());
            CaseRun run = runner.run(generated);
            statistics.record(run);
            if (!run.failed()) {
                continue;
            }
            if (!settings.hunted().isEmpty() && !run.failure().breaksAny(settings.hunted())) {
                otherFailures++;
                continue;
            }
            long toFailure = millisSince(start);
            CaseRun focused = run.withFailure(run.failure().focusedOn(settings.hunted()));
            ShrinkResult shrunk = ChainShrinker.shrink(focused, runner, settings.shrink(), generated.caseSeed());
            Counterexample counterexample = new Counterexample(settings.seed(), i, settings.implementation().name(),
                    settings.generation().vocabulary().toString(), generated, focused, shrunk.minimal(),
                    shrunk.report());
            return new PropertyResult(settings, i + 1, otherFailures, statistics, millisSince(start), toFailure,
                    counterexample);
        }
        return new PropertyResult(settings, caseSeeds.length, otherFailures, statistics, millisSince(start), -1,
                null);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
