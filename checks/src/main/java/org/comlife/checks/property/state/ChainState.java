package org.comlife.checks.property.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.server.ServerPlan;
import org.comlife.model.Clsid;
import org.comlife.model.MarshalFlags;

/**
 * The abstract state of a chain after a prefix of its actions, in generation order: which
 * threads can still act, every handle with its holder, object and status, and the facts the
 * program builder needs (which STA threads other threads call into). Actions state their
 * preconditions and effects over it; the generator proposes only actions whose precondition
 * holds, so every generated chain is a valid sequential use of the API.
 */
public final class ChainState {
    private final List<ChainThread> threads;
    private final ServerPlan server;
    private final boolean[] uninitialized;
    private final boolean[] waitsForever;
    private final boolean[] calledFromOtherThreads;
    private final Map<Handle, HandleInfo> handles = new LinkedHashMap<>();
    private final Map<Handle, Handle> tableSources = new LinkedHashMap<>();
    private final Map<Handle, MarshalFlags> tableFlags = new LinkedHashMap<>();
    private int nextNumber = 1;

    public ChainState(List<ChainThread> threads, ServerPlan server) {
        this.threads = List.copyOf(threads);
        this.server = server;
        this.uninitialized = new boolean[threads.size()];
        this.waitsForever = new boolean[threads.size()];
        this.calledFromOtherThreads = new boolean[threads.size()];
    }

    /** An independent copy, to try a group of steps on before adding them. */
    public ChainState copy() {
        ChainState copy = new ChainState(threads, server);
        System.arraycopy(uninitialized, 0, copy.uninitialized, 0, uninitialized.length);
        System.arraycopy(waitsForever, 0, copy.waitsForever, 0, waitsForever.length);
        System.arraycopy(calledFromOtherThreads, 0, copy.calledFromOtherThreads, 0, calledFromOtherThreads.length);
        copy.handles.putAll(handles);
        copy.tableSources.putAll(tableSources);
        copy.tableFlags.putAll(tableFlags);
        copy.nextNumber = nextNumber;
        return copy;
    }

    public List<ChainThread> threads() {
        return threads;
    }

    /** Whether the chain's server registers the class (activating another would launch a server for nothing). */
    public boolean serves(Clsid clsid) {
        return ChainClasses.SAMPLE.equals(clsid) || (server.secondClass() && ChainClasses.SECOND.equals(clsid));
    }

    public ThreadApartment apartment(int thread) {
        return threads.get(thread).apartment();
    }

    /** A fresh handle number, for an action the generator is about to propose. */
    public Handle mint(HandleKind kind) {
        return new Handle(nextNumber, kind);
    }

    // ---- threads --------------------------------------------------------------------------

    /** The thread can still act: it neither left COM nor entered its final wait. */
    public boolean active(int thread) {
        return !uninitialized[thread] && !waitsForever[thread];
    }

    /** The thread is in an apartment of its own choosing (it called CoInitializeEx and has not left). */
    public boolean initialized(int thread) {
        return apartment(thread) != ThreadApartment.NONE && !uninitialized[thread];
    }

    /** Two threads share an apartment: the same thread, or both in the MTA. */
    public boolean sameApartment(int a, int b) {
        return a == b || (apartment(a) == ThreadApartment.MTA && apartment(b) == ThreadApartment.MTA);
    }

    public void markUninitialized(int thread) {
        uninitialized[thread] = true;
    }

    public boolean isUninitialized(int thread) {
        return uninitialized[thread];
    }

    public void markWaitsForever(int thread) {
        waitsForever[thread] = true;
    }

    public boolean waitsForever(int thread) {
        return waitsForever[thread];
    }

    /** Notes that a thread other than its home calls an object of this STA thread, which must then pump. */
    public void markCalledFromOtherThread(int home) {
        calledFromOtherThreads[home] = true;
    }

    public boolean calledFromOtherThreads(int thread) {
        return calledFromOtherThreads[thread];
    }

    /** Whether the thread still holds anything it must give back before it leaves COM. */
    public boolean holdsAnything(int thread) {
        for (HandleInfo info : handles.values()) {
            if (info.holder() == thread && !info.status().closed()) {
                return true;
            }
        }
        return false;
    }

    // ---- handles --------------------------------------------------------------------------

    /** Registers a handle an action made (it must be fresh): its holder, object and status, no lock. */
    public void add(Handle made, int holder, ObjectOrigin origin, HandleStatus status) {
        if (!isFresh(made)) {
            throw new IllegalStateException(made + " is not a fresh handle");
        }
        handles.put(made, new HandleInfo(made, holder, origin, status, 0));
        nextNumber = Math.max(nextNumber, made.number() + 1);
    }

    /** Whether no handle of this number was made yet (numbers name handles across kinds). */
    public boolean isFresh(Handle handle) {
        for (Handle made : handles.keySet()) {
            if (made.number() == handle.number()) {
                return false;
            }
        }
        return true;
    }

    public HandleInfo info(Handle handle) {
        return handles.get(handle);
    }

    public void update(HandleInfo info) {
        handles.put(info.handle(), info);
    }

    /** Notes that a table stream was marshaled from this pointer, which must outlive its marshal data. */
    public void noteTableSource(Handle stream, Handle pointer, MarshalFlags flags) {
        tableSources.put(stream, pointer);
        tableFlags.put(stream, flags);
    }

    /** The flags a table stream was marshaled with, or null for another handle. */
    public MarshalFlags tableFlags(Handle stream) {
        return tableFlags.get(stream);
    }

    /** Whether the pointer is the source of a table stream whose marshal data is not yet released. */
    public boolean isTableSource(Handle pointer) {
        for (Map.Entry<Handle, Handle> source : tableSources.entrySet()) {
            if (source.getValue().equals(pointer) && handles.get(source.getKey()).status() == HandleStatus.TABLE) {
                return true;
            }
        }
        return false;
    }

    /** Every handle of a kind, in the order made. */
    public List<Handle> handles(HandleKind kind) {
        List<Handle> matching = new ArrayList<>();
        for (Handle handle : handles.keySet()) {
            if (handle.kind() == kind) {
                matching.add(handle);
            }
        }
        return matching;
    }

    /** Handles of a kind in a status, in the order made. */
    public List<HandleInfo> handles(HandleKind kind, HandleStatus status) {
        List<HandleInfo> matching = new ArrayList<>();
        for (HandleInfo info : handles.values()) {
            if (info.handle().kind() == kind && info.status() == status) {
                matching.add(info);
            }
        }
        return matching;
    }

    /**
     * Whether the pointer is the raw object in its holder's apartment (a local object used in
     * its own apartment) rather than a proxy.
     */
    public boolean isRaw(HandleInfo pointer) {
        ObjectOrigin origin = pointer.origin();
        return origin.isLocal() && (origin.home() == pointer.holder()
                || (origin.homeApartment() == ThreadApartment.MTA
                        && apartment(pointer.holder()) == ThreadApartment.MTA));
    }

    /** Why the chain could not end here (something still held), or null when everything was given back. */
    public String openHandles() {
        List<String> open = new ArrayList<>();
        for (HandleInfo info : handles.values()) {
            if (!info.status().closed() || info.locks() > 0) {
                open.add(info.handle() + " " + info.status().name().toLowerCase());
            }
        }
        return open.isEmpty() ? null : "still open: " + String.join(", ", open);
    }
}
