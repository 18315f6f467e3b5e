package org.comlife.checks.jpf.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.search.JpfChildMain;
import org.comlife.checks.jpf.search.JpfFacts;
import org.comlife.checks.lincheck.ExampleScenario;

/**
 * The JPF tier's entry point: one JPF run per call, over one target (an example, a catalogue
 * fault, a fault's twin, a helper race) with one runtime implementation, bounded in time and states, in a JVM
 * of its own.
 *
 * <p>JPF runs in a separate JVM because jpf-core is not a dependency of comlife (it is called
 * through reflection from {@link JpfChildMain}), JPF is not thread-safe and keeps static state,
 * its heap use is large and its failures (out of memory, a hang in a native peer) must not take
 * the caller down. Each run therefore is isolated, killable and measurable, and runs may go on
 * in parallel.
 */
public final class JpfRunner {
    /**
     * The matrix's budget: 60,000 states or 3 minutes, with 2 GB of heap; room above the deepest
     * catch and the deepest example's complete execution (their sizes: checks/JPF.md, "Budgets").
     */
    public static final JpfBudget DEFAULT_BUDGET = new JpfBudget(180_000, 60_000, 2048);

    private final JpfInstallation installation;
    private final List<Path> userClasspath;

    public JpfRunner(JpfInstallation installation) {
        this(installation, List.of());
    }

    /**
     * A runner whose JPF class path also holds the user's jars and folders, so that targets
     * can name a user's implementation ({@link JpfImplementations#ofClass}).
     */
    public JpfRunner(JpfInstallation installation, List<Path> userClasspath) {
        if (installation == null) {
            throw new IllegalArgumentException("the JPF runner needs a jpf-core installation");
        }
        for (Path entry : userClasspath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("class path entry " + entry + " does not exist");
            }
        }
        this.installation = installation;
        this.userClasspath = List.copyOf(userClasspath);
    }

    /** Runs JPF over the scenario with the named implementation, at bytecode granularity, within the default budget. */
    public JpfResult run(ExampleScenario scenario, String implementation) {
        return run(JpfTarget.example(scenario, implementation), DEFAULT_BUDGET, JpfGranularity.BYTECODE);
    }

    /** Runs JPF over the scenario with the named implementation ({@link JpfImplementations}). */
    public JpfResult run(ExampleScenario scenario, String implementation, JpfBudget budget,
                         JpfGranularity granularity) {
        return run(JpfTarget.example(scenario, implementation), budget, granularity);
    }

    /**
     * Hunts a catalogue fault with its own helpers within the default budget: on the helper race
     * that opens its window when it has one, else on its program ({@link JpfTarget#hunt}), at
     * the granularity {@link #huntGranularity} picks.
     */
    public JpfResult hunt(FaultId fault) {
        JpfTarget target = JpfTarget.hunt(fault);
        return run(target, DEFAULT_BUDGET, huntGranularity(target));
    }

    /**
     * Where a hunt lets JPF switch threads: at every bytecode on a helper race (its window lies
     * inside one call, between field accesses), at synchronization on a program (its bug is an
     * order of API calls, whose waits and locks are all synchronization; the far smaller state
     * space lets JPF reach faults a bytecode-level search does not, see checks/JPF.md, "Budgets").
     */
    public static JpfGranularity huntGranularity(JpfTarget target) {
        return target.isHelperRace() ? JpfGranularity.BYTECODE
                : JpfGranularity.SYNCHRONIZATION;
    }

    /** Runs JPF over a target within the budget, switching threads at the given granularity. */
    public JpfResult run(JpfTarget target, JpfBudget budget, JpfGranularity granularity) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("comlife-jpf-");
            Path site = directory.resolve("site.properties");
            Files.writeString(site, JpfConfiguration.siteProperties(installation), StandardCharsets.UTF_8);
            JpfFacts facts = JpfFork.run(installation, JpfConfiguration.arguments(site, target, budget, granularity,
                    userClasspath),
                    budget, directory);
            return JpfResults.of(target.id(), target.implementationName(), granularity, facts);
        } catch (IOException failed) {
            throw new IllegalStateException("could not run the JPF JVM: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JPF ran " + target.id(), interrupted);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory != null) {
            try {
                JpfFork.delete(directory);
            } catch (IOException ignored) {
                // A temporary directory left behind is no reason to lose the run's result.
            }
        }
    }
}
