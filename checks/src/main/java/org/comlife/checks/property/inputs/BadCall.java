package org.comlife.checks.property.inputs;

import java.util.SplittableRandom;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.NullOut;
import org.comlife.model.RegCls;

/**
 * The bad-input vocabulary: one API call with a bad argument (a null pointer, stream, IID or
 * CLSID, a foreign or uninitialized thread, an unknown or revoked cookie, a released stream, a
 * double release), the answer the contract's function table gives, and the sanitizer's verdict
 * (the invariant a misuse that C leaves undefined is recorded under, or none). None of them may
 * throw or change the state. Random parts: which initialized thread calls, unknown cookies and
 * class ids, method and interface names, invalid flag bits.
 */
enum BadCall {
    MARSHAL_IN_STREAM_NULL_OBJECT(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoMarshalInterThreadInterfaceInStream(IServiceProvider, NULL)",
                caller.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, null).hr());
    }),
    MARSHAL_IN_STREAM_NULL_IID(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main,
            "CoMarshalInterThreadInterfaceInStream(NULL, site)", f.main.coMarshalInterThreadInterfaceInStream(null,
                    f.site).hr())),
    MARSHAL_ON_UNINITIALIZED_THREAD(HResult.CO_E_NOTINITIALIZED, null, (f, r) -> answer(f.stranger,
            "CoMarshalInterface(empty, …, site, NORMAL)",
            f.stranger.coMarshalInterface(f.empty, ChainClasses.ISITE, f.site, MarshalFlags.NORMAL))),
    MARSHAL_UNSUPPORTED_INTERFACE(HResult.E_NOINTERFACE, null, (f, r) -> answer(f.main,
            "CoMarshalInterface(empty, IUnsupported, site, TABLESTRONG)",
            f.main.coMarshalInterface(f.empty, ChainClasses.IUNSUPPORTED, f.site, MarshalFlags.TABLESTRONG))),
    MARSHAL_DISCONNECTED_PROXY(HResult.CO_E_OBJNOTCONNECTED, null, (f, r) -> answer(f.background,
            "CoMarshalInterface(empty, …, dead proxy, NORMAL)",
            f.background.coMarshalInterface(f.empty, ChainClasses.ISITE, f.deadProxy, MarshalFlags.NORMAL))),
    MARSHAL_FOREIGN_DISCONNECTED_PROXY(HResult.CO_E_OBJNOTCONNECTED, Invariant.APARTMENT_AFFINITY, (f, r) ->
            answer(f.main, "CoMarshalInterface(empty, …, background's dead proxy, NORMAL)",
                    f.main.coMarshalInterface(f.empty, ChainClasses.ISITE, f.deadProxy, MarshalFlags.NORMAL))),
    UNMARSHAL_ENDED_NORMAL(HResult.CO_E_OBJNOTCONNECTED, Invariant.PACKET_ENDS_ONCE, (f, r) -> {
        ComThread caller = initialized(f, r);
        return rewound(f, f.consumed, answer(caller, "CoUnmarshalInterface(unmarshaled NORMAL)",
                caller.coUnmarshalInterface(f.consumed, ChainClasses.ISITE).hr()));
    }),
    RELEASE_DATA_ENDED_NORMAL(HResult.CO_E_OBJNOTCONNECTED, Invariant.PACKET_ENDS_ONCE, (f, r) -> rewound(f,
            f.consumed, answer(f.main, "CoReleaseMarshalData(unmarshaled NORMAL)",
                    f.main.coReleaseMarshalData(f.consumed)))),
    RELEASE_TABLE_DATA_TWICE(HResult.RPC_E_INVALID_OBJREF, null, (f, r) -> {
        MarshalStream table = r.nextBoolean() ? f.releasedStrong : f.releasedWeak;
        return rewound(f, table, answer(f.main, "CoReleaseMarshalData(released table packet)",
                f.main.coReleaseMarshalData(table)));
    }),
    UNMARSHAL_ORPHANED_TABLE(HResult.CO_E_OBJNOTCONNECTED, null, (f, r) -> rewound(f, f.orphanedTable,
            answer(f.background, "CoUnmarshalInterface(TABLESTRONG of a torn-down apartment)",
                    f.background.coUnmarshalInterface(f.orphanedTable, ChainClasses.ISITE).hr()))),
    GIT_REGISTER_DISCONNECTED_PROXY(HResult.CO_E_OBJNOTCONNECTED, null, (f, r) -> answer(f.background,
            "RegisterInterfaceInGlobal(dead proxy)",
            f.background.registerInterfaceInGlobal(f.deadProxy, ChainClasses.ISITE).hr())),
    MARSHAL_NULL_STREAM(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "CoMarshalInterface(NULL, …, site, NORMAL)",
            f.main.coMarshalInterface(null, ChainClasses.ISITE, f.site, MarshalFlags.NORMAL))),
    MARSHAL_NULL_OBJECT(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main,
            "CoMarshalInterface(empty, …, NULL, NORMAL)",
            f.main.coMarshalInterface(f.empty, ChainClasses.ISITE, null, MarshalFlags.NORMAL))),
    UNMARSHAL_NULL_STREAM(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoUnmarshalInterface(NULL)", caller.coUnmarshalInterface(null, ChainClasses.ISITE).hr());
    }),
    UNMARSHAL_EMPTY_STREAM(HResult.STG_E_READFAULT, null, (f, r) -> answer(f.background, "CoUnmarshalInterface(empty)",
            f.background.coUnmarshalInterface(f.empty, ChainClasses.ISITE).hr())),
    UNMARSHAL_ON_UNINITIALIZED_THREAD(HResult.CO_E_NOTINITIALIZED, null, (f, r) -> answer(f.stranger,
            "CoUnmarshalInterface(pending)", f.stranger.coUnmarshalInterface(f.pending, ChainClasses.ISITE).hr())),
    GET_AND_RELEASE_NULL_STREAM(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoGetInterfaceAndReleaseStream(NULL)",
                caller.coGetInterfaceAndReleaseStream(null, ChainClasses.ISITE).hr());
    }),
    GET_AND_RELEASE_RELEASED_STREAM(HResult.E_UNEXPECTED, Invariant.STREAM_LIFETIME, (f, r) -> answer(f.background,
            "CoGetInterfaceAndReleaseStream(released)",
            f.background.coGetInterfaceAndReleaseStream(f.released, ChainClasses.ISITE).hr())),
    RELEASE_MARSHAL_DATA_NULL(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "CoReleaseMarshalData(NULL)",
            f.main.coReleaseMarshalData(null))),
    RELEASE_MARSHAL_DATA_AT_END(HResult.STG_E_READFAULT, null, (f, r) -> answer(f.main, "CoReleaseMarshalData(empty)",
            f.main.coReleaseMarshalData(f.empty))),
    RELEASE_MARSHAL_DATA_RELEASED(HResult.E_UNEXPECTED, Invariant.STREAM_LIFETIME, (f, r) -> answer(f.main, "CoReleaseMarshalData(released)",
            f.main.coReleaseMarshalData(f.released))),
    STREAM_DOUBLE_RELEASE(0, Invariant.STREAM_LIFETIME, (f, r) -> answer(f.background, "IStream::Release(released)",
            f.background.releaseStream(f.released))),
    STREAM_ADDREF_RELEASED(0, Invariant.STREAM_LIFETIME, (f, r) -> answer(f.background, "IStream::AddRef(released)",
            f.background.addRefStream(f.released))),
    STREAM_SEEK_RELEASED(HResult.E_UNEXPECTED, Invariant.STREAM_LIFETIME, (f, r) -> answer(f.background, "IStream::Seek(released)",
            f.background.rewindStream(f.released))),
    STREAM_RELEASE_NULL(0, null, (f, r) -> answer(f.main, "IStream::Release(NULL)", f.main.releaseStream(null))),
    GIT_REGISTER_NULL(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "RegisterInterfaceInGlobal(NULL)",
            f.main.registerInterfaceInGlobal(null, ChainClasses.ISITE).hr())),
    GIT_REGISTER_UNSUPPORTED_INTERFACE(HResult.E_NOINTERFACE, null, (f, r) -> answer(f.main,
            "RegisterInterfaceInGlobal(site, IUnsupported)",
            f.main.registerInterfaceInGlobal(f.site, ChainClasses.IUNSUPPORTED).hr())),
    GIT_GET_UNKNOWN_COOKIE(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        int cookie = unknownNumber(f, r);
        return answer(caller, "GetInterfaceFromGlobal(" + cookie + ")",
                caller.getInterfaceFromGlobal(cookie, ChainClasses.ISITE).hr());
    }),
    GIT_GET_REVOKED_COOKIE(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "GetInterfaceFromGlobal(revoked)",
                caller.getInterfaceFromGlobal(f.revokedCookie, ChainClasses.ISITE).hr());
    }),
    GIT_GET_UNSUPPORTED_INTERFACE(HResult.E_NOINTERFACE, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "GetInterfaceFromGlobal(cookie, IUnsupported)",
                caller.getInterfaceFromGlobal(f.cookie, ChainClasses.IUNSUPPORTED).hr());
    }),
    // The GIT is per process and looks the cookie up first: another process's cookie is unknown here.
    GIT_GET_FOREIGN_COOKIE_ON_UNINITIALIZED_THREAD(HResult.E_INVALIDARG, null, (f, r) -> answer(f.stranger,
            "GetInterfaceFromGlobal(cookie)", f.stranger.getInterfaceFromGlobal(f.cookie, ChainClasses.ISITE).hr())),
    GIT_REVOKE_UNKNOWN_COOKIE(HResult.E_INVALIDARG, null, (f, r) -> {
        int cookie = unknownNumber(f, r);
        return answer(f.main, "RevokeInterfaceFromGlobal(" + cookie + ")", f.main.revokeInterfaceFromGlobal(cookie));
    }),
    GIT_REVOKE_TWICE(HResult.E_INVALIDARG, Invariant.REVOKE_ONCE, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "RevokeInterfaceFromGlobal(revoked)", caller.revokeInterfaceFromGlobal(f.revokedCookie));
    }),
    CLASS_REGISTER_NULL_FACTORY(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "CoRegisterClassObject(…, NULL)",
            f.main.coRegisterClassObject(new Clsid("Other"), null, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE).hr())),
    CLASS_REGISTER_INVALID_FLAGS(HResult.E_INVALIDARG, null, (f, r) -> {
        int flags = RegCls.MULTIPLEUSE | (8 << r.nextInt(8));
        return answer(f.main, "CoRegisterClassObject(…, flags " + flags + ")",
                f.main.coRegisterClassObject(new Clsid("Other"), f.factory, ClsCtx.LOCAL_SERVER, flags).hr());
    }),
    CLASS_REGISTER_ON_UNINITIALIZED_THREAD(HResult.CO_E_NOTINITIALIZED, null, (f, r) -> answer(f.stranger,
            "CoRegisterClassObject(…)", f.stranger.coRegisterClassObject(new Clsid("Other"), f.factory,
                    ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE).hr())),
    CLASS_REVOKE_UNKNOWN_COOKIE(HResult.E_INVALIDARG, null, (f, r) -> {
        int cookie = unknownNumber(f, r);
        return answer(f.main, "CoRevokeClassObject(" + cookie + ")", f.main.coRevokeClassObject(cookie));
    }),
    CLASS_REVOKE_FROM_OTHER_APARTMENT(HResult.RPC_E_WRONG_THREAD, Invariant.REVOKE_ONCE, (f, r) -> answer(f.background,
            "CoRevokeClassObject(main's registration)", f.background.coRevokeClassObject(f.classCookie))),
    CREATE_INSTANCE_UNREGISTERED(HResult.REGDB_E_CLASSNOTREG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        Clsid clsid = new Clsid("Unregistered" + r.nextInt(1000));
        return answer(caller, "CoCreateInstance(" + clsid.name() + ")",
                caller.coCreateInstance(clsid, ChainClasses.ISAMPLE).hr());
    }),
    CREATE_INSTANCE_NULL_CLSID(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "CoCreateInstance(NULL)",
            f.main.coCreateInstance(null, ChainClasses.ISAMPLE).hr())),
    GET_CLASS_OBJECT_WRONG_IID(HResult.E_NOINTERFACE, null, (f, r) -> answer(f.main,
            "CoGetClassObject(…, IServiceProvider)",
            f.main.coGetClassObject(BadInputFixture.REGISTERED, ChainClasses.ISITE).hr())),
    GET_CLASS_OBJECT_ON_UNINITIALIZED_THREAD(HResult.CO_E_NOTINITIALIZED, null, (f, r) -> answer(f.stranger,
            "CoGetClassObject(…)", f.stranger.coGetClassObject(BadInputFixture.REGISTERED, Iid.IClassFactory).hr())),
    PROXY_CALLED_FROM_OTHER_APARTMENT(HResult.RPC_E_WRONG_THREAD, Invariant.APARTMENT_AFFINITY, (f, r) -> answer(f.main,
            "background's proxy->Work()", f.main.call(f.backgroundProxy, ChainClasses.WORK).hr())),
    RAW_POINTER_CALLED_FROM_OTHER_THREAD(HResult.RPC_E_WRONG_THREAD, Invariant.APARTMENT_AFFINITY, (f, r) -> answer(f.background,
            "main's site->Work()", f.background.call(f.site, ChainClasses.WORK).hr())),
    CALL_NULL_POINTER(HResult.E_POINTER, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        String method = "Method" + r.nextInt(100);
        return answer(caller, "NULL->" + method + "()", caller.call(null, method).hr());
    }),
    QUERY_INTERFACE_NULL(HResult.E_POINTER, null, (f, r) -> answer(f.main, "NULL->QueryInterface()",
            f.main.queryInterface(null, ChainClasses.ISITE).hr())),
    QUERY_INTERFACE_UNSUPPORTED(HResult.E_NOINTERFACE, null, (f, r) -> {
        Iid iid = new Iid("INotImplemented" + r.nextInt(100));
        return answer(f.main, "site->QueryInterface(" + iid.name() + ")", f.main.queryInterface(f.site, iid).hr());
    }),
    RELEASE_NULL(0, null, (f, r) -> answer(f.main, "NULL->Release()", f.main.release(null))),
    FACTORY_LOCK_SERVER_BAD_ARGUMENT(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main, "factory->LockServer(\"yes\")",
            f.main.call(f.factory, ClassFactory.LOCK_SERVER, "yes").hr())),
    INITIALIZE_NULL_MODEL(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoInitializeEx(NULL)", caller.coInitializeEx(null));
    }),
    INITIALIZE_OTHER_MODEL(HResult.RPC_E_CHANGED_MODE, null, (f, r) -> answer(f.main, "CoInitializeEx(MTA) on an STA",
            f.main.coInitializeEx(ApartmentKind.MTA))),
    RELEASE_SERVER_PROCESS_AT_ZERO(0, Invariant.SERVER_COUNT, (f, r) -> answer(f.main, "CoReleaseServerProcess() at count 0",
            f.main.coReleaseServerProcess())),
    POST_QUIT_TO_NON_STA(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread target = r.nextBoolean() ? f.background : null;
        return answer(f.main, "PostThreadMessage(" + target + ", WM_QUIT)", f.main.postQuit(target));
    }),
    MESSAGE_LOOP_WITHOUT_STA(HResult.E_UNEXPECTED, null, (f, r) -> answer(f.background, "GetMessage loop on an MTA thread",
            f.background.runMessageLoop())),
    LOCK_OBJECT_EXTERNAL_NULL(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoLockObjectExternal(NULL)", caller.coLockObjectExternal(null, r.nextBoolean(),
                r.nextBoolean()));
    }),
    LOCK_OBJECT_EXTERNAL_FROM_OTHER_APARTMENT(HResult.RPC_E_WRONG_THREAD, Invariant.APARTMENT_AFFINITY, (f, r) ->
            answer(f.background, "CoLockObjectExternal(main's site)", f.background.coLockObjectExternal(f.site, true,
                    r.nextBoolean()))),
    LOCK_OBJECT_EXTERNAL_ON_PROXY(HResult.E_INVALIDARG, null, (f, r) -> answer(f.background,
            "CoLockObjectExternal(proxy)", f.background.coLockObjectExternal(f.backgroundProxy, r.nextBoolean(), true))),
    DISCONNECT_OBJECT_NULL(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return answer(caller, "CoDisconnectObject(NULL)", caller.coDisconnectObject(null));
    }),
    DISCONNECT_OBJECT_FROM_OTHER_APARTMENT(HResult.RPC_E_WRONG_THREAD, Invariant.APARTMENT_AFFINITY, (f, r) ->
            answer(f.background, "CoDisconnectObject(main's site)", f.background.coDisconnectObject(f.site))),
    GET_CLASS_OBJECT_NULL_CONTEXT(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main,
            "CoGetClassObject(…, NULL context)", f.main.coGetClassObject(BadInputFixture.REGISTERED, null,
                    Iid.IClassFactory).hr())),
    UNMARSHAL_NULL_OUT(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = anyThread(f, r);
        return answer(caller, "CoUnmarshalInterface(pending, …, NULL)",
                caller.coUnmarshalInterface(f.pending, ChainClasses.ISITE, NullOut.NULL));
    }),
    MARSHAL_IN_STREAM_NULL_OUT(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main,
            "CoMarshalInterThreadInterfaceInStream(…, site, NULL)",
            f.main.coMarshalInterThreadInterfaceInStream(ChainClasses.ISITE, f.site, NullOut.NULL))),
    GET_CLASS_OBJECT_NULL_OUT(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = anyThread(f, r);
        return answer(caller, "CoGetClassObject(…, NULL)", caller.coGetClassObject(BadInputFixture.REGISTERED,
                ClsCtx.INPROC_SERVER, Iid.IClassFactory, NullOut.NULL));
    }),
    CREATE_INSTANCE_NULL_OUT(HResult.E_POINTER, null, (f, r) -> answer(f.main, "CoCreateInstance(…, NULL)",
            f.main.coCreateInstance(BadInputFixture.REGISTERED, ClsCtx.INPROC_SERVER, ChainClasses.ISAMPLE,
                    NullOut.NULL))),
    CLASS_REGISTER_NULL_COOKIE(HResult.E_INVALIDARG, null, (f, r) -> answer(f.main,
            "CoRegisterClassObject(…, NULL cookie)", f.main.coRegisterClassObject(new Clsid("Other"), f.factory,
                    ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE, NullOut.NULL))),
    QUERY_INTERFACE_NULL_OUT(HResult.E_POINTER, null, (f, r) -> answer(f.main, "site->QueryInterface(…, NULL)",
            f.main.queryInterface(f.site, ChainClasses.ISITE, NullOut.NULL))),
    EVENT_NULL(HResult.E_INVALIDARG, null, (f, r) -> {
        ComThread caller = initialized(f, r);
        return r.nextBoolean() ? answer(caller, "SetEvent(NULL)", caller.setEvent(null))
                : answer(caller, "WaitForSingleObject(NULL)", caller.waitForEvent(null));
    });

    private final Object expected;
    private final Invariant violation;
    private final Performer performer;

    BadCall(Object expected, Invariant violation, Performer performer) {
        this.expected = expected;
        this.violation = violation;
        this.performer = performer;
    }

    /** The contract's answer: an HRESULT, or a count for calls that return one. */
    Object expected() {
        return expected;
    }

    /** The invariant the sanitizer must record the misuse under, or null when the call is merely refused. */
    Invariant violation() {
        return violation;
    }

    BadAnswer perform(BadInputFixture fixture, SplittableRandom random) {
        return performer.perform(fixture, random);
    }

    private static ComThread initialized(BadInputFixture fixture, SplittableRandom random) {
        return random.nextBoolean() ? fixture.main : fixture.background;
    }

    /** An initialized thread or, for the checks made before the apartment, the stranger without COM. */
    private static ComThread anyThread(BadInputFixture fixture, SplittableRandom random) {
        return random.nextInt(3) == 0 ? fixture.stranger : initialized(fixture, random);
    }

    /** A number that is no cookie or registration of the fixture (negative, zero, or large, at random). */
    private static int unknownNumber(BadInputFixture fixture, SplittableRandom random) {
        while (true) {
            int candidate = switch (random.nextInt(3)) {
                case 0 -> -random.nextInt(1, 1000);
                case 1 -> 0;
                default -> 10_000 + random.nextInt(1_000_000);
            };
            if (!fixture.knownNumbers().contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The answer, after seeking the stream back to its start: the read moved it, and nothing else may change. */
    private static BadAnswer rewound(BadInputFixture fixture, MarshalStream stream, BadAnswer answer) {
        fixture.main.rewindStream(stream);
        return answer;
    }

    private static BadAnswer answer(ComThread caller, String call, Object value) {
        return new BadAnswer(caller.name() + ": " + call, value);
    }

    /** How a bad call is made. */
    @FunctionalInterface
    private interface Performer {
        BadAnswer perform(BadInputFixture fixture, SplittableRandom random);
    }
}
