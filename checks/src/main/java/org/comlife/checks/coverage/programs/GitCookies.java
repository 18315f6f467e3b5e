package org.comlife.checks.coverage.programs;

import org.comlife.checks.property.action.LocalSite;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Two GIT cookies of objects of the main STA: main fetches the first in its own apartment (the
 * object itself), the MTA worker fetches both (proxies, called), fetches the second for an
 * interface the object lacks (E_NOINTERFACE), revokes it (S_OK) and fetches it again
 * (E_INVALIDARG), and revokes a cookie never registered (E_INVALIDARG); main revokes the first.
 * Each object dies with main's release.
 */
public final class GitCookies {
    private GitCookies() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        ComEvent registered = world.newEvent("cookies-registered");
        ComEvent used = world.newEvent("worker-done");
        MainAndWorker.start(world, threads, (self, process) -> {
            ComObject first = new LocalSite(self);
            ComObject second = new LocalSite(self);
            int firstCookie = Expect.succeeded(self.registerInterfaceInGlobal(first, ChainClasses.ISITE), "register");
            Expect.succeeded(self.registerInterfaceInGlobal(second, ChainClasses.ISITE), "register");
            self.release(Answer.theObject(self.getInterfaceFromGlobal(firstCookie, ChainClasses.ISITE), first,
                    "GetInterfaceFromGlobal in the object's own apartment"));
            self.setEvent(registered);
            Expect.succeeded(self.waitForEventPumping(used), "pump until the worker is done");
            Answer.is(self.revokeInterfaceFromGlobal(firstCookie), HResult.S_OK, "RevokeInterfaceFromGlobal");
            Answer.lastReference(self, first);
            Answer.lastReference(self, second);
            self.coUninitialize();
        }, (self, process) -> {
            Expect.succeeded(self.waitForEvent(registered), "wait for the cookies");
            // The cookies main registered, in order (the GIT of the process is the model's).
            var cookies = process.globalInterfaceTable().cookies();
            for (int cookie : cookies) {
                InterfacePointer proxy = Answer.aProxy(self.getInterfaceFromGlobal(cookie, ChainClasses.ISITE),
                        "GetInterfaceFromGlobal in another apartment");
                Expect.succeeded(self.call(proxy, "Work"), "Work through the proxy");
                self.release(proxy);
            }
            int second = cookies.get(1);
            Answer.is(self.getInterfaceFromGlobal(second, ChainClasses.IUNSUPPORTED).hr(), HResult.E_NOINTERFACE,
                    "GetInterfaceFromGlobal for an interface the object lacks");
            Answer.is(self.revokeInterfaceFromGlobal(second), HResult.S_OK, "RevokeInterfaceFromGlobal");
            Answer.is(self.getInterfaceFromGlobal(second, ChainClasses.ISITE).hr(), HResult.E_INVALIDARG,
                    "GetInterfaceFromGlobal of a revoked cookie");
            Answer.is(self.revokeInterfaceFromGlobal(0), HResult.E_INVALIDARG,
                    "RevokeInterfaceFromGlobal of a cookie never registered");
            self.setEvent(used);
            self.coUninitialize();
        });
    }
}
