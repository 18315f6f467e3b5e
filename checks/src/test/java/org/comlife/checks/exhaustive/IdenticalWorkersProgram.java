package org.comlife.checks.exhaustive;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ThreadBody;

/**
 * A program with identical threads, for symmetry reduction: the main thread of an STA puts a
 * site into the Global Interface Table and pumps until the site has been told {@code Done} by
 * every worker; {@code workers} threads of the MTA each get the site from the GIT, call it
 * {@code calls} times, tell it {@code Done} and release it. The workers run the same code with
 * the same parameters, and the program says so when {@code declared}. The site counts the
 * {@code Done} calls itself, on the main thread, and signals the main thread through an event.
 */
final class IdenticalWorkersProgram {
    static final Iid ISITE = new Iid("ISite");

    private IdenticalWorkersProgram() {
    }

    static Program of(int workers, int calls, boolean declared) {
        return (world, threads) -> {
            ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
            ComThread main = process.newThread("main");
            ComEvent ready = world.newEvent("site-ready");
            ComEvent allDone = world.newEvent("all-done");
            int[] cookie = new int[1];
            threads.start(main, self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
                CountingSite site = new CountingSite(self, workers, allDone);
                cookie[0] = Expect.succeeded(self.registerInterfaceInGlobal(site, ISITE), "register");
                self.setEvent(ready);
                Expect.succeeded(self.waitForEventPumping(allDone), "wait for the workers");
                Expect.succeeded(self.revokeInterfaceFromGlobal(cookie[0]), "revoke");
                self.release(site);
                self.coUninitialize();
            });
            ThreadBody worker = self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                Expect.succeeded(self.waitForEvent(ready), "wait for the site");
                InterfacePointer site = Expect.succeeded(self.getInterfaceFromGlobal(cookie[0], ISITE), "get");
                for (int i = 0; i < calls; i++) {
                    Expect.succeeded(self.call(site, CountingSite.WORK), "Work");
                }
                Expect.succeeded(self.call(site, CountingSite.DONE), "Done");
                self.release(site);
                self.coUninitialize();
            };
            ComThread[] started = new ComThread[workers];
            for (int i = 0; i < workers; i++) {
                started[i] = process.newThread("worker-" + (i + 1));
            }
            if (declared) {
                threads.declareInterchangeable(started);
            }
            for (ComThread thread : started) {
                threads.start(thread, worker);
            }
        };
    }

    /** The site: counts {@code Done} calls, and signals the main thread at the last. */
    static final class CountingSite extends ComObject {
        static final String WORK = "Work";
        static final String DONE = "Done";
        private final int expected;
        private final ComEvent allDone;
        private int done;

        CountingSite(ComThread creator, int expected, ComEvent allDone) {
            super(creator, "Site", ISITE);
            this.expected = expected;
            this.allDone = allDone;
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            if (DONE.equals(method)) {
                if (++done == expected) {
                    executing.setEvent(allDone);
                }
                return CallResult.ok(null);
            }
            return WORK.equals(method) ? CallResult.ok(null) : CallResult.fail(HResult.E_NOINTERFACE);
        }
    }
}
