package org.comlife.checks.jpf.program;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComThread;
import org.comlife.model.program.RealThreads;
import org.comlife.model.program.ThreadBody;
import org.comlife.model.program.ThreadStarter;

/**
 * Runs a program's logical threads on Java threads inside JPF, freely or taking turns one API
 * step at a time ({@link JpfApiSteps}), and lets the driver wait for all of them at once.
 *
 * <p>The driver is out of the way while the program runs: the threads it starts wait until it
 * waits ({@link #awaitAll}), and it is woken once, when the last logical thread has ended.
 * {@code RealThreads.joinAll}, which joins the threads one after the other, would leave the
 * driver runnable between the program's steps, and JPF would interleave each of its steps (reach
 * the join, wake up, join the next) with the program's, multiplying the program's states.
 */
final class JpfThreads implements ThreadStarter {
    private final Object done = new Object();
    // Guarded by done.
    private final List<Throwable> failures = new ArrayList<>();
    /** Invariants found broken in a state on the way: the run ends there. */
    private JpfProgramState.InvariantsBroken broken;
    private int live;
    private boolean open;
    private final JpfApiSteps turns;

    /** Free-running threads ({@code turns} null) or threads taking turns one API step at a time. */
    JpfThreads(JpfApiSteps turns) {
        this.turns = turns;
    }

    /** The hook to install in the world when the threads take turns, else null. */
    JpfApiSteps turns() {
        return turns;
    }

    @Override
    public void start(ComThread self, ThreadBody body) {
        boolean midRun;
        synchronized (done) {
            live++;
            midRun = open;
        }
        if (turns != null) {
            turns.add(self);
        }
        Thread thread = new Thread(() -> run(self, body), self.process().name() + "/" + self.name());
        // Not a daemon: JPF schedules nothing else when a daemon ends and only daemons can run,
        // so a thread handed the turn by an ending one would never run.
        thread.setDaemon(false);
        thread.start();
        if (turns != null && midRun) { // started mid-step: let the new thread fall asleep first
            turns.awaitArrivals();
        }
    }

    private void run(ComThread self, ThreadBody body) {
        if (turns != null) {
            try {
                turns.arrive(self);
            } catch (JpfApiSteps.TurnsAborted aborted) {
                return; // the run ended before this thread's first turn
            }
        } else if (!passGate()) {
            return;
        }
        Throwable failure = null;
        boolean unwound = false;
        try {
            body.run(self);
        } catch (JpfProgramState.InvariantsBroken invariants) {
            unwound = true;
            throw brokenOnTheWay(invariants);
        } catch (JpfApiSteps.TurnsAborted aborted) {
            unwound = true; // the run ended elsewhere: this thread just unwinds
        } catch (Throwable failed) {
            failure = new AssertionError("thread " + self.name() + " of " + self.process().name()
                    + " failed: " + failed, failed);
        } finally {
            if (!unwound) {
                ended(self, failure);
            }
        }
    }

    /**
     * The thread's end: it hands the turn on first and only then counts itself out, so that the
     * driver, woken by the last count, does not run beside the hand-over (with states matched on
     * the program's state, JPF would interleave the two and multiply the states in between).
     */
    private void ended(ComThread self, Throwable failure) {
        self.terminate();
        if (turns != null) {
            try {
                turns.end(self, failure != null);
            } catch (JpfProgramState.InvariantsBroken invariants) {
                throw brokenOnTheWay(invariants);
            }
        }
        synchronized (done) {
            if (failure != null) {
                failures.add(failure);
            }
            if (--live == 0) {
                done.notifyAll();
            }
        }
    }

    /**
     * Invariants found broken in a state on the way, by this thread: the error is left uncaught,
     * so that JPF reports it at once with the path to the state; the turn is not handed on, and
     * the driver is woken to end the run (which matters only outside JPF).
     */
    private JpfProgramState.InvariantsBroken brokenOnTheWay(JpfProgramState.InvariantsBroken invariants) {
        synchronized (done) {
            if (broken == null) {
                broken = invariants;
            }
            done.notifyAll();
        }
        return invariants;
    }

    private boolean passGate() {
        synchronized (done) {
            while (!open) {
                try {
                    done.wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Lets the started threads run (dealing the first turn when they take turns), and waits until
     * every one of them (and any they started) has ended; throws the first failure. When
     * invariants are found broken on the way, it throws that at once, and the threads still
     * asleep waiting for a turn unwind.
     */
    void awaitAll() throws InterruptedException {
        synchronized (done) {
            open = true;
            try {
                if (turns != null) {
                    turns.dealFirstTurn(done);
                } else {
                    done.notifyAll();
                }
                while (live > 0 && broken == null) {
                    done.wait();
                }
                if (broken != null) {
                    throw broken;
                }
            } catch (JpfProgramState.InvariantsBroken invariants) {
                if (turns != null) {
                    turns.abort();
                }
                throw invariants;
            }
            if (!failures.isEmpty()) {
                Throwable first = failures.get(0);
                AssertionError error = first instanceof AssertionError ? (AssertionError) first : new AssertionError(first);
                for (int i = 1; i < failures.size(); i++) {
                    error.addSuppressed(failures.get(i));
                }
                throw error;
            }
        }
    }
}
