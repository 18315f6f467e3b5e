package org.comlife.model.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.Apartment;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.EntityRef;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.comlife.model.Registration;
import org.comlife.model.StubManager;
import org.comlife.model.journal.PlainValue;
import org.comlife.model.journal.Violation;

/**
 * The state of a whole world as plain values: what the invariants are evaluated over, and
 * what an explorer compares to recognise a state it has seen. Take it while no logical
 * thread is in the middle of a call; it is then exact.
 *
 * <p>Every field that designates a numbered entity (an apartment, object, stub, proxy, stream,
 * packet, or a cookie) is an {@link EntityRef}, and what is more than a word (a call waiting in
 * a queue, what a thread waits for) is a {@link PlainValue}: an explorer can rename the entities
 * of a state without reading any text.
 */
public record WorldSnapshot(List<ProcessSnapshot> processes, List<ThreadSnapshot> threads,
                            List<StreamSnapshot> streams, List<PacketSnapshot> packets,
                            List<Violation> violations, boolean deadlocked, int journalSize,
                            List<EventSnapshot> events, List<ObjectSnapshot> objects, int launches) {

    /** Reads the world's current state. */
    public static WorldSnapshot of(ComWorld world) {
        List<ProcessSnapshot> processes = new ArrayList<>();
        for (ComProcess process : world.processes()) {
            processes.add(process(process));
        }
        List<ThreadSnapshot> threads = new ArrayList<>();
        for (ComThread thread : world.threads()) {
            Apartment apartment = thread.apartment();
            Object waitingFor = thread.waitingFor();
            threads.add(new ThreadSnapshot(thread.process().name(), thread.name(),
                    apartment == null ? null : EntityRef.of(apartment), thread.initCount(), thread.waitMode(),
                    waitingFor == null ? null : PlainValue.of(waitingFor)));
        }
        List<StreamSnapshot> streams = new ArrayList<>();
        for (MarshalStream stream : world.streams()) {
            streams.add(new StreamSnapshot(EntityRef.of(stream), stream.refCount(), stream.position(),
                    stream.packets().size()));
        }
        List<PacketSnapshot> packets = new ArrayList<>();
        for (MarshalPacket packet : world.packets()) {
            packets.add(new PacketSnapshot(EntityRef.of(packet), packet.flags(), EntityRef.of(packet.stub().object()),
                    packet.stub().apartment().process().name(), packet.isConsumed(), packet.isReleased(),
                    packet.hasEnded()));
        }
        List<EventSnapshot> events = new ArrayList<>();
        for (ComEvent event : world.events()) {
            events.add(new EventSnapshot(event.name(), event.isSet()));
        }
        List<ObjectSnapshot> objects = new ArrayList<>();
        for (ComObject object : world.liveObjects()) {
            objects.add(new ObjectSnapshot(EntityRef.of(object), object.name(), EntityRef.of(object.home()),
                    object.refCount()));
        }
        return new WorldSnapshot(processes, threads, streams, packets, world.violations(), world.isDeadlocked(),
                world.journal().size(), events, objects, world.scm().launches());
    }

    private static ProcessSnapshot process(ComProcess process) {
        List<RegistrationSnapshot> registrations = new ArrayList<>();
        for (Registration registration : process.classTable().registrations()) {
            registrations.add(new RegistrationSnapshot(EntityRef.classRegistration(registration.cookie()),
                    registration.clsid().name(),
                    registration.flags(), registration.isPublished(), registration.isUsed()));
        }
        List<ApartmentSnapshot> apartments = new ArrayList<>();
        for (Apartment apartment : process.apartments()) {
            apartments.add(apartment(apartment));
        }
        List<EntityRef> gitCookies = new ArrayList<>();
        for (int cookie : process.globalInterfaceTable().cookies()) {
            gitCookies.add(EntityRef.gitCookie(cookie));
        }
        return new ProcessSnapshot(process.name(), process.role(), process.serverProcessCount().count(),
                process.serverProcessCount().isSuspended(), process.isShutdownCommitted(), process.isExited(),
                registrations, apartments, gitCookies, process.mtaMembers(),
                process.hasEverPublished(), process.isResumed());
    }

    private static ApartmentSnapshot apartment(Apartment apartment) {
        List<StubSnapshot> stubs = new ArrayList<>();
        for (StubManager stub : apartment.stubs()) {
            stubs.add(new StubSnapshot(EntityRef.of(stub), EntityRef.of(stub.object()), stub.object().name(),
                    stub.object() instanceof ClassFactory, stub.extRefs(), stub.weakRefs(), stub.isDisconnected(),
                    stub.object().isDestroyed()));
        }
        List<ProxySnapshot> proxies = new ArrayList<>();
        for (Proxy proxy : apartment.proxies()) {
            proxies.add(new ProxySnapshot(EntityRef.of(proxy), EntityRef.of(proxy.target()),
                    proxy.stub().apartment().process().name(),
                    proxy.target() instanceof ClassFactory, proxy.refCount(), proxy.remoteRefs(),
                    proxy.implicitLocks(), proxy.isConnected()));
        }
        String owner = apartment.owner() == null ? null : apartment.owner().name();
        return new ApartmentSnapshot(EntityRef.of(apartment), apartment.kind(), owner, apartment.isAlive(),
                apartment.isQuitPosted(), stubs, proxies, apartment.queuedCallValues());
    }

    /** The process with this name, or null. */
    public ProcessSnapshot process(String name) {
        for (ProcessSnapshot process : processes) {
            if (process.name().equals(name)) {
                return process;
            }
        }
        return null;
    }

    /** Every proxy held in a live apartment of a running process that designates an object of {@code server}. */
    public List<ProxySnapshot> heldReferencesTo(String server) {
        List<ProxySnapshot> held = new ArrayList<>();
        for (ProcessSnapshot client : processes) {
            if (client.exited() || client.name().equals(server)) {
                continue;
            }
            for (ApartmentSnapshot apartment : client.apartments()) {
                if (!apartment.alive()) {
                    continue;
                }
                for (ProxySnapshot proxy : apartment.proxies()) {
                    if (proxy.held() && proxy.serverProcess().equals(server)) {
                        held.add(proxy);
                    }
                }
            }
        }
        return held;
    }
}
