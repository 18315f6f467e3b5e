package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.JournalEntry;
import org.comlife.model.journal.PlainValue;
import org.junit.jupiter.api.Test;

/**
 * The journal keeps what each call answered as values beside its text: entity references typed
 * by kind, cookies recognised as cookies, and nothing read from a {@code toString}.
 */
class PlainValueTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);

    /** The cookie CoRegisterClassObject answers is a class-registration reference, RegisterInterfaceInGlobal's a GIT cookie; a count stays a number. */
    @Test
    void cookiesAreReferencesAndCountsAreNumbers() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(main);

        int registration = main.coRegisterClassObject(new Clsid("Test"), new TestServerFactory(main),
                ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE).value();
        int gitCookie = main.registerInterfaceInGlobal(object, EchoObject.IEcho).value();
        int count = main.coAddRefServerProcess();

        assertThat(entry("CoRegisterClassObject").value().parts())
                .containsExactly(HResult.S_OK, EntityRef.classRegistration(registration));
        assertThat(entry("RegisterInterfaceInGlobal").value().parts())
                .containsExactly(HResult.S_OK, EntityRef.gitCookie(gitCookie));
        assertThat(entry("CoAddRefServerProcess").value().parts()).containsExactly(count);
    }

    /** A call that answers a pointer and a stream is journaled with their references, and its text as before. */
    @Test
    void journalKeepsPointersAndStreamsAsReferences() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject site = new EchoObject(main);

        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        main.queryInterface(site, EchoObject.IEcho);

        JournalEntry marshaled = entry("CoMarshalInterThreadInterfaceInStream");
        assertThat(marshaled.value().parts()).containsExactly(HResult.S_OK, EntityRef.of(stream));
        assertThat(marshaled.result()).isEqualTo("S_OK " + stream);
        assertThat(entry("IUnknown::QueryInterface").value().parts())
                .containsExactly(HResult.S_OK, EntityRef.of(site), site.name());
    }

    /** A value is made without any toString of the model: an object whose toString fails is still written as values. */
    @Test
    void valuesNeverReadToString() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.MTA);
        ComObject unprintable = new ComObject(main, "Unprintable") {
            @Override
            protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
                return CallResult.ok(null);
            }

            @Override
            public String toString() {
                throw new AssertionError("toString was read");
            }
        };

        assertThat(PlainValue.answer("IUnknown::QueryInterface", ComResult.ok(unprintable)).parts())
                .containsExactly(HResult.S_OK, EntityRef.of(unprintable), "Unprintable");
        PlainValue call = PlainValue.tuple("Make", new Object[] {unprintable, 3}, unprintable, "main");
        assertThat(call.parts()).hasSize(5).startsWith("Make")
                .endsWith(EntityRef.of(unprintable), "Unprintable", "main");
        assertThat(((PlainValue) call.parts().get(1)).parts())
                .containsExactly(PlainValue.of(unprintable), PlainValue.of(3));
    }

    private JournalEntry entry(String operation) {
        return world.journal().entries().stream().filter(entry -> entry.operation().equals(operation)).findFirst()
                .orElseThrow();
    }
}
