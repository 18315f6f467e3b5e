package org.comlife.model;

import org.comlife.model.runtime.GlobalInterfaceTable;

/**
 * The COM API of streams and marshaling, for one {@link ComThread}: marshal packets written to
 * and read from streams, the inter-thread stream that is unmarshaled once, a stream's own
 * reference count, and the Global Interface Table, which keeps a TABLESTRONG packet for any
 * number of unmarshals. The packets themselves are the process's {@code Marshaler}'s work;
 * this class checks the arguments and the streams' lifetime (invariant 4) around it.
 *
 * <p>Each method is the body of the {@link ComThread} method of the same name: it begins the
 * call and journals its end on that thread.
 */
final class MarshalingApi {
    private final ComThread self;
    private final ComWorld world;
    private final ComProcess process;

    MarshalingApi(ComThread self) {
        this.self = self;
        this.world = self.world();
        this.process = self.process();
    }

    MarshalStream createStream() {
        self.calls().begin();
        MarshalStream stream = world.newStream();
        return self.calls().journal("CreateStreamOnHGlobal", "", stream);
    }

    HResult coMarshalInterface(MarshalStream stream, Iid iid, InterfacePointer pointer, MarshalFlags flags) {
        self.calls().begin();
        String arguments = stream + ", " + iid + ", " + pointer + ", " + flags;
        return self.calls().journal("CoMarshalInterface", arguments, marshalInto(stream, iid, pointer, flags));
    }

    private HResult marshalInto(MarshalStream stream, Iid iid, InterfacePointer pointer, MarshalFlags flags) {
        if (stream == null || iid == null || pointer == null || flags == null) {
            return HResult.E_INVALIDARG;
        }
        if (stream.isReleased()) {
            self.violation(Invariant.STREAM_LIFETIME, "marshal into released " + stream);
            return HResult.E_UNEXPECTED;
        }
        ComResult<MarshalPacket> packet = process.marshaler().marshal(self, pointer, iid, flags);
        if (!packet.succeeded()) {
            return packet.hr();
        }
        stream.write(packet.value());
        return HResult.S_OK;
    }

    ComResult<InterfacePointer> coUnmarshalInterface(MarshalStream stream, Iid iid) {
        self.calls().begin();
        return self.calls().journal("CoUnmarshalInterface", stream + ", " + iid, unmarshalFrom(stream, iid));
    }

    private ComResult<InterfacePointer> unmarshalFrom(MarshalStream stream, Iid iid) {
        if (stream == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        if (stream.isReleased()) {
            self.violation(Invariant.STREAM_LIFETIME, "unmarshal from released " + stream);
            return ComResult.fail(HResult.E_UNEXPECTED);
        }
        if (self.apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        MarshalPacket packet = stream.read();
        if (packet == null) {
            return ComResult.fail(HResult.STG_E_READFAULT);
        }
        return process.marshaler().unmarshal(self, packet, iid);
    }

    HResult coReleaseMarshalData(MarshalStream stream) {
        self.calls().begin();
        HResult hr;
        if (stream == null) {
            hr = HResult.E_INVALIDARG;
        } else if (stream.isReleased()) {
            self.violation(Invariant.STREAM_LIFETIME, "CoReleaseMarshalData on released " + stream);
            hr = HResult.E_UNEXPECTED;
        } else {
            MarshalPacket packet = stream.read();
            hr = packet == null ? HResult.STG_E_READFAULT : process.marshaler().releaseMarshalData(self, packet);
        }
        return self.calls().journal("CoReleaseMarshalData", String.valueOf(stream), hr);
    }

    ComResult<MarshalStream> coMarshalInterThreadInterfaceInStream(Iid iid, InterfacePointer pointer) {
        self.calls().begin();
        ComResult<MarshalStream> result = iid == null || pointer == null ? ComResult.fail(HResult.E_INVALIDARG)
                : answered(process.interThreadStreams().marshalInStream(self, iid, pointer), "marshal");
        return self.calls().journal("CoMarshalInterThreadInterfaceInStream", iid + ", " + pointer, result);
    }

    ComResult<InterfacePointer> coGetInterfaceAndReleaseStream(MarshalStream stream, Iid iid) {
        self.calls().begin();
        ComResult<InterfacePointer> result;
        if (stream == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else if (stream.isReleased()) {
            self.violation(Invariant.STREAM_LIFETIME, "CoGetInterfaceAndReleaseStream on released " + stream
                    + " (it was already unmarshaled and released)");
            result = ComResult.fail(HResult.E_UNEXPECTED);
        } else {
            int before = stream.refCount();
            result = answered(process.interThreadStreams().getInterfaceAndReleaseStream(self, stream, iid), "get");
            checkReleasedOnce(stream, before, result);
        }
        return self.calls().journal("CoGetInterfaceAndReleaseStream", stream + ", " + iid, result);
    }

    /** The inter-thread streams helper's answer; a null one is a broken helper, not an HRESULT. */
    private <T> ComResult<T> answered(ComResult<T> answer, String call) {
        if (answer == null) {
            throw new IllegalStateException("the inter-thread streams of implementation '"
                    + world.helpers().name() + "' answered null to a " + call);
        }
        return answer;
    }

    /**
     * CoGetInterfaceAndReleaseStream releases the caller's stream exactly once, also when the
     * unmarshal failed: the caller's code never touches the stream again, so a stream the call
     * keeps leaks and one it releases twice is a double free (invariant 4, whatever the helper).
     */
    private void checkReleasedOnce(MarshalStream stream, int before, ComResult<InterfacePointer> result) {
        int after = stream.refCount();
        if (after != before - 1) {
            String change = after == before ? "kept " + stream + " (its reference count is still " + after + ")"
                    : "took " + stream + "'s reference count from " + before + " to " + after;
            self.violation(Invariant.STREAM_LIFETIME, "CoGetInterfaceAndReleaseStream answered " + result + " and "
                    + change + ": it must release the stream exactly once, on every path");
        }
        if (after == 0) {
            checkNothingPendingIn(stream);
        }
    }

    /**
     * A stream freed while it holds a NORMAL packet nobody unmarshaled or released leaks the
     * packet: its references stay on the object until the object's apartment is torn down, the
     * last of the three ends invariant 3 allows (a long-lived main STA never gets there).
     */
    private void checkNothingPendingIn(MarshalStream stream) {
        for (MarshalPacket packet : stream.packets()) {
            if (packet.flags() == MarshalFlags.NORMAL && !packet.hasEnded()) {
                self.violation(Invariant.PACKET_ENDS_ONCE, stream + " freed while it holds " + packet
                        + ", never unmarshaled or released: its references leak until "
                        + packet.stub().apartment() + " is torn down");
            }
        }
    }

    int addRefStream(MarshalStream stream) {
        self.calls().begin();
        int count = 0;
        if (stream != null) {
            count = stream.addRef();
            if (count == 0) {
                self.violation(Invariant.STREAM_LIFETIME, "AddRef on released " + stream);
            }
        }
        return self.calls().journal("IStream::AddRef", String.valueOf(stream), count);
    }

    int releaseStream(MarshalStream stream) {
        self.calls().begin();
        int count = 0;
        if (stream != null) {
            int remaining = stream.release();
            if (remaining < 0) {
                self.violation(Invariant.STREAM_LIFETIME, "Release on already released " + stream + " (double free)");
            } else {
                count = remaining;
                if (remaining == 0) {
                    checkNothingPendingIn(stream);
                }
            }
        }
        return self.calls().journal("IStream::Release", String.valueOf(stream), count);
    }

    HResult rewindStream(MarshalStream stream) {
        self.calls().begin();
        HResult hr;
        if (stream == null) {
            hr = HResult.E_INVALIDARG;
        } else if (stream.isReleased()) {
            self.violation(Invariant.STREAM_LIFETIME, "Seek on released " + stream);
            hr = HResult.E_UNEXPECTED;
        } else {
            stream.rewind();
            hr = HResult.S_OK;
        }
        return self.calls().journal("IStream::Seek", stream + ", 0", hr);
    }

    // ---- the Global Interface Table --------------------------------------------------------

    ComResult<Integer> registerInterfaceInGlobal(InterfacePointer pointer, Iid iid) {
        self.calls().begin();
        ComResult<Integer> result;
        if (pointer == null || iid == null) {
            result = ComResult.fail(HResult.E_INVALIDARG);
        } else {
            result = git().register(self, pointer, iid);
        }
        return self.calls().journal("RegisterInterfaceInGlobal", pointer + ", " + iid, result);
    }

    ComResult<InterfacePointer> getInterfaceFromGlobal(int cookie, Iid iid) {
        self.calls().begin();
        // The cookie is looked up before the apartment is needed (by the unmarshal): an unknown
        // cookie is E_INVALIDARG even on a thread without COM, as in Wine's table.
        ComResult<InterfacePointer> result = iid == null ? ComResult.fail(HResult.E_INVALIDARG)
                : git().get(self, cookie, iid);
        return self.calls().journal("GetInterfaceFromGlobal", cookie + ", " + iid, result);
    }

    HResult revokeInterfaceFromGlobal(int cookie) {
        self.calls().begin();
        HResult hr = git().revoke(self, cookie);
        if (hr.succeeded()) {
            if (!process.noteGitRevoke(cookie)) {
                self.violation(Invariant.REVOKE_ONCE, "GIT cookie " + cookie + " revoked a second time and the GIT accepted it");
            }
        } else if (process.wasGitCookieRevoked(cookie)) {
            self.violation(Invariant.REVOKE_ONCE, "GIT cookie " + cookie + " revoked twice");
        }
        return self.calls().journal("RevokeInterfaceFromGlobal", String.valueOf(cookie), hr);
    }

    private GlobalInterfaceTable git() {
        return process.globalInterfaceTable();
    }
}
