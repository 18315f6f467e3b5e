package org.comlife.checks.jpf;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComThread;
import org.comlife.model.examples.ThreadBody;
import org.comlife.model.examples.ThreadStarter;

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
    private int live;
    private boolean open;
    private final JpfApiSteps turns;

    /** Free-running threads ({@code apiSteps} false) or threads taking turns one API step at a time. */
    JpfThreads(boolean apiSteps) {
        this.turns = apiSteps ? new JpfApiSteps() : null;
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
            turns.arrive(self);
        } else if (!passGate()) {
            return;
        }
        Throwable failure = null;
        try {
            body.run(self);
        } catch (Throwable failed) {
            failure = new AssertionError("thread " + self.name() + " of " + self.process().name()
                    + " failed: " + failed, failed);
        } finally {
            self.terminate();
            synchronized (done) {
                if (failure != null) {
                    failures.add(failure);
                }
                if (--live == 0) {
                    done.notifyAll();
                }
            }
            if (turns != null) {
                turns.end(self);
            }
        }
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
     * every one of them (and any they started) has ended; throws the first failure.
     */
    void awaitAll() throws InterruptedException {
        synchronized (done) {
            open = true;
            if (turns != null) {
                turns.dealFirstTurn();
            } else {
                done.notifyAll();
            }
            while (live > 0) {
                done.wait();
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
