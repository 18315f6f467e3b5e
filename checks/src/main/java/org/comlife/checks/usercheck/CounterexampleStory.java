package org.comlife.checks.usercheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.checks.property.execute.InvariantWatch;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.ComObject;
import org.comlife.model.Invariant;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;
import org.comlife.reports.text.TextSwimlaneRenderer;
import org.comlife.specs.invariants.Breach;

/**
 * A violation told in the user's own names: the counterexample drawn as a text swimlane (one
 * column per thread of the program), the invariant it breaks with its statement, which of the
 * user's objects the numbered ones are, and how to replay it. The invariants and the objects
 * come from running the schedule again, which also shows that it replays.
 */
public final class CounterexampleStory {
    private static final Pattern OBJECT = Pattern.compile("obj#(\\d+)");

    private CounterexampleStory() {
    }

    /** The story of the result's shortest violation, or null when it has none. */
    public static String of(ProgramCheckResult result, int width, String replayCommand) {
        ProgramCheckResult.Found found = result.shortest().orElse(null);
        if (found == null) {
            return null;
        }
        StringBuilder story = new StringBuilder();
        Counterexample counterexample = found.finding().counterexample();
        story.append("Violation found by ").append(found.engine().displayName()).append(" (")
                .append(found.engine().id()).append(")");
        if (counterexample == null) {
            story.append(": ").append(found.finding().remark()).append('\n');
            story.append("Its own report is in the report folder (traces/).\n");
            return story.toString();
        }
        story.append(counterexample.explanation() == null ? "" : ": " + counterexample.explanation()).append('\n');
        story.append(TextSwimlaneRenderer.render(counterexample, width)).append('\n');
        ReplayData.Schedule schedule = found.schedule();
        if (schedule != null) {
            explain(story, result.program(), schedule, counterexample);
        } else if (found.finding().replay().invariant() != null) {
            appendInvariants(story, Set.of(found.finding().replay().invariant()));
        }
        if (replayCommand != null) {
            story.append("Replay: ").append(replayCommand).append('\n');
        }
        return story.toString();
    }

    /** The broken invariants with their statements, or the failed thread; then the objects named. */
    private static void explain(StringBuilder story, UserProgram program, ReplayData.Schedule schedule,
                                Counterexample counterexample) {
        InvariantWatch watch = new InvariantWatch();
        Map<Integer, String> objects = new HashMap<>();
        ScheduledRun run = DeterministicScheduler.run(program.program(), RuntimeHelpers.reference(),
                new ReplayChooser(schedule.threads()), (step, world, threads) -> {
                    // Objects die on the way (a teardown releases them), so each is noted while it lives.
                    for (ComObject object : world.liveObjects()) {
                        objects.computeIfAbsent(object.id(), id -> object.name() + " in " + object.home() + " of "
                                + object.home().process().name());
                    }
                    return watch.stopBefore(step, world, threads);
                }, schedule.threads().size());
        Set<Invariant> broken = new LinkedHashSet<>();
        for (Breach breach : watch.breaches()) {
            broken.add(breach.invariant());
        }
        appendInvariants(story, broken);
        if (broken.isEmpty() && !run.threadFailures().isEmpty()) {
            story.append("A thread of the program failed: ").append(run.threadFailures().get(0)).append('\n')
                    .append("(a call the thread required failed, or its code threw: on this schedule the program "
                            + "does not work)\n");
        }
        List<String> legend = legend(objects, counterexample);
        if (!legend.isEmpty()) {
            story.append("Objects: ").append(String.join("; ", legend)).append('\n');
        }
    }

    private static void appendInvariants(StringBuilder story, Set<Invariant> broken) {
        for (Invariant invariant : broken) {
            story.append("Breaks ").append(invariant).append(": ").append(invariant.statement()).append('\n');
        }
    }

    /** Each object the counterexample names by number, with the name the program gave it and where it lived. */
    private static List<String> legend(Map<Integer, String> objects, Counterexample counterexample) {
        Set<Integer> named = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(counterexample.brokenInvariant());
        for (Step step : counterexample.steps()) {
            text.append(' ').append(step.operation()).append(' ').append(step.result());
        }
        Matcher matcher = OBJECT.matcher(text);
        while (matcher.find()) {
            named.add(Integer.parseInt(matcher.group(1)));
        }
        List<String> legend = new ArrayList<>();
        for (int id : named) {
            if (objects.containsKey(id)) {
                legend.add("obj#" + id + " is " + objects.get(id));
            }
        }
        return legend;
    }
}
