package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link ComApi} mark on {@link ComThread}'s methods is what checkers read to tell a
 * program's COM calls from the thread's accessors, so it must sit exactly on the methods that
 * are calls: those the journal records.
 */
class ComApiMarkTest {

    /** A public method of ComThread journals one call, with default arguments on a fresh thread, exactly when it is marked ComApi. */
    @Test
    void exactlyTheJournaledMethodsAreMarked() throws Exception {
        List<String> marked = new ArrayList<>();
        for (Method method : ComThread.class.getMethods()) {
            if (method.getDeclaringClass() != ComThread.class) {
                continue;
            }
            boolean isApi = method.isAnnotationPresent(ComApi.class);
            if (isApi) {
                marked.add(method.getName());
            }
            ComWorld world = new ComWorld();
            ComThread thread = world.newProcess("app", ProcessRole.CLIENT).newThread("main");
            int before = world.journal().size();
            try {
                method.invoke(thread, defaultArguments(method));
            } catch (InvocationTargetException thrown) {
                assertThat(isApi).as(method.getName() + " is a COM call, which never throws for bad arguments: "
                        + thrown.getCause()).isFalse();
            }

            assertThat(world.journal().size() - before).as(method.getName()).isEqualTo(isApi ? 1 : 0);
        }
        assertThat(marked).as("the calls of the source documents are marked")
                .contains("coInitializeEx", "coMarshalInterThreadInterfaceInStream", "coGetInterfaceAndReleaseStream",
                        "coReleaseServerProcess", "registerInterfaceInGlobal", "call", "waitForEvent")
                .doesNotContain("waitingFor", "canProceed", "terminate", "apartment");
    }

    private static Object[] defaultArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == int.class) {
                arguments[i] = 0;
            } else if (types[i] == boolean.class) {
                arguments[i] = false;
            }
        }
        return arguments;
    }
}
