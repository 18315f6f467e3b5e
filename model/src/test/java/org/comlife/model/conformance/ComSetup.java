package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComResult;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;

/**
 * One fact's world: an application process (and servers when a fact needs one), its threads
 * made ready in the apartments the fact names. The logical threads are driven one call at a
 * time from the test's own Java thread, as the model allows; nothing here blocks, because the
 * facts that call into an STA use an MTA host or real threads of their own.
 */
final class ComSetup {
    /** The interface the suite's objects implement. */
    static final Iid IFoo = new Iid("IFoo");
    /** An interface no object of the suite implements. */
    static final Iid IBar = new Iid("IBar");
    /** The class the registration facts register. */
    static final Clsid CLSID_TEST = new Clsid("WineOOPTest");

    final ComWorld world = new ComWorld();
    final ComProcess app = world.newProcess("app", ProcessRole.CLIENT);

    /** A process that registers local-server classes (the SCM routes activations to it). */
    ComProcess server(String name) {
        return world.newProcess(name, ProcessRole.SERVER);
    }

    ComThread sta(String name) {
        return sta(app, name);
    }

    ComThread sta(ComProcess process, String name) {
        return joined(process, name, ApartmentKind.STA);
    }

    ComThread mta(String name) {
        return mta(app, name);
    }

    ComThread mta(ComProcess process, String name) {
        return joined(process, name, ApartmentKind.MTA);
    }

    /** A thread that never called CoInitializeEx. */
    ComThread bare(String name) {
        return app.newThread(name);
    }

    private static ComThread joined(ComProcess process, String name, ApartmentKind kind) {
        ComThread thread = process.newThread(name);
        assertThat(thread.coInitializeEx(kind)).as(name + " joins its apartment").isEqualTo(HResult.S_OK);
        return thread;
    }

    /** A new stream holding one packet of the pointer, marshaled by the thread with the flags, rewound. */
    static MarshalStream marshaled(ComThread thread, InterfacePointer pointer, MarshalFlags flags) {
        MarshalStream stream = thread.createStream();
        assertThat(thread.coMarshalInterface(stream, IFoo, pointer, flags)).as("CoMarshalInterface").isEqualTo(HResult.S_OK);
        assertThat(thread.rewindStream(stream)).isEqualTo(HResult.S_OK);
        return stream;
    }

    /**
     * The object handed from its host to the client as the first source document does: a NORMAL
     * packet, the host's own reference let go, the packet unmarshaled by the client (a proxy, or
     * the object itself in the host's apartment).
     */
    static InterfacePointer handedOver(ComThread host, InterfacePointer object, ComThread client) {
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);
        return unmarshalFromStart(client, stream);
    }

    /** Rewinds the stream and unmarshals its first packet on the thread, which must succeed. */
    static InterfacePointer unmarshalFromStart(ComThread thread, MarshalStream stream) {
        assertThat(thread.rewindStream(stream)).isEqualTo(HResult.S_OK);
        var result = thread.coUnmarshalInterface(stream, IFoo);
        assertThat(result.hr()).as("CoUnmarshalInterface").isEqualTo(HResult.S_OK);
        return result.value();
    }

    /** Rewinds the stream and releases the marshal data of its first packet. */
    static HResult releaseFromStart(ComThread thread, MarshalStream stream) {
        assertThat(thread.rewindStream(stream)).isEqualTo(HResult.S_OK);
        return thread.coReleaseMarshalData(stream);
    }

    /** Registers the suite's class with the factory on the thread, which must succeed; the cookie. */
    static int register(ComThread thread, TestFactory factory, ClsCtx context, int flags) {
        ComResult<Integer> cookie = thread.coRegisterClassObject(CLSID_TEST, factory, context, flags);
        assertThat(cookie.hr()).as("CoRegisterClassObject " + context + " " + RegCls.describe(flags))
                .isEqualTo(HResult.S_OK);
        return cookie.value();
    }
}
