package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * A state's identity is made of values, never of how the model prints them: a program whose
 * objects print differently every time (as a changed {@code toString} would, with numbers that
 * look like ids) has exactly the states of the same program with objects that print plainly.
 * Their texts reach the thread's results (a raw pointer answered), the STA's queue and the
 * caller's wait (the object a posted call is made on), and the journal.
 */
class StateIdentityTest {
    private static final ExplorationBudget BUDGET = new ExplorationBudget(100_000, 5_000, 120_000);
    private static final Iid IPRINTED = new Iid("IPrinted");

    /** Objects printed with shifting numbers give the same states as objects printed plainly. */
    @Test
    void howObjectsPrintDoesNotChangeTheStates() {
        ExplorationResult plain = ExhaustiveExplorer.explore(program(false), RuntimeHelpers.reference(), BUDGET);
        ExplorationResult shifting = ExhaustiveExplorer.explore(program(true), RuntimeHelpers.reference(), BUDGET);

        assertThat(plain.verdict()).as(plain.toString()).isEqualTo(Verdict.PASSED);
        assertThat(shifting.verdict()).as(shifting.toString()).isEqualTo(Verdict.PASSED);
        assertThat(plain.distinctStates()).isGreaterThan(10);
        assertThat(shifting.distinctStates()).isEqualTo(plain.distinctStates());
        assertThat(shifting.transitions()).isEqualTo(plain.transitions());
    }

    /**
     * An STA thread makes an object, asks it for its interface (the answer is the object itself)
     * and hands it to an MTA thread, which calls it through a proxy (the call waits in the STA's
     * queue) and gets a new object back; two other objects are made in whichever order the
     * threads run, so that their numbers differ between interleavings.
     */
    private static Program program(boolean shifting) {
        return (world, threads) -> {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComThread owner = app.newThread("owner");
            ComThread caller = app.newThread("caller");
            ComEvent marshaled = world.newEvent("marshaled");
            ComEvent done = world.newEvent("done");
            MarshalStream[] handoff = new MarshalStream[1];
            threads.start(owner, self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
                Printed object = new Printed(self, shifting);
                Expect.succeeded(self.queryInterface(object, IPRINTED), "QueryInterface");
                handoff[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(IPRINTED, object), "marshal");
                self.setEvent(marshaled);
                self.release(new Printed(self, shifting));
                Expect.succeeded(self.waitForEventPumping(done), "wait for the caller");
                self.release(object);
                self.release(object);
                self.coUninitialize();
            });
            threads.start(caller, self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                self.release(new Printed(self, shifting));
                Expect.succeeded(self.waitForEvent(marshaled), "wait for the object");
                InterfacePointer proxy = Expect.succeeded(self.coGetInterfaceAndReleaseStream(handoff[0], IPRINTED),
                        "unmarshal");
                InterfacePointer made = Expect.succeeded(self.call(proxy, Printed.MAKE), "Make");
                self.release(made);
                self.release(proxy);
                self.setEvent(done);
                self.coUninitialize();
            });
        };
    }

    /** An object that makes another of its kind when called, and prints either plainly or anew each time. */
    private static final class Printed extends ComObject {
        static final String MAKE = "Make";
        private static final AtomicInteger PRINTS = new AtomicInteger();
        private final boolean shifting;

        Printed(ComThread creator, boolean shifting) {
            super(creator, "Printed", IPRINTED);
            this.shifting = shifting;
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(new Printed(executing, shifting));
        }

        @Override
        public String toString() {
            return shifting ? "obj#" + PRINTS.incrementAndGet() + " id=" + PRINTS.incrementAndGet() : "Printed";
        }
    }
}
