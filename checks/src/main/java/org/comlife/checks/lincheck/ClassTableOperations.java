package org.comlife.checks.lincheck;

import org.comlife.specs.sequential.SequentialClassTable;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.RegCls;
import org.comlife.model.Registration;
import org.comlife.model.runtime.ClassTable;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The class table as Lincheck drives it, over three registration slots whose number is also
 * the cookie: slot 1 registers class A MULTIPLEUSE|SUSPENDED, slot 2 class B MULTIPLEUSE,
 * slot 3 class B SINGLEUSE.
 *
 * <p>Claimed linearizable against {@link org.comlife.specs.sequential.SequentialClassTable}:
 * register, revoke, the resume that publishes every suspended registration at once, and the
 * activation lookup (which hides a SINGLEUSE registration in the same step, so two lookups
 * never both get it). Left out: the factory and apartment of a registration (the table never
 * reads them) and cookie allocation (the model's, not the table's).
 */
@Param(name = "slot", gen = IntGen.class, conf = "1:3")
@Param(name = "class", gen = IntGen.class, conf = "0:1")
public abstract class ClassTableOperations {
    private static final Clsid[] CLASSES = {new Clsid("A"), new Clsid("B")};

    private final ClassTable table = newTable();

    /** The implementation under test (or the sequential specification). */
    protected abstract ClassTable newTable();

    @Operation(params = "slot")
    public void register(int slot) {
        table.add(new Registration(slot, CLASSES[slot == 1 ? 0 : 1], null, ClsCtx.LOCAL_SERVER, flags(slot), null));
    }

    @Operation(params = "slot")
    public boolean revoke(int slot) {
        return table.remove(slot) != null;
    }

    @Operation
    public int resume() {
        return table.publishSuspended();
    }

    /** The cookie of the registration an activation of the class would get, or 0. */
    @Operation(params = "class")
    public int claim(int classNumber) {
        Registration claimed = table.claimForActivation(CLASSES[classNumber]);
        return claimed == null ? 0 : claimed.cookie();
    }

    private static int flags(int slot) {
        switch (slot) {
            case 1:
                return RegCls.MULTIPLEUSE | RegCls.SUSPENDED;
            case 2:
                return RegCls.MULTIPLEUSE;
            default:
                return RegCls.SINGLEUSE;
        }
    }

    /** Runs the helper of the implementation currently under test. */
    public static final class UnderTest extends ClassTableOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected ClassTable newTable() {
            return ImplementationUnderTest.current().newClassTable();
        }
    }

    /** The sequential specification: the same operations over {@link SequentialClassTable}. */
    public static final class Specification extends ClassTableOperations {
        @Override
        protected ClassTable newTable() {
            return new SequentialClassTable();
        }
    }
}
