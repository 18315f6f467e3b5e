package org.comlife.checks.usercheck;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;

/**
 * Programs comlife must refuse with a clear message, one mistake each, as a user might make it.
 * Each is loaded by name, as {@code comlife check} loads a user's class.
 */
public final class BadPrograms {
    private BadPrograms() {
    }

    /** One client thread that initializes COM and leaves: the smallest program that is right. */
    public static class Minimal implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            threads.start(app.newThread("client"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                self.coUninitialize();
            });
        }
    }

    /** Implements Program but cannot be made: it is abstract. */
    public abstract static class Abstract implements Program {
    }

    /** Not public. */
    static class Hidden extends Minimal {
    }

    /** An inner class: it needs an outer instance comlife does not have. */
    public class Inner extends Minimal {
    }

    /** Its only constructor takes something comlife cannot give. */
    public static class OddConstructor extends Minimal {
        public OddConstructor(int clients) {
        }
    }

    /** Its constructor throws. */
    public static class ConstructorThrows extends Minimal {
        public ConstructorThrows() {
            throw new IllegalStateException("no configuration file");
        }
    }

    /** Its static initializer throws. */
    public static class StaticInitializerThrows extends Minimal {
        static final int CLIENTS = Integer.parseInt("two");
    }

    /** Its constructor never returns. */
    public static class ConstructorLoops extends Minimal {
        public ConstructorLoops() {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }
    }

    /** Reads one parameter, {@code clients} in 1..3. */
    public static class WithClients extends Minimal {
        public WithClients(ProgramParameters parameters) {
            parameters.intValue("clients", 2, 1, 3);
        }
    }

    /** Its start throws before any thread starts. */
    public static class StartThrows implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            throw new IllegalStateException("forgot to register the server");
        }
    }

    /** Its start never returns. */
    public static class StartLoops implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }
    }

    /** Creates a process and a thread but starts no thread. */
    public static class StartsNoThread implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            world.newProcess("app", ProcessRole.CLIENT);
        }
    }

    /** Creates two threads and starts one. */
    public static class UnstartedThread implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            app.newThread("forgotten");
            threads.start(app.newThread("client"), self -> self.coInitializeEx(ApartmentKind.MTA));
        }
    }

    /** Gives two threads of one process the same name. */
    public static class DuplicateNames implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            threads.start(app.newThread("worker"), self -> self.coInitializeEx(ApartmentKind.MTA));
            threads.start(app.newThread("worker"), self -> self.coInitializeEx(ApartmentKind.MTA));
        }
    }

    /** A thread that busy-waits on an event instead of waiting for it: it never makes another COM call. */
    public static class BusyWait implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComEvent ready = world.newEvent("ready");
            threads.start(app.newThread("waiter"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                while (!ready.isSet()) {
                    Thread.onSpinWait();
                }
            });
            threads.start(app.newThread("setter"), self -> self.setEvent(ready));
        }
    }

    /** A thread that sleeps, outside COM. */
    public static class Sleeps implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            threads.start(app.newThread("sleeper"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                Thread.sleep(3_600_000);
            });
        }
    }

    /** Two threads that hand over through a Java latch, outside COM: the first waits for the second forever. */
    public static class JavaLatch implements Program {
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            CountDownLatch handedOver = new CountDownLatch(1);
            threads.start(app.newThread("consumer"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                handedOver.await();
            });
            threads.start(app.newThread("producer"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                handedOver.countDown();
            });
        }
    }

    /**
     * Behaves differently after its first runs (a static counter survives them): the first runs
     * pass, and a later run's start throws, which an engine meets as a run it cannot complete.
     */
    public static class ChangesAfterFirstRuns extends Minimal {
        public static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            if (RUNS.incrementAndGet() > Preflight.RUNS) {
                throw new IllegalStateException("run " + RUNS.get() + " differs");
            }
            super.start(world, threads);
        }
    }
}
