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
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.comlife.model.Registration;
import org.comlife.model.StubManager;
import org.comlife.model.journal.Violation;

/**
 * The state of a whole world as plain values: what the invariants are evaluated over, and
 * what an explorer compares to recognise a state it has seen. Take it while no logical
 * thread is in the middle of a call; it is then exact.
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
            threads.add(new ThreadSnapshot(thread.process().name(), thread.name(),
                    apartment == null ? "none" : apartment.toString(), thread.initCount(), thread.waitMode(),
                    thread.waitingFor()));
        }
        List<StreamSnapshot> streams = new ArrayList<>();
        for (MarshalStream stream : world.streams()) {
            streams.add(new StreamSnapshot(stream.id(), stream.refCount(), stream.position(), stream.packets().size()));
        }
        List<PacketSnapshot> packets = new ArrayList<>();
        for (MarshalPacket packet : world.packets()) {
            packets.add(new PacketSnapshot(packet.id(), packet.flags(), packet.stub().object().id(),
                    packet.stub().apartment().process().name(), packet.isConsumed(), packet.isReleased(),
                    packet.hasEnded()));
        }
        List<EventSnapshot> events = new ArrayList<>();
        for (ComEvent event : world.events()) {
            events.add(new EventSnapshot(event.name(), event.isSet()));
        }
        List<ObjectSnapshot> objects = new ArrayList<>();
        for (ComObject object : world.liveObjects()) {
            objects.add(new ObjectSnapshot(object.id(), object.name(), object.home().id(), object.refCount()));
        }
        return new WorldSnapshot(processes, threads, streams, packets, world.violations(), world.isDeadlocked(),
                world.journal().size(), events, objects, world.scm().launches());
    }

    private static ProcessSnapshot process(ComProcess process) {
        List<RegistrationSnapshot> registrations = new ArrayList<>();
        for (Registration registration : process.classTable().registrations()) {
            registrations.add(new RegistrationSnapshot(registration.cookie(), registration.clsid().name(),
                    registration.flags(), registration.isPublished(), registration.isUsed()));
        }
        List<ApartmentSnapshot> apartments = new ArrayList<>();
        for (Apartment apartment : process.apartments()) {
            apartments.add(apartment(apartment));
        }
        return new ProcessSnapshot(process.name(), process.role(), process.serverProcessCount().count(),
                process.serverProcessCount().isSuspended(), process.isShutdownCommitted(), process.isExited(),
                registrations, apartments, process.globalInterfaceTable().cookies(), process.mtaMembers(),
                process.hasEverPublished(), process.isResumed());
    }

    private static ApartmentSnapshot apartment(Apartment apartment) {
        List<StubSnapshot> stubs = new ArrayList<>();
        for (StubManager stub : apartment.stubs()) {
            stubs.add(new StubSnapshot(stub.id(), stub.object().id(), stub.object().name(),
                    stub.object() instanceof ClassFactory, stub.extRefs(), stub.weakRefs(), stub.isDisconnected()));
        }
        List<ProxySnapshot> proxies = new ArrayList<>();
        for (Proxy proxy : apartment.proxies()) {
            proxies.add(new ProxySnapshot(proxy.id(), proxy.target().id(), proxy.stub().apartment().process().name(),
                    proxy.target() instanceof ClassFactory, proxy.refCount(), proxy.remoteRefs(),
                    proxy.implicitLocks(), proxy.isConnected()));
        }
        String owner = apartment.owner() == null ? null : apartment.owner().name();
        return new ApartmentSnapshot(apartment.id(), apartment.kind(), owner, apartment.isAlive(),
                apartment.isQuitPosted(), stubs, proxies, apartment.queuedCallsDescribed());
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
