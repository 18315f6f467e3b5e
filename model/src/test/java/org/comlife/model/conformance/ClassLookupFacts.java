package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.CLSID_TEST;
import static org.comlife.model.conformance.ComSetup.register;
import static org.comlife.model.conformance.ComSetup.IBar;
import static org.comlife.model.conformance.ComSetup.IFoo;

import org.comlife.model.ClsCtx;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;
import org.comlife.model.RegCls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CoGetClassObject and CoCreateInstance in each CLSCTX: which registration they find, and as what. */
@DisplayName("Class-object lookup")
class ClassLookupFacts {
    private final ComSetup com = new ComSetup();



    /** An in-process registration is found in process, in its apartment, as the object itself. */
    @Test
    @DisplayName("A class registered with CLSCTX_INPROC_SERVER is returned by CoGetClassObject(CLSCTX_INPROC_SERVER) in "
            + "the registering apartment (compobj.c test_CoRegisterClassObject)")
    @WindowsFact(id = "C1", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoRegisterClassObject",
            expects = "ok(hr == S_OK, ...)")
    void inprocRegistrationIsFound() {
        ComThread thread = com.sta("main");
        TestFactory factory = new TestFactory(thread);
        int cookie = register(thread, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> found = thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory);

        assertThat(found.hr()).isEqualTo(HResult.S_OK);
        assertThat(found.value()).isSameAs(factory);
        thread.release(found.value());
        assertThat(thread.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
    }

    /** An in-process registration of one STA is invisible to another. */
    @Test
    @DisplayName("A CLSCTX_INPROC_SERVER registration made in one STA is not found by CoGetClassObject"
            + "(CLSCTX_INPROC_SERVER) on another STA thread (compobj.c test_registered_object_thread_affinity)")
    @WindowsFact(id = "C2", source = Source.WINE_COMPOBJ_TESTS, where = "test_registered_object_thread_affinity",
            expects = "ok(hr == REGDB_E_CLASSNOTREG, ...)")
    void inprocRegistrationIsPerApartment() {
        ComThread owner = com.sta("owner");
        ComThread other = com.sta("other");
        register(owner, new TestFactory(owner), ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);

        assertThat(other.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(owner.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.S_OK);
    }

    /** MULTIPLEUSE with LOCAL_SERVER registers in-process too. */
    @Test
    @DisplayName("REGCLS_MULTIPLEUSE with CLSCTX_LOCAL_SERVER also registers the class for in-process use: "
            + "CoGetClassObject(CLSCTX_INPROC_SERVER) finds it (Microsoft docs: REGCLS enumeration)")
    @WindowsFact(id = "C3", source = Source.MICROSOFT_DOCS, where = "REGCLS enumeration (REGCLS_MULTIPLEUSE)")
    void multipleUseLocalServesInproc() {
        ComThread thread = com.sta(com.server("server"), "main");
        TestFactory factory = new TestFactory(thread);
        register(thread, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> found = thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory);

        assertThat(found.hr()).isEqualTo(HResult.S_OK);
        assertThat(found.value()).isSameAs(factory);
    }

    /** MULTI_SEPARATE registers each context only as given. */
    @Test
    @DisplayName("REGCLS_MULTI_SEPARATE does not register a CLSCTX_LOCAL_SERVER class for in-process use; a separate "
            + "CLSCTX_INPROC_SERVER registration serves in-process lookups (Microsoft docs: REGCLS enumeration)")
    @WindowsFact(id = "C4", source = Source.MICROSOFT_DOCS, where = "REGCLS enumeration (REGCLS_MULTI_SEPARATE)")
    void multiSeparateKeepsContextsApart() {
        ComThread thread = com.sta(com.server("server"), "main");
        TestFactory local = new TestFactory(thread);
        TestFactory inproc = new TestFactory(thread);
        register(thread, local, ClsCtx.LOCAL_SERVER, RegCls.MULTI_SEPARATE);

        assertThat(thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        register(thread, inproc, ClsCtx.INPROC_SERVER, RegCls.MULTI_SEPARATE);
        assertThat(thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).value())
                .isSameAs(inproc);
    }

    /** A local-server class of one STA reaches another STA of its process as a proxy. */
    @Test
    @DisplayName("A CLSCTX_LOCAL_SERVER registration made in one STA is reached from another STA of the process with "
            + "CoGetClassObject(CLSCTX_LOCAL_SERVER), which returns a proxy (compobj.c test_registered_object_thread_affinity)")
    @WindowsFact(id = "C5", source = Source.WINE_COMPOBJ_TESTS, where = "test_registered_object_thread_affinity",
            expects = "ok(hr == S_OK, ...)")
    void localClassFromAnotherStaIsAProxy() {
        ComProcess server = com.server("server");
        ComThread owner = com.sta(server, "owner");
        ComThread other = com.sta(server, "other");
        register(owner, new TestFactory(owner), ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> found = other.coGetClassObject(CLSID_TEST, ClsCtx.LOCAL_SERVER, Iid.IClassFactory);

        assertThat(found.hr()).isEqualTo(HResult.S_OK);
        assertThat(found.value()).isInstanceOf(Proxy.class);
        other.release(found.value());
    }

    /** In the registering apartment a local-server lookup gives the object itself. */
    @Test
    @DisplayName("CoGetClassObject(CLSCTX_LOCAL_SERVER) in the registering apartment returns the class object itself, "
            + "not a proxy (compobj.c test_registered_object_thread_affinity)")
    @WindowsFact(id = "C6", source = Source.WINE_COMPOBJ_TESTS, where = "test_registered_object_thread_affinity",
            expects = "ok(hr == S_OK, ...)")
    void localClassInItsApartmentIsTheObject() {
        ComThread owner = com.sta(com.server("server"), "owner");
        TestFactory factory = new TestFactory(owner);
        register(owner, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> found = owner.coGetClassObject(CLSID_TEST, ClsCtx.LOCAL_SERVER, Iid.IClassFactory);

        assertThat(found.hr()).isEqualTo(HResult.S_OK);
        assertThat(found.value()).isSameAs(factory);
    }

    /** A class registered nowhere is not registered, whatever the context. */
    @Test
    @DisplayName("CoCreateInstance and CoGetClassObject for a CLSID registered nowhere fail with REGDB_E_CLASSNOTREG "
            + "in every context (compobj.c test_CoCreateInstance)")
    @WindowsFact(id = "C7", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoCreateInstance",
            expects = "ok(hr == REGDB_E_CLASSNOTREG, ...)")
    void unregisteredClass() {
        ComThread thread = com.sta("main");

        for (ClsCtx context : ClsCtx.values()) {
            assertThat(thread.coCreateInstance(CLSID_TEST, context, IFoo).hr()).as(context.name())
                    .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
            assertThat(thread.coGetClassObject(CLSID_TEST, context, Iid.IClassFactory).hr()).as(context.name())
                    .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        }
    }

    /** An in-process CoCreateInstance uses the registered class object's CreateInstance. */
    @Test
    @DisplayName("CoCreateInstance(CLSCTX_INPROC_SERVER) of a class registered in the apartment asks its class "
            + "object, and returns what CreateInstance returns (compobj.c test_CoCreateInstanceFromApp)")
    @WindowsFact(id = "C8", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoCreateInstanceFromApp",
            expects = "ok(hr == E_NOINTERFACE, ...)")
    void inprocCreateInstanceAsksTheClassObject() {
        ComThread thread = com.sta("main");
        register(thread, new TestFactory(thread), ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);

        assertThat(thread.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, IBar).hr()).isEqualTo(HResult.E_NOINTERFACE);
        ComResult<InterfacePointer> created = thread.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, IFoo);
        assertThat(created.hr()).isEqualTo(HResult.S_OK);
        assertThat(created.value()).isInstanceOf(TestObject.class);
    }
}
