package org.comlife.checks.property.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.server.ServerPlan;

/**
 * A concurrent action chain: the client threads with their apartments, the actions in the order
 * they were generated (each tagged with its thread), and the code of the server the SCM
 * launches. The generation order is a valid sequential use of the API; at run time only the
 * actions that share a handle keep that order across threads, everything else interleaves.
 */
public record ActionChain(List<ChainThread> threads, List<ChainStep> steps, ServerPlan server) {

    public ActionChain {
        threads = List.copyOf(threads);
        steps = List.copyOf(steps);
    }

    public int actionCount() {
        return steps.size();
    }

    public ChainThread thread(ChainStep step) {
        return threads.get(step.thread());
    }

    /** The same chain with other steps. */
    public ActionChain withSteps(List<ChainStep> other) {
        return new ActionChain(threads, other, server);
    }

    public ActionChain withServer(ServerPlan other) {
        return new ActionChain(threads, steps, other);
    }

    /** The same chain with one thread's apartment changed. */
    public ActionChain withThread(int index, ChainThread other) {
        List<ChainThread> changed = new ArrayList<>(threads);
        changed.set(index, other);
        return new ActionChain(changed, steps, server);
    }

    /** Drops a thread with no steps left, renumbering the steps' thread indices. */
    public ActionChain withoutIdleThread(int index) {
        List<ChainThread> remaining = new ArrayList<>(threads);
        remaining.remove(index);
        List<ChainStep> renumbered = new ArrayList<>();
        for (ChainStep step : steps) {
            if (step.thread() == index) {
                throw new IllegalArgumentException("thread " + threads.get(index) + " still has steps");
            }
            renumbered.add(step.thread() > index ? new ChainStep(step.thread() - 1, step.action()) : step);
        }
        return new ActionChain(remaining, renumbered, server);
    }

    /**
     * The same chain with its handles numbered 1, 2, 3… in the order they first appear, so a
     * shrunk chain reads p1, s2, p3 rather than p5, s9, p14. Numbers only name handles: the
     * renumbered chain runs exactly as the original.
     */
    public ActionChain renumbered() {
        Map<Handle, Handle> numbering = new LinkedHashMap<>();
        for (ChainStep step : steps) {
            for (Handle handle : step.action().touches()) {
                numbering.putIfAbsent(handle, new Handle(numbering.size() + 1, handle.kind()));
            }
        }
        List<ChainStep> renamed = new ArrayList<>();
        for (ChainStep step : steps) {
            renamed.add(new ChainStep(step.thread(), step.action().renamed(numbering::get)));
        }
        return new ActionChain(threads, renamed, server);
    }

    /** The index of the first step at or after {@code from} whose action equals {@code action}, or -1. */
    public int indexOf(Action action, int from) {
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).action().equals(action)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the chain activates a class at all (otherwise no server is ever launched). */
    public boolean usesServer() {
        for (ChainStep step : steps) {
            if (step.action().activates()) {
                return true;
            }
        }
        return false;
    }

    /** The chain as a reader sees it: threads, server code when a server is launched, one action a line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("threads:");
        for (ChainThread thread : threads) {
            header.append(' ').append(thread).append(';');
        }
        header.setLength(header.length() - 1);
        lines.add(header.toString());
        if (usesServer()) {
            lines.add("server: " + server.describe());
        }
        int number = 1;
        for (ChainStep step : steps) {
            Misuse misuse = step.action().kind().misuse();
            lines.add(String.format("%2d. %s: %s%s", number++, thread(step).name(), step.action().describe(),
                    misuse == null ? "" : "   [misuse: " + misuse + "]"));
        }
        return lines;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
