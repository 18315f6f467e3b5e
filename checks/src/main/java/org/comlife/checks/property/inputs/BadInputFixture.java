package org.comlife.checks.property.inputs;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.action.LocalSite;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * A world in a known state for bad-input calls, set up correctly on one Java thread (no call in
 * it blocks): a client with its main STA (a local site, a factory registered in-process, a GIT
 * cookie and a revoked one, a stream still pending, an empty stream, a stream whose NORMAL packet
 * was unmarshaled, two whose table packets were released) and an MTA thread holding a proxy to
 * the site and a stream it already consumed, and a proxy (and a TABLESTRONG packet) of an object
 * whose STA thread left COM; and a foreign process whose thread never joined an apartment.
 */
final class BadInputFixture {
    static final Clsid REGISTERED = new Clsid("FixtureClass");

    final ComWorld world;
    final ComThread main;
    final ComThread background;
    final ComThread stranger;
    final LocalSite site;
    final FixtureFactory factory;
    final InterfacePointer backgroundProxy;
    final MarshalStream pending;
    final MarshalStream released;
    final MarshalStream empty;
    final MarshalStream consumed;
    final MarshalStream releasedStrong;
    final MarshalStream releasedWeak;
    final MarshalStream orphanedTable;
    final InterfacePointer deadProxy;
    final int cookie;
    final int revokedCookie;
    final int classCookie;
    final ComEvent event;

    BadInputFixture(RuntimeHelpers implementation) {
        world = new ComWorld(implementation);
        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        main = client.newThread("main");
        background = client.newThread("background");
        stranger = world.newProcess("foreign", ProcessRole.CLIENT).newThread("stranger");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        site = new LocalSite(main);
        factory = new FixtureFactory(main);
        classCookie = main.coRegisterClassObject(REGISTERED, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE).value();
        pending = main.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, site).value();
        released = main.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, site).value();
        backgroundProxy = background.coGetInterfaceAndReleaseStream(released, ChainClasses.ISITE).value();
        empty = main.createStream();
        consumed = tableOrNormal(main, site, MarshalFlags.NORMAL);
        background.coUnmarshalInterface(consumed, ChainClasses.ISITE);
        background.rewindStream(consumed);
        releasedStrong = tableOrNormal(main, site, MarshalFlags.TABLESTRONG);
        releasedWeak = tableOrNormal(main, site, MarshalFlags.TABLEWEAK);
        for (MarshalStream table : List.of(releasedStrong, releasedWeak)) {
            main.coReleaseMarshalData(table);
            main.rewindStream(table);
        }
        ComThread doomed = client.newThread("doomed");
        doomed.coInitializeEx(ApartmentKind.STA);
        LocalSite doomedSite = new LocalSite(doomed);
        orphanedTable = tableOrNormal(doomed, doomedSite, MarshalFlags.TABLESTRONG);
        deadProxy = background.coGetInterfaceAndReleaseStream(
                doomed.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, doomedSite).value(),
                ChainClasses.ISITE).value();
        doomed.release(doomedSite);
        doomed.coUninitialize();
        cookie = main.registerInterfaceInGlobal(site, ChainClasses.ISITE).value();
        revokedCookie = main.registerInterfaceInGlobal(site, ChainClasses.ISITE).value();
        main.revokeInterfaceFromGlobal(revokedCookie);
        event = world.newEvent("fixture");
    }

    /** A new stream holding a packet of the object with the flags, rewound. */
    private static MarshalStream tableOrNormal(ComThread owner, LocalSite object, MarshalFlags flags) {
        MarshalStream stream = owner.createStream();
        owner.coMarshalInterface(stream, ChainClasses.ISITE, object, flags);
        owner.rewindStream(stream);
        return stream;
    }

    /** The cookies, stream ids and registrations a "random unknown" value must avoid. */
    List<Integer> knownNumbers() {
        return List.of(cookie, revokedCookie, classCookie);
    }

    /** The reference counts of the fixture's own objects, which the snapshot does not show. */
    List<Integer> objectCounts() {
        List<Integer> counts = new ArrayList<>();
        for (ComObject object : List.<ComObject>of(site, factory)) {
            counts.add(object.refCount());
        }
        return counts;
    }
}
