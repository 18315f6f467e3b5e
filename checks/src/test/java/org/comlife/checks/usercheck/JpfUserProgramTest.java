package org.comlife.checks.usercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.jpf.host.JpfBudget;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.worked.handoff.WorkerHandoff;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A user's program under Java PathFinder, when jpf-core is given (-Djpf.home or JPF_HOME;
 * skipped otherwise): JPF loads the program by its class name from the class path it is given,
 * with its parameters, explores it, and catches a program that breaks the contract.
 */
class JpfUserProgramTest {
    private static final JpfBudget BUDGET = new JpfBudget(120_000, 200_000, 1536);

    /** A worked program passes under JPF with its parameters, JPF having explored states. */
    @Test
    void aCorrectProgramPasses() throws ProgramRejected {
        UserProgram program = ProgramLoader.load(ProgramClass.onClasspath(WorkerHandoff.class.getName(),
                ProgramParameters.parse(List.of("workers=1", "reads=1"))));

        EngineFinding finding = new JpfProgramEngine(jpfOrSkip(), BUDGET).check(program);

        assertThat(finding.violationFound()).as(finding.remark()).isFalse();
        assertThat(finding.explored()).as(finding.remark()).isPositive();
    }

    /** A program that calls a raw STA pointer from another thread is caught, with the broken invariant. */
    @Test
    void aWrongProgramIsCaught() throws ProgramRejected, URISyntaxException {
        Path classes = Path.of(ForeignPointer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        UserProgram program = ProgramLoader.load(new ProgramClass(ForeignPointer.class.getName(), List.of(classes),
                ProgramParameters.none()));

        EngineFinding finding = new JpfProgramEngine(jpfOrSkip(), BUDGET).check(program);

        assertThat(finding.violationFound()).as(finding.remark()).isTrue();
        assertThat(finding.counterexample().brokenInvariant()).contains("invariant 5");
    }

    private static JpfLookup jpfOrSkip() {
        JpfLookup lookup = JpfInstallation.locate();
        if (!lookup.isAvailable()) {
            Assumptions.abort("JPF tier SKIPPED: " + lookup.reason());
        }
        return lookup;
    }

    /** The first source document's mistake, as a user would write it: the worker uses the main STA's pointer. */
    public static final class ForeignPointer implements Program {
        static final Iid ISite = new Iid("ISite");

        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComEvent ready = world.newEvent("ready");
            ComEvent done = world.newEvent("done");
            ComObject[] site = new ComObject[1];
            threads.start(app.newThread("main"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
                site[0] = new Site(self);
                self.setEvent(ready);
                Expect.succeeded(self.waitForEventPumping(done), "wait for the worker");
                self.release(site[0]);
                self.coUninitialize();
            });
            threads.start(app.newThread("worker"), self -> {
                Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
                Expect.succeeded(self.waitForEvent(ready), "wait for the site");
                self.call(site[0], "QueryService");
                self.setEvent(done);
                self.coUninitialize();
            });
        }

        /** The main STA's object. */
        static final class Site extends ComObject {
            Site(ComThread creator) {
                super(creator, "Site", ISite);
            }

            @Override
            protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
                return CallResult.ok(null);
            }
        }
    }
}
