package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.lincheck.ExampleScenario;
import org.junit.jupiter.api.Test;

/** What a JPF run runs, and the driver arguments each kind of target becomes. */
class JpfTargetTest {

    /** An example runs under its enum name with the named implementation, reported under its id. */
    @Test
    void exampleTarget() {
        JpfTarget target = JpfTarget.example(ExampleScenario.OUT_OF_PROCESS_SERVER, "fault:split-release");

        assertThat(target.program()).isEqualTo("OUT_OF_PROCESS_SERVER");
        assertThat(target.implementation()).isEqualTo("fault:split-release");
        assertThat(target.id()).isEqualTo("out-of-process-server");
    }

    /** A sized example runs as {@code NAME/calls} and is reported with its call count; an example without one is refused. */
    @Test
    void sizedExampleTarget() {
        JpfTarget target = JpfTarget.example(ExampleScenario.MANAGED_AUTO_MARSHAL, JpfImplementations.REFERENCE, 1);

        assertThat(target.program()).isEqualTo("MANAGED_AUTO_MARSHAL/1");
        assertThat(target.id()).isEqualTo("managed-auto-marshal(1 call)");
        assertThat(JpfTarget.example(ExampleScenario.OUT_OF_PROCESS_SERVER, JpfImplementations.REFERENCE, 0).id())
                .isEqualTo("out-of-process-server(0 calls)");
        assertThatThrownBy(() -> JpfTarget.example(ExampleScenario.VS_PACKAGE, JpfImplementations.REFERENCE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no call count");
        assertThatThrownBy(() -> JpfTarget.example(ExampleScenario.MANAGED_AUTO_MARSHAL, JpfImplementations.REFERENCE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A fault runs its own program with its own helpers, named by the fault, reported under the helpers' name. */
    @Test
    void faultTargetUsesTheFaultsHelpers() {
        JpfTarget target = JpfTarget.fault(FaultId.of("split-release"));

        assertThat(target.program()).isEqualTo("fault:split-release");
        assertThat(target.implementation()).isEqualTo("fault:split-release");
        assertThat(target.implementationName()).isEqualTo("split-release");
    }

    /** A twin runs the fault's corrected scenario with the named implementation. */
    @Test
    void twinTarget() {
        JpfTarget target = JpfTarget.twin(FaultId.of("lockserver-window"), JpfImplementations.REFERENCE);

        assertThat(target.program()).isEqualTo("twin:lockserver-window");
        assertThat(target.id()).isEqualTo("lockserver-window-twin");
    }

    /** Unknown faults and implementations are refused before any JPF JVM starts. */
    @Test
    void unknownNamesAreRefused() {
        assertThatThrownBy(() -> JpfTarget.fault(FaultId.of("no-such-fault")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JpfTarget.example(ExampleScenario.VS_PACKAGE, "mine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> JpfTarget.example(ExampleScenario.VS_PACKAGE, "fault:no-such-fault"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("double-unmarshal");
    }
}
