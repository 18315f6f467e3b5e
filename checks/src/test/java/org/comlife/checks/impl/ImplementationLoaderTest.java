package org.comlife.checks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.comlife.checks.faults.runtime.LateImplicitLockActivation;
import org.comlife.checks.impl.sample.ActivationThatCannotStart;
import org.comlife.checks.impl.sample.CountThatForgetsToSuspend;
import org.comlife.checks.impl.sample.DispatchThatCannotStart;
import org.comlife.checks.impl.sample.GlobalInterfaceTableThatCannotStart;
import org.comlife.checks.impl.sample.StreamsThatCannotStart;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.model.runtime.ReferenceInterThreadStreams;
import org.comlife.model.runtime.ReferenceMarshaler;
import org.comlife.model.runtime.ReferenceProxyDispatch;
import org.comlife.model.runtime.ReferenceServerProcessCount;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/** A user's implementation is loaded by class name and checked by the same suite; bad classes fail clearly. */
class ImplementationLoaderTest {

    /** A ServerProcessCount class replaces that helper of the reference, and the other helpers stay. */
    @Test
    void loadsAHelperClassByName() throws ImplementationLoadException {
        RuntimeHelpers loaded = ImplementationLoader.load(CountThatForgetsToSuspend.class.getName(), List.of());

        assertThat(loaded.name()).isEqualTo("CountThatForgetsToSuspend");
        assertThat(loaded.newServerProcessCount()).isInstanceOf(CountThatForgetsToSuspend.class);
    }

    /** The loaded implementation is checked like any other: Lincheck finds that it never suspends at zero. */
    @Test
    void loadedImplementationIsCheckedBySameSuite() throws ImplementationLoadException {
        RuntimeHelpers loaded = ImplementationLoader.load(CountThatForgetsToSuspend.class.getName(), List.of());

        LincheckOutcome outcome = LincheckRunner.check(HelperCheck.SERVER_PROCESS_COUNT, LincheckStrategy.MODEL_CHECKING,
                loaded, HelperCheck.SERVER_PROCESS_COUNT.modelCheckingBudget());

        assertThat(outcome.passed()).isFalse();
    }

    /** An unknown class, a class of no known kind, and a missing jar each fail with a sentence saying why. */
    @Test
    void badClassesFailWithAClearMessage() {
        assertThatThrownBy(() -> ImplementationLoader.load("com.example.Missing", List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> ImplementationLoader.load(String.class.getName(), List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("implements none of");
        assertThatThrownBy(() -> ImplementationLoader.load("x.Y", List.of("/no/such/lib.jar")))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ImplementationLoader.load(" ", List.of()))
                .isInstanceOf(ImplementationLoadException.class);
    }

    /** A GIT, made with the process's marshaler, is created once at load like the other kinds, so a throwing constructor fails there. */
    @Test
    void globalInterfaceTableWhoseConstructorThrowsFailsAtLoad() {
        assertThatThrownBy(() -> ImplementationLoader.load(GlobalInterfaceTableThatCannotStart.class.getName(), List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("constructor threw")
                .hasMessageContaining("no table storage");
    }

    /** An InterThreadStreams or a ProxyDispatch class replaces that helper of the reference, and the other helpers stay. */
    @Test
    void loadsStreamAndDispatchHelpersByName() throws ImplementationLoadException {
        RuntimeHelpers streams = ImplementationLoader.load(ReferenceInterThreadStreams.class.getName(), List.of());
        RuntimeHelpers dispatch = ImplementationLoader.load(ReferenceProxyDispatch.class.getName(), List.of());

        assertThat(streams.name()).isEqualTo("ReferenceInterThreadStreams");
        assertThat(streams.newInterThreadStreams()).isInstanceOf(ReferenceInterThreadStreams.class);
        assertThat(streams.newMarshaler()).isInstanceOf(ReferenceMarshaler.class);
        assertThat(dispatch.name()).isEqualTo("ReferenceProxyDispatch");
        assertThat(dispatch.newProxyDispatch()).isInstanceOf(ReferenceProxyDispatch.class);
    }

    /** Inter-thread streams and proxy dispatch are created once at load too, so a throwing constructor fails there. */
    @Test
    void streamAndDispatchHelpersWhoseConstructorThrowsFailAtLoad() {
        assertThatThrownBy(() -> ImplementationLoader.load(StreamsThatCannotStart.class.getName(), List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("constructor threw")
                .hasMessageContaining("no HGLOBAL allocator");
        assertThatThrownBy(() -> ImplementationLoader.load(DispatchThatCannotStart.class.getName(), List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("constructor threw")
                .hasMessageContaining("no RPC channel");
    }

    /** A ClassObjectActivation class replaces the activation path of the reference, and the other helpers stay. */
    @Test
    void loadsAnActivationClassByName() throws ImplementationLoadException {
        RuntimeHelpers loaded = ImplementationLoader.load(LateImplicitLockActivation.class.getName(), List.of());

        assertThat(loaded.name()).isEqualTo("LateImplicitLockActivation");
        assertThat(loaded.newClassObjectActivation()).isInstanceOf(LateImplicitLockActivation.class);
        assertThat(loaded.newServerProcessCount()).isInstanceOf(ReferenceServerProcessCount.class);
    }

    /** An activation path whose constructor throws is refused at load, with the constructor's message. */
    @Test
    void activationWhoseConstructorThrowsFailsAtLoad() {
        assertThatThrownBy(() -> ImplementationLoader.load(ActivationThatCannotStart.class.getName(), List.of()))
                .isInstanceOf(ImplementationLoadException.class).hasMessageContaining("constructor threw")
                .hasMessageContaining("no activation queue");
    }

    /** Without the system property the suite checks the reference (skipped, not passed, when the property is set). */
    @Test
    void systemPropertyDefaultsToReference() throws ImplementationLoadException {
        assumeTrue(System.getProperty(ImplementationLoader.PROPERTY) == null,
                "-D" + ImplementationLoader.PROPERTY + " is set: this run checks another implementation");
        assertThat(ImplementationLoader.fromSystemProperty().name()).isEqualTo("reference");
    }
}
