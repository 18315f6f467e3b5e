package org.comlife.checks.jpf.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which invocations of an error path become counterexample steps: a program's COM API calls and nothing else. */
class CounterexampleStepsTest {
    private static final String COM_THREAD = ComApiCalls.API_CLASS;

    /** An example's call of a ComThread API method is a step. */
    @Test
    void programCallOfApiMethodIsStep() {
        assertThat(ComApiCalls.isProgramCall("org.comlife.model.examples.VsPackageExample", COM_THREAD,
                "coGetInterfaceAndReleaseStream")).isTrue();
        assertThat(ComApiCalls.isProgramCall("org.comlife.checks.faults.scenarios.Foo", COM_THREAD, "call")).isTrue();
    }

    /** Accessors and the harness's bookkeeping are not COM calls. */
    @Test
    void accessorsAreNotSteps() {
        for (String accessor : new String[] {"name", "process", "terminate", "apartment", "waitingFor", "canSeeResultsOf", "<init>"}) {
            assertThat(ComApiCalls.isProgramCall("org.comlife.model.program.RealThreads", COM_THREAD, accessor))
                    .as(accessor).isFalse();
        }
    }

    /** Calls from the model's internals, the JDK or JPF, and calls to other classes, are not steps. */
    @Test
    void internalJdkAndJpfCallsAreNotSteps() {
        assertThat(ComApiCalls.isProgramCall("org.comlife.model.Scm", COM_THREAD, "coInitializeEx")).isFalse();
        assertThat(ComApiCalls.isProgramCall("org.comlife.model.runtime.ReferenceMarshaler", COM_THREAD, "call"))
                .isFalse();
        assertThat(ComApiCalls.isProgramCall("java.lang.Thread", COM_THREAD, "call")).isFalse();
        assertThat(ComApiCalls.isProgramCall("gov.nasa.jpf.vm.Foo", COM_THREAD, "call")).isFalse();
        assertThat(ComApiCalls.isProgramCall("org.comlife.model.examples.VsPackageExample",
                "org.comlife.model.ComWorld", "newEvent")).isFalse();
    }

    /** In a helper race, a racing thread's call of a raced operation is a step; reading the state, or main replaying the specification, is not. */
    @Test
    void racedOperationsAreStepsOfAHelperRace() {
        String race = "org.comlife.checks.jpf.race.ServerProcessCountRace";
        String operations = "org.comlife.checks.lincheck.ServerProcessCountOperations";
        assertThat(ComApiCalls.isRacedOperation("release #1", race, operations, "release")).isTrue();
        assertThat(ComApiCalls.isRacedOperation("main", race, operations, "release")).isFalse();
        assertThat(ComApiCalls.isRacedOperation("release #1", race, operations, "state")).isFalse();
        assertThat(ComApiCalls.isRacedOperation("release #1", race, operations, "<init>")).isFalse();
        assertThat(ComApiCalls.isRacedOperation("release #1", "org.comlife.model.ComProcess", operations, "release"))
                .isFalse();
    }

    /** JPF names invoked methods with their descriptor; the step keeps the name only. */
    @Test
    void invokedNamesLoseTheirDescriptor() {
        assertThat(JpfErrorPaths.withoutSignature("coInitializeEx(Lorg/comlife/model/ApartmentKind;)"
                + "Lorg/comlife/model/HResult;")).isEqualTo("coInitializeEx");
        assertThat(JpfErrorPaths.withoutSignature("call")).isEqualTo("call");
    }
}
