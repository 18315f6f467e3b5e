package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.CLSID_TEST;
import static org.comlife.model.conformance.ComSetup.register;
import static org.comlife.model.conformance.ComSetup.IFoo;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.RegCls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CoRegisterClassObject with every REGCLS flag, and CoRevokeClassObject: from where, and with which cookies. */
@DisplayName("Class registration")
class ClassRegistrationFacts {
    private final ComSetup com = new ComSetup();


    private static void registersAndRevokes(ComThread thread, TestFactory factory, ClsCtx context, int flags) {
        int cookie = register(thread, factory, context, flags);
        assertThat(cookie).isNotZero();
        assertThat(thread.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
    }

    /** Every use flag is accepted in process. */
    @Test
    @DisplayName("CoRegisterClassObject with CLSCTX_INPROC_SERVER accepts REGCLS_SINGLEUSE, REGCLS_MULTIPLEUSE and "
            + "REGCLS_MULTI_SEPARATE, and each registration can be revoked (compobj.c test_CoRegisterClassObject)")
    @WindowsFact(id = "R1", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoRegisterClassObject",
            expects = "ok_ole_success(hr, \"CoRegisterClassObject\"); ok_ole_success(hr, \"CoRevokeClassObject\")")
    void inprocRegistrationFlags() {
        ComThread thread = com.sta("main");
        TestFactory factory = new TestFactory(thread);

        registersAndRevokes(thread, factory, ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);
        registersAndRevokes(thread, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);
        registersAndRevokes(thread, factory, ClsCtx.INPROC_SERVER, RegCls.MULTI_SEPARATE);
    }

    /** Every use flag is accepted for a local server. */
    @Test
    @DisplayName("CoRegisterClassObject with CLSCTX_LOCAL_SERVER accepts REGCLS_SINGLEUSE, REGCLS_MULTIPLEUSE and "
            + "REGCLS_MULTI_SEPARATE, and each registration can be revoked (compobj.c test_CoRegisterClassObject)")
    @WindowsFact(id = "R2", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoRegisterClassObject",
            expects = "ok_ole_success(hr, \"CoRegisterClassObject\"); ok_ole_success(hr, \"CoRevokeClassObject\")")
    void localRegistrationFlags() {
        ComThread thread = com.sta(com.server("server"), "main");
        TestFactory factory = new TestFactory(thread);

        registersAndRevokes(thread, factory, ClsCtx.LOCAL_SERVER, RegCls.SINGLEUSE);
        registersAndRevokes(thread, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        registersAndRevokes(thread, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTI_SEPARATE);
    }

    /** Both contexts at once are accepted. */
    @Test
    @DisplayName("CoRegisterClassObject with CLSCTX_INPROC_SERVER | CLSCTX_LOCAL_SERVER and REGCLS_SINGLEUSE succeeds "
            + "and can be revoked (compobj.c test_CoRegisterClassObject)")
    @WindowsFact(id = "R3", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoRegisterClassObject",
            expects = "ok_ole_success(hr, \"CoRegisterClassObject\")")
    void bothContextsRegistration() {
        ComThread thread = com.sta("main");

        registersAndRevokes(thread, new TestFactory(thread), ClsCtx.SERVER, RegCls.SINGLEUSE);
    }

    /** The model refuses the two flags it does not model. */
    @Test
    @DisplayName("REGCLS_SURROGATE (8) and REGCLS_AGILE (0x10) are documented flags of CoRegisterClassObject "
            + "(Microsoft docs: REGCLS enumeration)")
    @WindowsFact(id = "R4", source = Source.MICROSOFT_DOCS, where = "REGCLS enumeration",
            model = "CoRegisterClassObject refuses them with E_INVALIDARG and registers nothing",
            departure = "surrogate processes and agile class objects are not modelled; refusing says so rather than "
                    + "silently ignoring a flag a program relies on")
    void surrogateAndAgileAreRefused() {
        ComThread thread = com.sta("main");
        TestFactory factory = new TestFactory(thread);

        assertThat(thread.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.LOCAL_SERVER, 8).hr())
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(thread.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.INPROC_SERVER, 0x10 | RegCls.MULTIPLEUSE)
                .hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(com.app.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** The apartment's teardown revokes its registrations. */
    @Test
    @DisplayName("A registration belongs to its apartment: after the apartment's last CoUninitialize the class is gone "
            + "(compobj.c test_CoRegisterClassObject)")
    @WindowsFact(id = "R5", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoRegisterClassObject",
            expects = "ok(hr == REGDB_E_CLASSNOTREG, ...)")
    void teardownRevokesRegistrations() {
        ComThread thread = com.sta("main");
        TestFactory factory = new TestFactory(thread);
        register(thread, factory, ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);

        thread.coUninitialize();
        thread.coInitializeEx(ApartmentKind.STA);

        assertThat(thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(com.app.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).as("the registration's reference was released").isEqualTo(1);
    }

    /** Only the registering apartment revokes. */
    @Test
    @DisplayName("CoRevokeClassObject from a thread other than the registering one fails with RPC_E_WRONG_THREAD and "
            + "leaves the registration, which the registering thread then revokes "
            + "(compobj.c test_registered_object_thread_affinity)")
    @WindowsFact(id = "R6", source = Source.WINE_COMPOBJ_TESTS, where = "test_registered_object_thread_affinity",
            expects = "ok(hr == RPC_E_WRONG_THREAD || broken(hr == S_OK) /* win8 */, ...)")
    void revokeFromAnotherThread() {
        ComThread owner = com.sta(com.server("server"), "owner");
        ComThread other = com.sta(owner.process(), "other");
        int cookie = register(owner, new TestFactory(owner), ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        assertThat(other.coRevokeClassObject(cookie)).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(owner.process().classTable().find(cookie)).isNotNull();

        assertThat(owner.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
        assertThat(com.world.violations()).extracting(v -> v.invariant()).containsExactly(Invariant.REVOKE_ONCE);
    }

    /** Registrations of one class from several threads are independent. */
    @Test
    @DisplayName("The same CLSID can be registered again from another thread while the first registration exists, and "
            + "each registration gets its own non-zero cookie (compobj.c test_registered_object_thread_affinity)")
    @WindowsFact(id = "R7", source = Source.WINE_COMPOBJ_TESTS, where = "test_registered_object_thread_affinity",
            expects = "ok(hr == S_OK, ...)")
    void sameClassFromTwoThreads() {
        ComThread first = com.sta("first");
        ComThread second = com.sta("second");

        int one = register(first, new TestFactory(first), ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);
        int two = register(second, new TestFactory(second), ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);

        assertThat(one).isNotZero().isNotEqualTo(two);
        assertThat(two).isNotZero();
    }

    /** A single-use class serves one activation. */
    @Test
    @DisplayName("A REGCLS_SINGLEUSE class serves one activation: the next fails with REGDB_E_CLASSNOTREG, and the "
            + "server must still revoke the class (marshal.c test_local_server)")
    @WindowsFact(id = "R8", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "ok(hr == REGDB_E_CLASSNOTREG, ...)")
    void singleUseServesOneActivation() {
        ComThread host = com.mta(com.server("server"), "host");
        ComThread client = com.mta("client");
        int cookie = register(host, TestFactory.forServer(host), ClsCtx.LOCAL_SERVER, RegCls.SINGLEUSE);

        ComResult<InterfacePointer> first = client.coCreateInstance(CLSID_TEST, ClsCtx.LOCAL_SERVER, IFoo);
        assertThat(first.hr()).isEqualTo(HResult.S_OK);
        assertThat(client.coCreateInstance(CLSID_TEST, ClsCtx.LOCAL_SERVER, IFoo).hr())
                .isEqualTo(HResult.REGDB_E_CLASSNOTREG);

        assertThat(host.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
        client.release(first.value());
    }

    /** Registration and revocation are an AddRef/Release pair on the class object. */
    @Test
    @DisplayName("CoRegisterClassObject AddRefs the class object and CoRevokeClassObject releases it "
            + "(Microsoft docs: CoRegisterClassObject)")
    @WindowsFact(id = "R9", source = Source.MICROSOFT_DOCS, where = "CoRegisterClassObject")
    void registrationHoldsTheClassObject() {
        ComThread thread = com.sta("main");
        TestFactory factory = new TestFactory(thread);

        int cookie = register(thread, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);
        assertThat(factory.refCount()).isEqualTo(2);
        thread.coRevokeClassObject(cookie);

        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** A cookie that is not registered is an invalid argument. */
    @Test
    @DisplayName("CoRevokeClassObject with a cookie that is not, or no longer, registered fails with E_INVALIDARG "
            + "(Microsoft docs: CoRevokeClassObject)")
    @WindowsFact(id = "R10", source = Source.MICROSOFT_DOCS, where = "CoRevokeClassObject",
            expects = "E_INVALIDARG")
    void revokeOfAnUnknownCookie() {
        ComThread thread = com.sta("main");
        int cookie = register(thread, new TestFactory(thread), ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);
        thread.coRevokeClassObject(cookie);

        assertThat(thread.coRevokeClassObject(cookie)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(thread.coRevokeClassObject(cookie + 1000)).isEqualTo(HResult.E_INVALIDARG);
    }

    /** Without an apartment the revoke is not initialized, before the cookie is looked at. */
    @Test
    @DisplayName("CoRevokeClassObject on a thread without COM, in a process with no MTA, fails with "
            + "CO_E_NOTINITIALIZED before the cookie is looked up (combase CoRevokeClassObject)")
    @WindowsFact(id = "R11", source = Source.WINE_COMBASE, where = "CoRevokeClassObject",
            expects = "CO_E_NOTINITIALIZED")
    void revokeWithoutCom() {
        ComThread owner = com.sta("owner");
        ComThread bare = com.bare("bare");
        int cookie = register(owner, new TestFactory(owner), ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);

        assertThat(bare.coRevokeClassObject(cookie)).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(bare.coRevokeClassObject(cookie + 1000)).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(com.app.classTable().find(cookie)).isNotNull();
    }

    /** Registration needs an apartment too. */
    @Test
    @DisplayName("CoRegisterClassObject on a thread without COM, in a process with no MTA, fails with "
            + "CO_E_NOTINITIALIZED (combase CoRegisterClassObject)")
    @WindowsFact(id = "R12", source = Source.WINE_COMBASE, where = "CoRegisterClassObject",
            expects = "CO_E_NOTINITIALIZED")
    void registerWithoutCom() {
        ComThread owner = com.sta("owner");
        ComThread bare = com.bare("bare");
        TestFactory factory = new TestFactory(owner);

        assertThat(bare.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE).hr())
                .isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(factory.refCount()).isEqualTo(1);
    }
}
