package org.comlife.model.runtime;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;

/**
 * The GIT under one monitor. A get unmarshals while it holds the monitor, so a revoke cannot
 * release the entry's marshal data between the lookup and the unmarshal.
 *
 * <p>The entries are reached only through protected steps, called with the monitor held, so a
 * subclass replaces one of them and keeps the rest: {@link #store} (register),
 * {@link #lookup} (get), {@link #take} and {@link #releaseEntry} (revoke).
 */
public class ReferenceGlobalInterfaceTable implements GlobalInterfaceTable {
    private final Marshaler marshaler;
    private final List<Entry> entries = new ArrayList<>();

    public ReferenceGlobalInterfaceTable(Marshaler marshaler) {
        this.marshaler = marshaler;
    }

    @Override
    public synchronized ComResult<Integer> register(ComThread caller, InterfacePointer pointer, Iid iid) {
        if (pointer == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        ComResult<MarshalPacket> packet = marshaler.marshal(caller, pointer, iid, MarshalFlags.TABLESTRONG);
        if (!packet.succeeded()) {
            return ComResult.fail(packet.hr());
        }
        int cookie = caller.world().newCookie();
        store(cookie, packet.value());
        return ComResult.ok(cookie);
    }

    /** Keeps a registered interface's TABLESTRONG packet under its new cookie. */
    protected synchronized void store(int cookie, MarshalPacket packet) {
        entries.add(new Entry(cookie, packet));
    }

    @Override
    public synchronized ComResult<InterfacePointer> get(ComThread caller, int cookie, Iid iid) {
        MarshalPacket packet = lookup(cookie);
        if (packet == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        return marshaler.unmarshal(caller, packet, iid);
    }

    /** The TABLESTRONG packet registered under the cookie, or null. */
    protected synchronized MarshalPacket lookup(int cookie) {
        Entry entry = find(cookie);
        return entry == null ? null : entry.packet;
    }

    /** The marshaler of the process this table belongs to. */
    protected Marshaler marshaler() {
        return marshaler;
    }

    @Override
    public synchronized HResult revoke(ComThread caller, int cookie) {
        MarshalPacket packet = take(cookie);
        if (packet == null) {
            return HResult.E_INVALIDARG;
        }
        releaseEntry(caller, packet);
        return HResult.S_OK;
    }

    /** Removes the entry under the cookie and returns its packet, or null when there is none. */
    protected synchronized MarshalPacket take(int cookie) {
        Entry entry = find(cookie);
        if (entry == null) {
            return null;
        }
        entries.remove(entry);
        return entry.packet;
    }

    /** Gives back the references a revoked entry's packet held (CoReleaseMarshalData). */
    protected void releaseEntry(ComThread caller, MarshalPacket packet) {
        marshaler.releaseMarshalData(caller, packet);
    }

    @Override
    public synchronized List<Integer> cookies() {
        List<Integer> cookies = new ArrayList<>();
        for (Entry entry : entries) {
            cookies.add(entry.cookie);
        }
        return cookies;
    }

    private Entry find(int cookie) {
        for (Entry entry : entries) {
            if (entry.cookie == cookie) {
                return entry;
            }
        }
        return null;
    }

    /** One registered interface: its cookie and the TABLESTRONG packet that keeps it alive. */
    private static final class Entry {
        final int cookie;
        final MarshalPacket packet;

        Entry(int cookie, MarshalPacket packet) {
            this.cookie = cookie;
            this.packet = packet;
        }
    }
}
