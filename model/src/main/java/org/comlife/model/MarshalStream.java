package org.comlife.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An IStream in memory ({@code CreateStreamOnHGlobal}) that holds marshal packets. It is
 * reference counted: it starts at 1 and is freed when its count reaches 0. Using it after
 * that, or releasing it once more, is undefined behaviour in C; the model refuses and the
 * caller records a violation of invariant 4.
 */
public final class MarshalStream {
    private final ComWorld world;
    private final int id;
    private final List<MarshalPacket> packets = new ArrayList<>();
    private int refCount = 1;
    private int position;

    MarshalStream(ComWorld world, int id) {
        this.world = world;
        this.id = id;
    }

    public int id() {
        return id;
    }

    public synchronized int refCount() {
        world.read(this, StatePart.STREAM);
        return refCount;
    }

    public synchronized int position() {
        world.read(this, StatePart.STREAM);
        return position;
    }

    public synchronized boolean isReleased() {
        world.read(this, StatePart.STREAM);
        return refCount == 0;
    }

    /** IUnknown::AddRef; 0 when the stream was already freed (nothing changes). */
    public synchronized int addRef() {
        world.write(this, StatePart.STREAM);
        if (refCount == 0) {
            return 0;
        }
        return ++refCount;
    }

    /** IUnknown::Release; -1 when the stream was already freed (nothing changes). */
    public synchronized int release() {
        world.write(this, StatePart.STREAM);
        if (refCount == 0) {
            return -1;
        }
        return --refCount;
    }

    /** Writes a packet at the current position and moves past it; false on a freed stream. */
    public synchronized boolean write(MarshalPacket packet) {
        world.write(this, StatePart.STREAM);
        if (refCount == 0) {
            return false;
        }
        if (position < packets.size()) {
            packets.set(position, packet);
        } else {
            packets.add(packet);
        }
        position++;
        return true;
    }

    /** Reads the packet at the current position and moves past it; null at the end. */
    public synchronized MarshalPacket read() {
        world.write(this, StatePart.STREAM);
        if (refCount == 0 || position >= packets.size()) {
            return null;
        }
        return packets.get(position++);
    }

    /** IStream::Seek to the start (STREAM_SEEK_SET, 0). */
    public synchronized void rewind() {
        world.write(this, StatePart.STREAM);
        position = 0;
    }

    /** A copy of the packets written so far. */
    public synchronized List<MarshalPacket> packets() {
        world.read(this, StatePart.STREAM);
        return new ArrayList<>(packets);
    }

    @Override
    public String toString() {
        return "stream#" + id;
    }
}
