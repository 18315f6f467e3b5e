package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.CLSID_TEST;
import static org.comlife.model.conformance.ComSetup.IFoo;
import static org.comlife.model.conformance.ComSetup.marshaled;

import org.comlife.model.ClsCtx;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.NullOut;
import org.comlife.model.RegCls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NULL arguments, in and out: which functions answer E_INVALIDARG and which E_POINTER, and
 * that nothing changes. An out-parameter passed as NULL is {@link NullOut#NULL}.
 */
@DisplayName("NULL arguments")
class NullArgumentFacts {
    private final ComSetup com = new ComSetup();
    private final ComThread main = com.sta("main");
    private final TestObject object = new TestObject(main);

    /** A NULL object or stream is an invalid argument to CoMarshalInterface. */
    @Test
    @DisplayName("CoMarshalInterface with a NULL object or a NULL stream fails with E_INVALIDARG "
            + "(compobj.c test_CoMarshalInterface)")
    @WindowsFact(id = "U1", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoMarshalInterface",
            expects = "ok(hr == E_INVALIDARG, ...)")
    void marshalNulls() {
        MarshalStream stream = main.createStream();

        assertThat(main.coMarshalInterface(stream, Iid.IUnknown, null, MarshalFlags.NORMAL)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.coMarshalInterface(null, Iid.IUnknown, object, MarshalFlags.NORMAL)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(stream.packets()).isEmpty();
        assertThat(object.refCount()).isEqualTo(1);
    }

    /** A NULL stream, or a NULL place for the result even without COM, is an invalid argument to CoUnmarshalInterface. */
    @Test
    @DisplayName("CoUnmarshalInterface with a NULL stream, or with a NULL output pointer even on a thread without COM, "
            + "fails with E_INVALIDARG and reads nothing (compobj.c test_CoUnmarshalInterface)")
    @WindowsFact(id = "U2", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoUnmarshalInterface",
            expects = "ok(hr == E_INVALIDARG, ...)")
    void unmarshalNulls() {
        MarshalStream stream = marshaled(main, object, MarshalFlags.NORMAL);
        ComThread bare = com.bare("bare");

        assertThat(main.coUnmarshalInterface(null, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(bare.coUnmarshalInterface(stream, IFoo, NullOut.NULL)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(stream.position()).as("nothing read").isZero();
        assertThat(com.world.packets().get(0).hasEnded()).isFalse();
    }

    /** CoGetClassObject checks its output pointer before the apartment. */
    @Test
    @DisplayName("CoGetClassObject with a NULL output pointer fails with E_INVALIDARG, checked before the apartment "
            + "(compobj.c test_CoGetClassObject)")
    @WindowsFact(id = "U3", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoGetClassObject",
            expects = "ok(hr == E_INVALIDARG || broken(hr == CO_E_NOTINITIALIZED) /* win9x */, ...)")
    void getClassObjectNullOut() {
        ComThread bare = com.bare("bare");

        assertThat(bare.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IUnknown, NullOut.NULL))
                .isEqualTo(HResult.E_INVALIDARG);
    }

    /** CoCreateInstance with a NULL output pointer answers E_POINTER. */
    @Test
    @DisplayName("CoCreateInstance with a NULL output pointer fails with E_POINTER and creates nothing "
            + "(combase CoCreateInstance)")
    @WindowsFact(id = "U4", source = Source.WINE_COMBASE, where = "CoCreateInstance", expects = "E_POINTER")
    void createInstanceNullOut() {
        main.coRegisterClassObject(CLSID_TEST, new TestFactory(main), ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);
        int objects = com.world.liveObjects().size();

        assertThat(main.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, IFoo, NullOut.NULL))
                .isEqualTo(HResult.E_POINTER);

        assertThat(com.world.liveObjects()).hasSize(objects);
    }

    /** A NULL class object or cookie pointer is an invalid argument to CoRegisterClassObject. */
    @Test
    @DisplayName("CoRegisterClassObject with a NULL class object or a NULL cookie pointer fails with E_INVALIDARG and "
            + "registers nothing (combase CoRegisterClassObject)")
    @WindowsFact(id = "U5", source = Source.WINE_COMBASE, where = "CoRegisterClassObject",
            expects = "E_INVALIDARG")
    void registerNulls() {
        TestFactory factory = new TestFactory(main);

        assertThat(main.coRegisterClassObject(CLSID_TEST, null, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE).hr())
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE,
                NullOut.NULL)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(com.app.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** QueryInterface with a NULL output pointer answers E_POINTER. */
    @Test
    @DisplayName("QueryInterface with a NULL output pointer returns E_POINTER and takes no reference "
            + "(Microsoft docs: IUnknown::QueryInterface)")
    @WindowsFact(id = "U6", source = Source.MICROSOFT_DOCS, where = "IUnknown::QueryInterface",
            expects = "E_POINTER")
    void queryInterfaceNullOut() {
        assertThat(main.queryInterface(object, IFoo, NullOut.NULL)).isEqualTo(HResult.E_POINTER);

        assertThat(object.refCount()).isEqualTo(1);
    }

    /** A failed creation leaves the output NULL. */
    @Test
    @DisplayName("A CoCreateInstance or CoGetClassObject that fails sets its output pointer to NULL "
            + "(compobj.c test_CoCreateInstance)")
    @WindowsFact(id = "U7", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoCreateInstance",
            expects = "ok(pUnk == NULL, ...)")
    void failureLeavesTheOutputNull() {
        ComThread bare = com.bare("bare");

        ComResult<InterfacePointer> created = bare.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IUnknown);
        ComResult<InterfacePointer> found = bare.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IUnknown);

        assertThat(created.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(created.value()).isNull();
        assertThat(found.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(found.value()).isNull();
    }
}
