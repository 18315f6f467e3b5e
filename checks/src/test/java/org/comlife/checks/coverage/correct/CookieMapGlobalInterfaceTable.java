package org.comlife.checks.coverage.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.Marshaler;

/**
 * A GIT keyed by cookie in an insertion-ordered map under a ReentrantLock. A get holds the lock
 * through its unmarshal, and a revoke removes the entry and releases its marshal data under
 * the same lock, so a get never unmarshals a packet a revoke has released.
 */
public class CookieMapGlobalInterfaceTable implements GlobalInterfaceTable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Integer, MarshalPacket> packets = new LinkedHashMap<>();
    private final Marshaler marshaler;

    public CookieMapGlobalInterfaceTable(Marshaler marshaler) {
        this.marshaler = marshaler;
    }

    @Override
    public ComResult<Integer> register(ComThread caller, InterfacePointer pointer, Iid iid) {
        if (pointer == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        lock.lock();
        try {
            ComResult<MarshalPacket> packet = marshaler.marshal(caller, pointer, iid, MarshalFlags.TABLESTRONG);
            if (!packet.succeeded()) {
                return ComResult.fail(packet.hr());
            }
            int cookie = caller.world().newCookie();
            packets.put(cookie, packet.value());
            return ComResult.ok(cookie);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ComResult<InterfacePointer> get(ComThread caller, int cookie, Iid iid) {
        lock.lock();
        try {
            MarshalPacket packet = packets.get(cookie);
            if (packet == null || iid == null) {
                return ComResult.fail(HResult.E_INVALIDARG);
            }
            return marshaler.unmarshal(caller, packet, iid);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public HResult revoke(ComThread caller, int cookie) {
        lock.lock();
        try {
            MarshalPacket packet = packets.remove(cookie);
            if (packet == null) {
                return HResult.E_INVALIDARG;
            }
            marshaler.releaseMarshalData(caller, packet);
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Integer> cookies() {
        lock.lock();
        try {
            return new ArrayList<>(packets.keySet());
        } finally {
            lock.unlock();
        }
    }
}
