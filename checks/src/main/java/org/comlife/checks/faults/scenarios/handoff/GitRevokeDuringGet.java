package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ServiceProvider;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * A correct program that races a GIT revoke with a get: the main STA registers the site, then
 * the package closes and revokes the cookie while the background thread fetches the site. The
 * background thread accepts either outcome the contract allows: the get came first (S_OK, a
 * connected pointer) or the revoke did (E_INVALIDARG). Any other answer means the table let
 * the revoke into the middle of the get, and the thread fails with it.
 *
 * <p>Under the API-step scheduler a get and a revoke never overlap, so the reference and a
 * non-atomic table behave alike; on real threads (Lincheck, JPF) they can.
 */
public final class GitRevokeDuringGet {
    private GitRevokeDuringGet() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
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
            // The package closes: the owner revokes without waiting for the background thread.
            Expect.succeeded(self.revokeInterfaceFromGlobal(cookie[0]), "RevokeInterfaceFromGlobal");
            Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for the background thread");
        });
        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteRegistered), "wait for the registration");
            ComResult<InterfacePointer> site = self.getInterfaceFromGlobal(cookie[0], Iid.IServiceProvider);
            if (site.succeeded()) {
                self.release(site.value());
            } else if (site.hr() != HResult.E_INVALIDARG) {
                throw new IllegalStateException("GetInterfaceFromGlobal answered " + site.hr()
                        + " for a cookie that was either valid or revoked");
            }
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });
    }
}
