package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scheduling hook sees exactly one scheduling point at the end of every outermost API
 * call, whatever the call did (succeeded, failed, recorded a violation), and none for calls
 * nested inside another call, so a deterministic scheduler interleaves at API-step
 * granularity and never loses a step.
 */
class SchedulingPointTest {

    /** Each outermost call ends in one scheduling point, including calls that record a violation. */
    @Test
    void everyOutermostCallIsOneSchedulingPoint() {
        ComWorld world = new ComWorld();
        CountingHook hook = new CountingHook();
        world.setSchedulingHook(hook);
        ComThread main = world.newProcess("app", ProcessRole.CLIENT).newThread("main");

        main.coInitializeEx(ApartmentKind.STA);
        MarshalStream stream = main.createStream();
        main.releaseStream(stream);
        main.releaseStream(stream);
        main.coReleaseServerProcess();
        main.coUninitialize();

        assertThat(world.violations()).hasSize(2);
        assertThat(hook.points).hasSize(world.journal().size()).containsOnly("main");
        assertThat(world.journal().size()).isEqualTo(6);
    }

    /** Calls that a dispatched call's code makes on the same thread are nested: no scheduling point of their own. */
    @Test
    void nestedCallsAreNotSchedulingPoints() {
        ComWorld world = new ComWorld();
        CountingHook hook = new CountingHook();
        world.setSchedulingHook(hook);
        ComThread main = world.newProcess("app", ProcessRole.CLIENT).newThread("main");
        main.coInitializeEx(ApartmentKind.STA);
        ComObject counted = new ComObject(main, "Counted", new Iid("ICounted")) {
            @Override
            protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
                executing.coAddRefServerProcess();
                executing.coReleaseServerProcess();
                return CallResult.ok(null);
            }
        };

        main.call(counted, "Work");

        assertThat(world.journal().size()).isEqualTo(4);
        assertThat(hook.points).hasSize(2);
    }
}
