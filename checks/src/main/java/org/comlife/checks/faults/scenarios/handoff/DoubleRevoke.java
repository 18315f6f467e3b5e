package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ServiceProvider;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault double-revoke: the main STA registers the site in the Global Interface Table; the
 * background thread fetches it, and when it is done "cleans up" by revoking the cookie, which
 * is the owner's job. The main thread revokes it again at its own teardown: E_INVALIDARG, and
 * a cookie revoked twice.
 *
 * <p>The fix ({@link #startFixed}): the cookie has one owner, the thread that registered it;
 * users only fetch and release.
 */
public final class DoubleRevoke {
    private DoubleRevoke() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, true);
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, false);
    }

    private static void run(ComWorld world, ThreadStarter threads, boolean backgroundRevokes) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread background = devenv.newThread("background");
        ComEvent siteRegistered = world.newEvent("site-registered");
        ComEvent backgroundDone = world.newEvent("background-done");
        int[] cookie = new int[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            cookie[0] = Expect.succeeded(self.registerInterfaceInGlobal(site, Iid.IServiceProvider),
                    "RegisterInterfaceInGlobal");
            self.release(site);
            self.setEvent(siteRegistered);
            Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for the background thread");
            self.revokeInterfaceFromGlobal(cookie[0]);
        });
        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteRegistered), "wait for the registration");
            InterfacePointer site = Expect.succeeded(self.getInterfaceFromGlobal(cookie[0], Iid.IServiceProvider),
                    "GetInterfaceFromGlobal");
            self.release(site);
            if (backgroundRevokes) {
                // The bug: this thread does not own the cookie; the main thread revokes it too.
                self.revokeInterfaceFromGlobal(cookie[0]);
            }
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });
    }
}
