package org.comlife.checks.coverage.programs;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/** An application process whose main thread joins an STA and whose worker joins the MTA, then each runs its part. */
final class MainAndWorker {
    private MainAndWorker() {
    }

    static void start(ComWorld world, ThreadStarter threads, Part main, Part worker) {
        ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
        threads.start(process.newThread("main"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            main.run(self, process);
        });
        threads.start(process.newThread("worker"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            worker.run(self, process);
        });
    }

    /** What one of the two threads does once it is in its apartment. */
    @FunctionalInterface
    interface Part {
        void run(ComThread self, ComProcess process) throws Exception;
    }
}
