package org.comlife.checks.coverage.map;

import java.util.List;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.Proxy;
import org.comlife.model.RegCls;
import org.comlife.model.Clsid;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassObjectActivation;
import org.comlife.model.runtime.ClassTable;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.runtime.ServerProcessCount;

/**
 * A runtime whose helpers pass every call on to another runtime's and note which
 * {@link HelperCall} it was: what an engine's check really exercises.
 */
public final class RecordingHelpers {
    private RecordingHelpers() {
    }

    public static RuntimeHelpers of(RuntimeHelpers base, CoverageRecorder recorder) {
        return base.withMarshaler("recorded", () -> new Marshaling(base.newMarshaler(), recorder))
                .withServerProcessCount("recorded", () -> new Count(base.newServerProcessCount(), recorder))
                .withClassTable("recorded", () -> new Table(base.newClassTable(), recorder))
                .withGlobalInterfaceTable("recorded", marshaler -> new Git(base.newGlobalInterfaceTable(marshaler),
                        recorder))
                .withInterThreadStreams("recorded", () -> new RecordingStreams(base.newInterThreadStreams(), recorder))
                .withProxyDispatch("recorded", () -> new RecordingDispatch(base.newProxyDispatch(), recorder))
                .withClassObjectActivation("recorded", () -> new Activation(base.newClassObjectActivation(), recorder));
    }

    private record Marshaling(Marshaler delegate, CoverageRecorder recorder) implements Marshaler {
        @Override
        public ComResult<MarshalPacket> marshal(ComThread caller, InterfacePointer pointer, Iid iid,
                                                MarshalFlags flags) {
            if (flags != null) {
                recorder.saw(switch (flags) {
                    case NORMAL -> HelperCall.MARSHAL_NORMAL;
                    case TABLESTRONG -> HelperCall.MARSHAL_TABLESTRONG;
                    case TABLEWEAK -> HelperCall.MARSHAL_TABLEWEAK;
                });
            }
            return delegate.marshal(caller, pointer, iid, flags);
        }

        @Override
        public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
            if (packet != null && iid != null && caller.apartment() != null) {
                recorder.saw(unmarshalCall(caller, packet, iid));
            }
            return delegate.unmarshal(caller, packet, iid);
        }

        private static HelperCall unmarshalCall(ComThread caller, MarshalPacket packet, Iid iid) {
            boolean normal = packet.flags() == MarshalFlags.NORMAL;
            if (normal ? packet.isConsumed() : packet.isReleased()) {
                return HelperCall.UNMARSHAL_ENDED;
            }
            if (!packet.stub().object().supports(iid)) {
                return normal ? HelperCall.UNMARSHAL_UNSUPPORTED_NORMAL : HelperCall.UNMARSHAL_UNSUPPORTED_TABLE;
            }
            boolean own = caller.apartment() == packet.stub().apartment();
            return switch (packet.flags()) {
                case NORMAL -> own ? HelperCall.UNMARSHAL_NORMAL_OWN : HelperCall.UNMARSHAL_NORMAL_OTHER;
                case TABLESTRONG -> own ? HelperCall.UNMARSHAL_TABLESTRONG_OWN : HelperCall.UNMARSHAL_TABLESTRONG_OTHER;
                case TABLEWEAK -> own ? HelperCall.UNMARSHAL_TABLEWEAK_OWN : HelperCall.UNMARSHAL_TABLEWEAK_OTHER;
            };
        }

        @Override
        public HResult releaseMarshalData(ComThread caller, MarshalPacket packet) {
            if (packet != null) {
                recorder.saw(switch (packet.flags()) {
                    case NORMAL -> HelperCall.RELEASE_DATA_NORMAL;
                    case TABLESTRONG -> HelperCall.RELEASE_DATA_TABLESTRONG;
                    case TABLEWEAK -> HelperCall.RELEASE_DATA_TABLEWEAK;
                });
            }
            return delegate.releaseMarshalData(caller, packet);
        }
    }

    private record Count(ServerProcessCount delegate, CoverageRecorder recorder) implements ServerProcessCount {
        @Override
        public int addRef() {
            recorder.saw(HelperCall.ADD_REF);
            return delegate.addRef();
        }

        @Override
        public int release() {
            int left = delegate.release();
            if (left >= 0) {
                recorder.saw(left == 0 ? HelperCall.RELEASE_TO_ZERO : HelperCall.RELEASE_ABOVE_ZERO);
            }
            return left;
        }

        @Override
        public boolean lockForActivation() {
            boolean granted = delegate.lockForActivation();
            recorder.saw(granted ? HelperCall.LOCK_GRANTED : HelperCall.LOCK_REFUSED);
            return granted;
        }

        @Override
        public void suspend() {
            if (delegate.count() > 0) {
                recorder.saw(HelperCall.SUSPEND_WITH_REFERENCES);
            }
            delegate.suspend();
        }

        @Override
        public void resume() {
            recorder.saw(HelperCall.RESUME);
            delegate.resume();
        }

        @Override
        public boolean isSuspended() {
            recorder.saw(HelperCall.IS_SUSPENDED);
            return delegate.isSuspended();
        }

        @Override
        public int count() {
            recorder.saw(HelperCall.COUNT);
            return delegate.count();
        }
    }

    private record Table(ClassTable delegate, CoverageRecorder recorder) implements ClassTable {
        @Override
        public void add(Registration registration) {
            recorder.saw((registration.flags() & RegCls.MULTIPLEUSE) != 0 ? HelperCall.ADD_MULTIPLEUSE
                    : HelperCall.ADD_SINGLEUSE);
            if ((registration.flags() & RegCls.SUSPENDED) != 0) {
                recorder.saw(HelperCall.ADD_SUSPENDED);
            }
            delegate.add(registration);
        }

        @Override
        public Registration remove(int cookie) {
            recorder.saw(HelperCall.REMOVE);
            return delegate.remove(cookie);
        }

        @Override
        public Registration find(int cookie) {
            recorder.saw(HelperCall.FIND);
            return delegate.find(cookie);
        }

        @Override
        public int publishSuspended() {
            int published = delegate.publishSuspended();
            if (published > 1) {
                recorder.saw(HelperCall.PUBLISH_SEVERAL);
            }
            return published;
        }

        @Override
        public Registration claimForActivation(Clsid clsid) {
            Registration claimed = delegate.claimForActivation(clsid);
            recorder.saw(claimed == null ? HelperCall.CLAIM_NOTHING
                    : claimed.isSingleUse() ? HelperCall.CLAIM_SINGLEUSE : HelperCall.CLAIM_MULTIPLEUSE);
            return claimed;
        }

        @Override
        public List<Registration> registrations() {
            recorder.saw(HelperCall.REGISTRATIONS);
            return delegate.registrations();
        }
    }

    private record Git(GlobalInterfaceTable delegate, CoverageRecorder recorder) implements GlobalInterfaceTable {
        @Override
        public ComResult<Integer> register(ComThread caller, InterfacePointer pointer, Iid iid) {
            recorder.saw(HelperCall.GIT_REGISTER);
            return delegate.register(caller, pointer, iid);
        }

        @Override
        public ComResult<InterfacePointer> get(ComThread caller, int cookie, Iid iid) {
            ComResult<InterfacePointer> got = delegate.get(caller, cookie, iid);
            HelperCall call = HelperCall.ofGet(got, HelperCall.GIT_GET_OTHER, HelperCall.GIT_GET_OWN,
                    HelperCall.GIT_GET_UNSUPPORTED, got.hr() == HResult.E_INVALIDARG ? HelperCall.GIT_GET_UNKNOWN : null);
            if (call != null) {
                recorder.saw(call);
            }
            return got;
        }

        @Override
        public HResult revoke(ComThread caller, int cookie) {
            HResult hr = delegate.revoke(caller, cookie);
            recorder.saw(hr.succeeded() ? HelperCall.GIT_REVOKE : HelperCall.GIT_REVOKE_UNKNOWN);
            return hr;
        }

        @Override
        public List<Integer> cookies() {
            recorder.saw(HelperCall.GIT_COOKIES);
            return delegate.cookies();
        }
    }

    private record Activation(ClassObjectActivation delegate, CoverageRecorder recorder)
            implements ClassObjectActivation {
        @Override
        public ComResult<InterfacePointer> activate(ComProcess server, ComThread client, Clsid clsid) {
            ComResult<InterfacePointer> factory = delegate.activate(server, client, clsid);
            if (factory.succeeded()) {
                recorder.saw(factory.value() instanceof Proxy ? HelperCall.ACTIVATE_MARSHALED
                        : HelperCall.ACTIVATE_IN_APARTMENT);
            } else if (factory.hr() == HResult.CO_E_SERVER_STOPPING) {
                recorder.saw(HelperCall.ACTIVATE_STOPPING);
            } else if (factory.hr() == HResult.REGDB_E_CLASSNOTREG) {
                recorder.saw(HelperCall.ACTIVATE_NOT_REGISTERED);
            }
            return factory;
        }

        @Override
        public void releaseImplicitLock(ComProcess server, ComThread context, ComObject factory) {
            recorder.saw(HelperCall.RELEASE_IMPLICIT_LOCK);
            delegate.releaseImplicitLock(server, context, factory);
        }
    }
}
