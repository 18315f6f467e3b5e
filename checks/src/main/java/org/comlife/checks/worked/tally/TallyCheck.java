package org.comlife.checks.worked.tally;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;

/**
 * The README's tutorial ("Check your own program"), step 1: a Tally server whose shutdown logic
 * is written wrongly, and clients that each create a Tally, add to it and release it. The server
 * decides to quit when its own count of live Tallies reaches zero; a client whose activation is
 * already on its way then gets a Tally from a server that is leaving. Expected: a violation of
 * invariant 2 (the server commits shutdown while a client holds a Tally). Step 2, the fix, is
 * {@link FixedTallyCheck}: decide on what CoReleaseServerProcess returns.
 */
public final class TallyCheck implements Program {
    static final Clsid CLSID_Tally = new Clsid("Tally");
    static final Iid ITally = new Iid("ITally");

    private final int clients;
    private final int adds;

    private final boolean fixed;

    public TallyCheck(ProgramParameters parameters) {
        this(parameters, false);
    }

    /** The program with the bug, or ({@code fixed}) with its fix. */
    TallyCheck(ProgramParameters parameters, boolean fixed) {
        clients = parameters.intValue("clients", 2, 1, 3);
        adds = parameters.intValue("adds", 1, 0, 3);
        this.fixed = fixed;
    }

    @Override
    public void start(ComWorld world, ThreadStarter threads) {
        world.scm().registerLauncher(CLSID_Tally, TallyServer.launcher(threads, fixed));
        ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
        for (int i = 1; i <= clients; i++) {
            threads.start(app.newThread("client-" + i), this::client);
        }
    }

    private void client(ComThread self) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
        InterfacePointer tally = Expect.succeeded(self.coCreateInstance(CLSID_Tally, ITally), "CoCreateInstance");
        for (int i = 0; i < adds; i++) {
            Expect.succeeded(self.call(tally, "Add", 1), "Add");
        }
        self.release(tally);
        self.coUninitialize();
    }

    /** The server process the SCM launches: its main STA registers the class and pumps until told to quit. */
    static final class TallyServer {
        final ComThread main;
        final AtomicInteger liveTallies = new AtomicInteger();
        final boolean fixed;

        TallyServer(ComThread main, boolean fixed) {
            this.main = main;
            this.fixed = fixed;
        }

        static ServerLauncher launcher(ThreadStarter threads, boolean fixed) {
            AtomicInteger launches = new AtomicInteger();
            return world -> {
                ComProcess process = world.newProcess("tally-server-" + launches.incrementAndGet(), ProcessRole.SERVER);
                TallyServer server = new TallyServer(process.newThread("main"), fixed);
                threads.start(server.main, server::run);
                return process;
            };
        }

        void run(ComThread self) {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            TallyFactory factory = new TallyFactory(self, this);
            int cookie = Expect.succeeded(self.coRegisterClassObject(CLSID_Tally, factory, ClsCtx.LOCAL_SERVER,
                    RegCls.MULTIPLEUSE | RegCls.SUSPENDED), "CoRegisterClassObject");
            self.release(factory);
            Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
            Expect.succeeded(self.runMessageLoop(), "message loop");
            Expect.succeeded(self.coRevokeClassObject(cookie), "CoRevokeClassObject");
            self.coUninitialize();
            self.exitProcess();
        }
    }

    /** IClassFactory of Tally: CreateInstance makes a Tally; the last LockServer(FALSE) ends the server. */
    static final class TallyFactory extends ClassFactory {
        private final TallyServer server;

        TallyFactory(ComThread creator, TallyServer server) {
            super(creator, "TallyFactory");
            this.server = server;
        }

        @Override
        protected CallResult createInstance(ComThread executing, Iid iid) {
            if (!iid.equals(ITally) && !iid.equals(Iid.IUnknown)) {
                return CallResult.fail(HResult.E_NOINTERFACE);
            }
            return CallResult.ok(new Tally(executing, server));
        }

        @Override
        protected void onLastLockReleased(ComThread executing) {
            executing.postQuit(server.main);
        }
    }

    /** The Tally object: keeps the server alive while it lives, and its last Release may end the server. */
    static final class Tally extends ComObject {
        private final TallyServer server;
        private int total;

        Tally(ComThread creator, TallyServer server) {
            super(creator, "Tally", ITally);
            this.server = server;
            creator.coAddRefServerProcess();
            server.liveTallies.incrementAndGet();
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            if (!method.equals("Add")) {
                return CallResult.fail(HResult.E_NOINTERFACE);
            }
            Integer amount = argument(arguments, 0, Integer.class);
            total += amount == null ? 0 : amount;
            return CallResult.ok(total);
        }

        @Override
        protected void onFinalRelease(ComThread releasing) {
            if (server.fixed) {
                // The fix: COM's count decides, and the release that returns 0 has suspended the class.
                if (releasing.coReleaseServerProcess() == 0) {
                    releasing.postQuit(server.main);
                }
                return;
            }
            releasing.coReleaseServerProcess();
            // The bug: the server decides on its own count of Tallies, not on COM's count.
            if (server.liveTallies.decrementAndGet() == 0) {
                releasing.postQuit(server.main);
            }
        }
    }
}
