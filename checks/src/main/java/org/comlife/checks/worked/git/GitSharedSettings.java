package org.comlife.checks.worked.git;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;

/**
 * A worked program: an application's main STA shares its Settings object through the Global
 * Interface Table. It registers the object once and hands the cookie to two readers, one in the
 * MTA and one in an STA of its own; each asks the GIT for a pointer of its own apartment every
 * time it reads ({@code GetInterfaceFromGlobal} may be called any number of times), and releases
 * it. When both are done, the main thread revokes the cookie, once. Expected: no violation on any
 * engine.
 *
 * <p>Parameter: {@code reads} each reader makes (1..3, default 1).
 */
public final class GitSharedSettings implements Program {
    static final Iid ISettings = new Iid("ISettings");

    private final int reads;

    public GitSharedSettings(ProgramParameters parameters) {
        reads = parameters.intValue("reads", 1, 1, 3);
    }

    @Override
    public void start(ComWorld world, ThreadStarter threads) {
        ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
        ComEvent registered = world.newEvent("registered");
        ComEvent mtaDone = world.newEvent("mta-reader-done");
        ComEvent staDone = world.newEvent("sta-reader-done");
        int[] cookie = new int[1];
        threads.start(app.newThread("main"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            Settings settings = new Settings(self);
            cookie[0] = Expect.succeeded(self.registerInterfaceInGlobal(settings, ISettings),
                    "RegisterInterfaceInGlobal");
            self.release(settings); // the GIT keeps it alive until revoked
            self.setEvent(registered);
            Expect.succeeded(self.waitForEventPumping(mtaDone), "wait for the MTA reader");
            Expect.succeeded(self.waitForEventPumping(staDone), "wait for the STA reader");
            Expect.succeeded(self.revokeInterfaceFromGlobal(cookie[0]), "RevokeInterfaceFromGlobal");
            self.coUninitialize();
        });
        threads.start(app.newThread("mta-reader"),
                self -> reader(self, ApartmentKind.MTA, registered, cookie, mtaDone));
        threads.start(app.newThread("sta-reader"),
                self -> reader(self, ApartmentKind.STA, registered, cookie, staDone));
    }

    private void reader(ComThread self, ApartmentKind apartment, ComEvent registered, int[] cookie, ComEvent done) {
        Expect.succeeded(self.coInitializeEx(apartment), "CoInitializeEx");
        Expect.succeeded(self.waitForEvent(registered), "wait for the registration");
        for (int read = 0; read < reads; read++) {
            InterfacePointer settings = Expect.succeeded(self.getInterfaceFromGlobal(cookie[0], ISettings),
                    "GetInterfaceFromGlobal");
            Expect.succeeded(self.call(settings, "Get", "theme"), "Get");
            self.release(settings);
        }
        self.setEvent(done);
        self.coUninitialize();
    }

    /** The application's settings: an object of the main STA. */
    static final class Settings extends ComObject {
        Settings(ComThread creator) {
            super(creator, "Settings", ISettings);
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return method.equals("Get") ? CallResult.ok("dark") : CallResult.fail(HResult.E_NOINTERFACE);
        }
    }
}
