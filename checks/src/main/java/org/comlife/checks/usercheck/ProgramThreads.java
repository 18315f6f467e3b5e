package org.comlife.checks.usercheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comlife.model.ComThread;
import org.comlife.model.program.ThreadBody;
import org.comlife.model.program.ThreadStarter;

/**
 * The starter a user's program is given: it passes every thread to the engine's starter, and
 * refuses what would make a counterexample ambiguous or a run hang: a thread started twice, and
 * two threads with the same process and thread name (a server the SCM launches again needs a
 * process name of its own). It remembers the threads started, so that a run can tell a thread
 * the program created but never started (which would wait for nothing forever).
 */
final class ProgramThreads implements ThreadStarter {
    private final ThreadStarter engine;
    private final Set<String> names = new HashSet<>();
    private final List<ComThread> started = new ArrayList<>();

    ProgramThreads(ThreadStarter engine) {
        this.engine = engine;
    }

    @Override
    public void start(ComThread self, ThreadBody body) {
        if (self == null || body == null) {
            throw new IllegalArgumentException("ThreadStarter.start needs a thread and its body");
        }
        String name = nameOf(self);
        synchronized (this) {
            if (started.contains(self)) {
                throw new IllegalArgumentException("thread " + name + " is started twice");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("two threads are named " + name
                        + ": give every process (a relaunched server too) and every thread of a process its own name");
            }
            started.add(self);
        }
        engine.start(self, body);
    }

    /** The threads started so far. */
    synchronized List<ComThread> started() {
        return new ArrayList<>(started);
    }

    static String nameOf(ComThread thread) {
        return thread.process().name() + "/" + thread.name();
    }
}
