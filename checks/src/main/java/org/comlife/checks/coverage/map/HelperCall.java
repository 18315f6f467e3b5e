package org.comlife.checks.coverage.map;

import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;

/**
 * One cell of the coverage map: an operation of a runtime helper in one of the combinations a
 * program can reach (a flag, the caller's apartment, the state the call meets). The recording
 * helpers ({@link RecordingHelpers}) classify every call they see into one of these.
 */
public enum HelperCall {
    MARSHAL_NORMAL(Helper.MARSHALER, "marshal", "NORMAL"),
    MARSHAL_TABLESTRONG(Helper.MARSHALER, "marshal", "TABLESTRONG"),
    MARSHAL_TABLEWEAK(Helper.MARSHALER, "marshal", "TABLEWEAK"),
    UNMARSHAL_NORMAL_OTHER(Helper.MARSHALER, "unmarshal", "NORMAL, another apartment (a proxy)"),
    UNMARSHAL_NORMAL_OWN(Helper.MARSHALER, "unmarshal", "NORMAL, the object's own apartment (the object)"),
    UNMARSHAL_TABLESTRONG_OTHER(Helper.MARSHALER, "unmarshal", "TABLESTRONG, another apartment"),
    UNMARSHAL_TABLESTRONG_OWN(Helper.MARSHALER, "unmarshal", "TABLESTRONG, the object's own apartment"),
    UNMARSHAL_TABLEWEAK_OTHER(Helper.MARSHALER, "unmarshal", "TABLEWEAK, another apartment"),
    UNMARSHAL_TABLEWEAK_OWN(Helper.MARSHALER, "unmarshal", "TABLEWEAK, the object's own apartment"),
    UNMARSHAL_UNSUPPORTED_NORMAL(Helper.MARSHALER, "unmarshal", "NORMAL, an interface the object lacks"),
    UNMARSHAL_UNSUPPORTED_TABLE(Helper.MARSHALER, "unmarshal", "table packet, an interface the object lacks"),
    UNMARSHAL_ENDED(Helper.MARSHALER, "unmarshal", "NORMAL ended or table packet released"),
    RELEASE_DATA_NORMAL(Helper.MARSHALER, "releaseMarshalData", "NORMAL"),
    RELEASE_DATA_TABLESTRONG(Helper.MARSHALER, "releaseMarshalData", "TABLESTRONG"),
    RELEASE_DATA_TABLEWEAK(Helper.MARSHALER, "releaseMarshalData", "TABLEWEAK"),
    ADD_REF(Helper.SERVER_PROCESS_COUNT, "addRef", ""),
    RELEASE_ABOVE_ZERO(Helper.SERVER_PROCESS_COUNT, "release", "to a count above 0"),
    RELEASE_TO_ZERO(Helper.SERVER_PROCESS_COUNT, "release", "to 0 (suspends)"),
    LOCK_GRANTED(Helper.SERVER_PROCESS_COUNT, "lockForActivation", "granted"),
    LOCK_REFUSED(Helper.SERVER_PROCESS_COUNT, "lockForActivation", "refused (suspended)"),
    SUSPEND_WITH_REFERENCES(Helper.SERVER_PROCESS_COUNT, "suspend", "references outstanding"),
    RESUME(Helper.SERVER_PROCESS_COUNT, "resume", ""),
    COUNT(Helper.SERVER_PROCESS_COUNT, "count", ""),
    IS_SUSPENDED(Helper.SERVER_PROCESS_COUNT, "isSuspended", ""),
    ADD_MULTIPLEUSE(Helper.CLASS_TABLE, "add", "MULTIPLEUSE"),
    ADD_SINGLEUSE(Helper.CLASS_TABLE, "add", "SINGLEUSE"),
    ADD_SUSPENDED(Helper.CLASS_TABLE, "add", "SUSPENDED"),
    REMOVE(Helper.CLASS_TABLE, "remove", ""),
    FIND(Helper.CLASS_TABLE, "find", ""),
    PUBLISH_SEVERAL(Helper.CLASS_TABLE, "publishSuspended", "several registrations at once"),
    CLAIM_MULTIPLEUSE(Helper.CLASS_TABLE, "claimForActivation", "MULTIPLEUSE"),
    CLAIM_SINGLEUSE(Helper.CLASS_TABLE, "claimForActivation", "SINGLEUSE (hidden after)"),
    CLAIM_NOTHING(Helper.CLASS_TABLE, "claimForActivation", "none published (revoked, used, suspended)"),
    REGISTRATIONS(Helper.CLASS_TABLE, "registrations", ""),
    GIT_REGISTER(Helper.GLOBAL_INTERFACE_TABLE, "register", ""),
    GIT_GET_OTHER(Helper.GLOBAL_INTERFACE_TABLE, "get", "another apartment"),
    GIT_GET_OWN(Helper.GLOBAL_INTERFACE_TABLE, "get", "the object's own apartment"),
    GIT_GET_UNSUPPORTED(Helper.GLOBAL_INTERFACE_TABLE, "get", "an interface the object lacks"),
    GIT_GET_UNKNOWN(Helper.GLOBAL_INTERFACE_TABLE, "get", "unknown or revoked cookie"),
    GIT_REVOKE(Helper.GLOBAL_INTERFACE_TABLE, "revoke", ""),
    GIT_REVOKE_UNKNOWN(Helper.GLOBAL_INTERFACE_TABLE, "revoke", "unknown or revoked cookie"),
    GIT_COOKIES(Helper.GLOBAL_INTERFACE_TABLE, "cookies", ""),
    STREAM_MARSHAL(Helper.INTER_THREAD_STREAMS, "marshalInStream", ""),
    STREAM_GET_OTHER(Helper.INTER_THREAD_STREAMS, "getInterfaceAndReleaseStream", "another apartment (a proxy)"),
    STREAM_GET_OWN(Helper.INTER_THREAD_STREAMS, "getInterfaceAndReleaseStream",
            "the object's own apartment (the object)"),
    STREAM_GET_UNSUPPORTED(Helper.INTER_THREAD_STREAMS, "getInterfaceAndReleaseStream",
            "an interface the object lacks"),
    STREAM_GET_ENDED(Helper.INTER_THREAD_STREAMS, "getInterfaceAndReleaseStream",
            "the packet already read, or ended with its apartment"),
    DISPATCH_DELIVER_STA(Helper.PROXY_DISPATCH, "deliver", "into an STA (posted)"),
    DISPATCH_DELIVER_MTA(Helper.PROXY_DISPATCH, "deliver", "into the MTA (an RPC worker)"),
    DISPATCH_RUN(Helper.PROXY_DISPATCH, "dispatch", "a posted call, by the pumping owner"),
    ACTIVATE_MARSHALED(Helper.CLASS_OBJECT_ACTIVATION, "activate", "another apartment (factory marshaled out, locked)"),
    ACTIVATE_IN_APARTMENT(Helper.CLASS_OBJECT_ACTIVATION, "activate", "the registering apartment (no lock)"),
    ACTIVATE_STOPPING(Helper.CLASS_OBJECT_ACTIVATION, "activate", "refused: class objects suspended"),
    ACTIVATE_NOT_REGISTERED(Helper.CLASS_OBJECT_ACTIVATION, "activate", "no published registration"),
    RELEASE_IMPLICIT_LOCK(Helper.CLASS_OBJECT_ACTIVATION, "releaseImplicitLock", "");

    private final Helper helper;
    private final String operation;
    private final String variant;

    HelperCall(Helper helper, String operation, String variant) {
        this.helper = helper;
        this.operation = operation;
        this.variant = variant;
    }

    public Helper helper() {
        return helper;
    }

    /** The interface method, as the helper interface names it. */
    public String operation() {
        return operation;
    }

    /** The combination (flag, apartment, state); empty when the operation has one. */
    public String variant() {
        return variant;
    }

    /**
     * Which of a get's calls an answer was: a proxy from another apartment, the object in its own,
     * an interface the object lacks, or the given call for any other failure (null: none).
     */
    static HelperCall ofGet(ComResult<InterfacePointer> got, HelperCall other, HelperCall own, HelperCall unsupported,
                            HelperCall otherwise) {
        if (got.succeeded()) {
            return got.value() instanceof Proxy ? other : own;
        }
        return got.hr() == HResult.E_NOINTERFACE ? unsupported : otherwise;
    }

    @Override
    public String toString() {
        return helper.interfaceName() + "." + operation + (variant.isEmpty() ? "" : " [" + variant + "]");
    }

    /** The helper interfaces of {@code model/runtime}. */
    public enum Helper {
        MARSHALER("Marshaler"),
        SERVER_PROCESS_COUNT("ServerProcessCount"),
        CLASS_TABLE("ClassTable"),
        GLOBAL_INTERFACE_TABLE("GlobalInterfaceTable"),
        INTER_THREAD_STREAMS("InterThreadStreams"),
        PROXY_DISPATCH("ProxyDispatch"),
        CLASS_OBJECT_ACTIVATION("ClassObjectActivation");

        private final String interfaceName;

        Helper(String interfaceName) {
            this.interfaceName = interfaceName;
        }

        public String interfaceName() {
            return interfaceName;
        }
    }
}
