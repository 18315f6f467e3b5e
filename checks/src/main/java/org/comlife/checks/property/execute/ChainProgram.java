package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.action.HandleTable;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.generate.ChainValidity;
import org.comlife.checks.property.server.ChainServer;
import org.comlife.checks.property.state.ChainState;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Program;
import org.comlife.model.program.ThreadStarter;

/**
 * A chain as a concurrent program: the SCM learns to launch the chain's server, a client process
 * gets one logical thread per chain thread, and each thread runs its script. The events that
 * order conflicting steps are created here (not API calls); setting and waiting for them are.
 */
public final class ChainProgram implements Program {
    public static final String CLIENT_PROCESS = "client";

    private final ActionChain chain;
    private final ActionCursor cursor;

    public ChainProgram(ActionChain chain) {
        this(chain, new ActionCursor());
    }

    ChainProgram(ActionChain chain, ActionCursor cursor) {
        this.chain = chain;
        this.cursor = cursor;
    }

    /** The name the scheduler gives a chain thread. */
    static String schedulerName(String thread) {
        return CLIENT_PROCESS + "/" + thread;
    }

    @Override
    public void start(ComWorld world, ThreadStarter threads) {
        ChainServer.register(world, chain.server(), threads);
        ChainState ending = ChainValidity.finalState(chain);
        ComProcess client = world.newProcess(CLIENT_PROCESS, ProcessRole.CLIENT);
        int count = chain.threads().size();
        List<ComThread> logical = new ArrayList<>();
        boolean[] waitsForOthers = new boolean[count];
        for (int t = 0; t < count; t++) {
            logical.add(client.newThread(chain.threads().get(t).name()));
            waitsForOthers[t] = pumpsUntilOthersDone(ending, t) || ending.waitsForever(t);
        }
        List<ComEvent> done = doneEvents(world, waitsForOthers);
        Dependencies dependencies = Dependencies.of(chain);
        List<ComEvent> stepDone = stepEvents(world, dependencies);
        HandleTable handles = new HandleTable();
        for (int t = 0; t < count; t++) {
            List<ComEvent> others = new ArrayList<>();
            for (int u = 0; u < count; u++) {
                if (u != t && done.get(u) != null) {
                    others.add(done.get(u));
                }
            }
            ThreadScript body = new ThreadScript(chain.threads().get(t).apartment(),
                    script(t, dependencies, stepDone), handles, done.get(t), waitsForOthers[t] ? others : List.of(),
                    pumpsUntilOthersDone(ending, t), cursor, schedulerName(chain.threads().get(t).name()),
                    isCorrectUse(chain));
            threads.start(logical.get(t), self -> body.run(self));
        }
    }

    /** The event each thread sets when it is done, or null for a thread no other thread waits for. */
    private List<ComEvent> doneEvents(ComWorld world, boolean[] waitsForOthers) {
        int waiting = 0;
        for (boolean waits : waitsForOthers) {
            waiting += waits ? 1 : 0;
        }
        List<ComEvent> done = new ArrayList<>();
        for (int t = 0; t < waitsForOthers.length; t++) {
            boolean awaited = waiting > (waitsForOthers[t] ? 1 : 0);
            done.add(awaited ? world.newEvent(chain.threads().get(t).name() + "-done") : null);
        }
        return done;
    }

    /** The event each step sets when a later step of another thread waits for it, else null. */
    private List<ComEvent> stepEvents(ComWorld world, Dependencies dependencies) {
        List<ComEvent> stepDone = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            stepDone.add(dependencies.isSignaled(i) ? world.newEvent("step-" + (i + 1) + "-done") : null);
        }
        return stepDone;
    }

    /** Thread {@code t}'s steps in chain order, each with what it waits for and what it sets. */
    private List<ScriptedStep> script(int t, Dependencies dependencies, List<ComEvent> stepDone) {
        List<ScriptedStep> script = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ChainStep step = chain.steps().get(i);
            if (step.thread() != t) {
                continue;
            }
            List<ComEvent> waits = new ArrayList<>();
            for (int earlier : dependencies.waitsOf(i)) {
                waits.add(stepDone.get(earlier));
            }
            script.add(new ScriptedStep(i, step.action(), waits, stepDone.get(i)));
        }
        return script;
    }

    /** No misuse in the chain's steps, its server or its threads: every answer can be checked. */
    private static boolean isCorrectUse(ActionChain chain) {
        if (!chain.server().misuses().isEmpty()) {
            return false;
        }
        for (ChainThread thread : chain.threads()) {
            if (thread.apartment() == ThreadApartment.NONE) {
                return false;
            }
        }
        for (ChainStep step : chain.steps()) {
            if (step.action().kind().misuse() != null) {
                return false;
            }
        }
        return true;
    }

    /** An STA still in COM whose objects other threads call must keep pumping until they are done. */
    private static boolean pumpsUntilOthersDone(ChainState ending, int thread) {
        return ending.apartment(thread) == ThreadApartment.STA && !ending.isUninitialized(thread)
                && !ending.waitsForever(thread) && ending.calledFromOtherThreads(thread);
    }
}
