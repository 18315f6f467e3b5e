package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ServiceProvider;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadBody;
import org.comlife.model.program.ThreadStarter;

/**
 * The Visual Studio side of the stream handoff: the devenv process, its main STA and its
 * background thread, and the main thread's part written right. In {@code SetSite} the main
 * thread marshals the site into a stream for the background thread, then pumps until the
 * background thread is done, so calls through the background thread's proxy can run. The
 * scenarios built on it differ only in what the background thread does with the stream.
 *
 * <p>The main thread never calls CoUninitialize, as a shell's main thread does not: its
 * apartment lives until the thread ends, and only then does COM tear it down.
 */
final class Devenv {
    private final ComThread main;
    private final ComThread background;
    private final ComEvent siteMarshaled;
    private final ComEvent backgroundDone;
    // Written by the main thread before it sets siteMarshaled; read after waiting for it.
    private final MarshalStream[] stream = new MarshalStream[1];

    Devenv(ComWorld world) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        this.main = devenv.newThread("main");
        this.background = devenv.newThread("background");
        this.siteMarshaled = world.newEvent("site-marshaled");
        this.backgroundDone = world.newEvent("background-done");
    }

    /** Starts the main thread, and the background thread running the given body. */
    void start(ThreadStarter threads, ThreadBody backgroundBody) {
        threads.start(main, self -> runMain(self));
        threads.start(background, backgroundBody);
    }

    ComEvent siteMarshaled() {
        return siteMarshaled;
    }

    ComEvent backgroundDone() {
        return backgroundDone;
    }

    /** The stream holding the site's packet; valid once siteMarshaled is set. */
    MarshalStream stream() {
        return stream[0];
    }

    private void runMain(ComThread self) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
        ServiceProvider site = new ServiceProvider(self);
        stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                "marshal the site");
        self.setEvent(siteMarshaled);
        Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for the background thread");
        self.release(site);
    }
}
