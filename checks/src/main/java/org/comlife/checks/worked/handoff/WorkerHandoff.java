package org.comlife.checks.worked.handoff;

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
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;

/**
 * A worked program: an editor's main STA hands its Document to worker threads. For each worker
 * it marshals the pointer into a stream of its own ({@code CoMarshalInterThreadInterfaceInStream}),
 * then pumps while the workers run; each worker unmarshals its stream once
 * ({@code CoGetInterfaceAndReleaseStream}), reads through the proxy (the calls run on the main
 * STA) and releases it. Expected: no violation on any engine.
 *
 * <p>Parameters: {@code workers} (1..3, default 2), {@code reads} each worker makes (0..3,
 * default 1).
 */
public final class WorkerHandoff implements Program {
    static final Iid IDocument = new Iid("IDocument");

    private final int workers;
    private final int reads;

    public WorkerHandoff(ProgramParameters parameters) {
        workers = parameters.intValue("workers", 2, 1, 3);
        reads = parameters.intValue("reads", 1, 0, 3);
    }

    @Override
    public void start(ComWorld world, ThreadStarter threads) {
        ComProcess editor = world.newProcess("editor", ProcessRole.CLIENT);
        ComEvent handedOff = world.newEvent("handed-off");
        MarshalStream[] streams = new MarshalStream[workers];
        ComEvent[] done = new ComEvent[workers];
        for (int i = 0; i < workers; i++) {
            done[i] = world.newEvent("worker-" + (i + 1) + "-done");
        }
        threads.start(editor.newThread("main"), self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            Document document = new Document(self);
            for (int i = 0; i < workers; i++) {
                // One stream per worker: a stream is unmarshaled exactly once.
                streams[i] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(IDocument, document),
                        "CoMarshalInterThreadInterfaceInStream");
            }
            self.setEvent(handedOff);
            for (ComEvent finished : done) {
                // Pumping: the workers' calls through their proxies run here.
                Expect.succeeded(self.waitForEventPumping(finished), "wait for a worker");
            }
            self.release(document);
            self.coUninitialize();
        });
        for (int i = 0; i < workers; i++) {
            int mine = i;
            threads.start(editor.newThread("worker-" + (i + 1)), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                Expect.succeeded(self.waitForEvent(handedOff), "wait for the hand-off");
                InterfacePointer document = Expect.succeeded(
                        self.coGetInterfaceAndReleaseStream(streams[mine], IDocument), "CoGetInterfaceAndReleaseStream");
                for (int read = 0; read < reads; read++) {
                    Expect.succeeded(self.call(document, "Read"), "Read");
                }
                self.release(document);
                self.setEvent(done[mine]);
                self.coUninitialize();
            });
        }
    }

    /** The editor's document: an object of the main STA, so only a proxy may reach it from a worker. */
    static final class Document extends ComObject {
        Document(ComThread creator) {
            super(creator, "Document", IDocument);
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return method.equals("Read") ? CallResult.ok("text read on " + executing.name())
                    : CallResult.fail(HResult.E_NOINTERFACE);
        }
    }
}
